// Trunk post-build hook (see Trunk.toml), in order: puts the prerendered first step into the
// pages and writes each language's first step and words; in release builds renames the imports
// and exports between glue and wasm and minifies the JavaScript; builds the TypeScript example;
// writes the integrity values (into the loader, the pages and integrity.json) and package.json;
// and writes pre-compressed copies for hosts that serve them (`.gz` at level 9 and `.br` at
// quality 11 beside each file). Trunk runs it with TRUNK_STAGING_DIR set to the folder that
// becomes dist/ and TRUNK_PROFILE set to `debug` or `release`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run it through trunk');
  process.exit(1);
}

// The first step, prerendered by the app itself in every language (src/bin/prerender.rs): the
// first language into the standalone page and embed.html in place of
// `<sc-first-step></sc-first-step>` (an element, not a comment: trunk's minifier drops
// comments), and each language as spasm-check-first-step-<tag>.js, which the loader fetches for
// a language the page does not carry and for the shadow roots of host pages. The loader gets
// the list of languages.
const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env };
for (const name of Object.keys(env)) if (name.startsWith('CARGO_BUILD_')) delete env[name];
// It also writes each language's words as spasm-check-lang-<tag>.bin: the app downloads the one
// in use instead of carrying every language.
const prerendered = execFileSync(
  'cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--languages', dir],
  { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const steps = JSON.parse(prerendered);
const MARKER = '<sc-first-step></sc-first-step>';
const first = Object.values(steps)[0];
for (const [page, compact] of [['index.html', false], ['embed.html', true]]) {
  const file = path.join(dir, page);
  let html = await readFile(file, 'utf8');
  // With inject_scripts = false trunk leaves its own <link rel="rust"> in the page: drop it.
  html = html.replace(/<link\b[^>]*\brel="?rust"?[^>]*>/g, '');
  if (!html.includes(MARKER)) throw new Error(`postbuild: ${page} has no ${MARKER}`);
  const step = compact ? first.replace(/<p class="sc-intro">[^<]*<\/p>/, '') : first;
  await writeFile(file, html.replace(MARKER, () => step));
}
for (const [tag, step] of Object.entries(steps)) {
  await writeFile(
    path.join(dir, `spasm-check-first-step-${tag}.js`),
    `// The first step of <spasm-check> in "${tag}", prerendered from the app (scripts/postbuild.mjs).\nexport const step = ${JSON.stringify(step)};\n`,
  );
}
const loaderFile = path.join(dir, 'spasm-check.js');
const loader = await readFile(loaderFile, 'utf8');
const LANGUAGES = /const LANGUAGES = \[[^\]]*\];/;
if (!LANGUAGES.test(loader)) throw new Error('postbuild: the loader has no `const LANGUAGES = [...]`');
await writeFile(loaderFile, loader.replace(LANGUAGES, () => `const LANGUAGES = ${JSON.stringify(Object.keys(steps))};`));

// Release builds: shorter names between the app's JavaScript glue and its WebAssembly. The
// wasm-bindgen glue and the .wasm name each of about 130 imports (and the exports) with a
// readable name and a hash; wasm-opt renames them to one or two letters and prints the map, and
// the glue is rewritten to match: about 3 KB less gzip. The build fails if any name is left.
const releaseBuild = process.env.TRUNK_PROFILE === 'release';
const names = await readdir(dir);
const wasmName = names.find((n) => n.endsWith('_bg.wasm'));
const glueName = wasmName && names.find((n) => n === wasmName.replace(/_bg\.wasm$/, '.js'));
if (!wasmName || !glueName) throw new Error('postbuild: no wasm-bindgen glue and .wasm pair in the build');
if (releaseBuild) {
  const wasmFile = path.join(dir, wasmName);
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue']
    .map((f) => `--enable-${f}`);
  const map = JSON.parse(execFileSync(
    'wasm-opt',
    [...features, '--minify-imports-and-exports-and-modules', wasmFile, '-o', wasmFile],
    { encoding: 'utf8' },
  ));
  const modules = [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasmFile))).map((i) => i.module))];
  if (modules.length !== 1) throw new Error(`postbuild: expected one import module after renaming, got ${modules}`);
  const escape = (s) => s.replace(/[$]/g, '\\$&');
  let glue = await readFile(path.join(dir, glueName), 'utf8');
  const replaceAll = (pattern, to, what) => {
    const before = glue;
    glue = glue.replace(pattern, to);
    if (glue === before) throw new Error(`postbuild: ${what} not found in ${glueName}`);
  };
  // (Function replacements: a new name may hold `$`.)
  replaceAll(/(["'])\.\/[^"']+_bg\.js\1(\s*:)/, (_, q, colon) => `"${modules[0]}"${colon}`, 'the import module');
  for (const [, from, to] of map.imports) {
    replaceAll(new RegExp(`(^|[\\s{,])${escape(from)}(\\s*:)`, 'm'), (_, pre, colon) => `${pre}${to}${colon}`, `the import ${from}`);
  }
  // Every export the glue uses is renamed (some, such as `main`, the glue never names).
  for (const [from, to] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, 'g'), () => `wasm.${to}`);
  }
  await writeFile(path.join(dir, glueName), glue);
}

