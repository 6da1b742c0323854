// Trunk post-build hook (see Trunk.toml): tidies the staged dist/, minifies its JavaScript in
// release builds, and writes pre-compressed copies for hosts that serve them (`.gz` at level 9
// and `.br` at quality 11 beside each file). Trunk runs it with TRUNK_STAGING_DIR set to the
// folder that becomes dist/ and TRUNK_PROFILE set to `debug` or `release`.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run it through trunk');
  process.exit(1);
}

// The first step, prerendered by the app itself in every language (src/bin/prerender.rs):
// into the standalone page and embed.html in place of `<sc-first-step></sc-first-step>`
// (the first language shows without JavaScript; the loader shows the one it chooses), and as
// spasm-check-first-step.js for the loader to put into shadow roots on host pages.
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
// (an element, not a comment: trunk's minifier drops comments).
const MARKER = '<sc-first-step></sc-first-step>';
for (const [page, compact] of [['index.html', false], ['embed.html', true]]) {
  const file = path.join(dir, page);
  let html = await readFile(file, 'utf8');
  // With inject_scripts = false trunk leaves its own <link rel="rust"> in the page: drop it.
  html = html.replace(/<link\b[^>]*\brel="?rust"?[^>]*>/g, '');
  if (!html.includes(MARKER)) throw new Error(`postbuild: ${page} has no ${MARKER}`);
  const blocks = Object.values(steps).map((step, i) => {
    const shown = i === 0 ? step : step.replace(/^<div\b/, '<div hidden');
    return compact ? shown.replace(/<p class="sc-intro">[^<]*<\/p>/, '') : shown;
  });
  await writeFile(file, html.replace(MARKER, blocks.join('')));
}
await writeFile(
  path.join(dir, 'spasm-check-first-step.js'),
  `// The first step of <spasm-check> by language, prerendered from the app (scripts/postbuild.mjs).\nexport const steps = ${JSON.stringify(steps)};\n`,
);

// Release builds: minify the JavaScript that trunk copies as it is (the wasm-bindgen glue, the
// loader, the iframe helpers): about 3 KB less gzip on the first screen. esbuild (npm) keeps
// module syntax and `import.meta.url` as they are. `examples/` stays readable.
const release = process.env.TRUNK_PROFILE === 'release';
let minified = 0;
if (release) {
  const { transform } = await import('esbuild');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || path.extname(entry.name) !== '.js') continue;
    const file = path.join(dir, entry.name);
    const source = await readFile(file, 'utf8');
    const { code } = await transform(source, { minify: true, charset: 'utf8' });
    await writeFile(file, code);
    minified += 1;
  }
}

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