// Release builds: minify the JavaScript that trunk copies as it is (the wasm-bindgen glue, the
// loader, the iframe helpers): about 3 KB less gzip on the first screen. esbuild (npm) keeps
// module syntax and `import.meta.url` as they are. `examples/` stays readable.
let minified = 0;
const minify = async (file) => {
  if (!releaseBuild) return;
  const { transform } = await import('esbuild');
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, charset: 'utf8' });
  await writeFile(file, code);
  minified += 1;
};
for (const entry of await readdir(dir, { withFileTypes: true })) {
  if (entry.isFile() && path.extname(entry.name) === '.js' && entry.name !== 'spasm-check.js') {
    await minify(path.join(dir, entry.name));
  }
}

// The TypeScript example host (examples/host.ts), built for examples/host.html.
{
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'examples/host.ts')],
    outfile: path.join(dir, 'examples/host.js'),
    format: 'esm',
    target: 'es2020',
    logLevel: 'warning',
  });
}

// Subresource integrity (sha384) of every file the loader loads, written into the loader (which
// passes each value to the request for its file) and, with the loader's own, into
// integrity.json, for hosts that pin a release.
const sri = async (name) => `sha384-${createHash('sha384').update(await readFile(path.join(dir, name))).digest('base64')}`;
const loaded = (await readdir(dir)).filter((n) =>
  n === glueName || n === wasmName || n === 'spasm-check.css' || n === 'spasm-check-static.js'
  || /^spasm-check-(first-step|lang)-[a-z]+\.(js|bin)$/.test(n)).sort();
const integrity = {};
for (const name of loaded) integrity[name] = await sri(name);
const INTEGRITY = /const INTEGRITY = \{\};/;
const unminified = await readFile(loaderFile, 'utf8');
if (!INTEGRITY.test(unminified)) throw new Error('postbuild: the loader has no `const INTEGRITY = {};`');
await writeFile(loaderFile, unminified.replace(INTEGRITY, () => `const INTEGRITY = ${JSON.stringify(integrity)};`));
await minify(loaderFile);
integrity['spasm-check.js'] = await sri('spasm-check.js');
await writeFile(path.join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
// The pages load the loader with its integrity too.
for (const page of ['index.html', 'embed.html']) {
  const file = path.join(dir, page);
  const html = await readFile(file, 'utf8');
  const withSri = html.replace(
    /<(script|link)\b([^>]*?)\b(src|href)="?spasm-check\.js"?([^>]*)>/g,
    (tag, name, before, attr, after) => (/\bintegrity=/.test(tag) ? tag
      : `<${name}${before}${attr}="spasm-check.js" integrity="${integrity['spasm-check.js']}"${after}>`),
  );
  if (withSri === html) throw new Error(`postbuild: ${page} does not load spasm-check.js`);
  await writeFile(file, withSri);
}

// dist/ is also an npm package (a versioned, immutable release): its version is the crate's.
const crate = await readFile(path.join(root, 'Cargo.toml'), 'utf8');
const version = crate.match(/^version = "([^"]+)"/m)?.[1];
if (!version) throw new Error('postbuild: no version in Cargo.toml');
const shipped = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({
  name: 'spasm-check',
  version,
  description: 'A muscle-cramp self-check that runs in the browser: the <spasm-check> web component (Rust/WebAssembly). Not a diagnosis.',
  license: 'MIT',
  type: 'module',
  main: './spasm-check.js',
  types: './spasm-check.d.ts',
  exports: {
    '.': { types: './spasm-check.d.ts', default: './spasm-check.js' },
    './react': { types: './spasm-check-react.d.ts' },
    './*': './*',
  },
  customElements: 'custom-elements.json',
  sideEffects: true,
  files: [...shipped, 'package.json'].filter((n, i, all) => all.indexOf(n) === i),
}, null, 2)}\n`);

const COMPRESS = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json', '.bin']);
async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESS.has(path.extname(entry.name))) yield full;
  }
}

let count = 0;
for await (const file of files(dir)) {
  const body = await readFile(file);
  await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  await writeFile(`${file}.br`, brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
  count += 1;
}
console.log(`postbuild (${process.env.TRUNK_PROFILE}): first step in ${Object.keys(steps).join(', ')}; minified ${minified} .js files; pre-compressed ${count} files (.gz, .br)`);
