// The first screen's assets of a built site (a trunk dist/ folder), found by
// following what its index.html loads, and their compressed sizes.
//
// Used by tests/e2e/size.test.mjs (the size budget) and bench/run.mjs (the
// benchmark table). Nothing here hard-codes a file name: it reads
//   - index.html: <script src>, inline <script> bodies, and <link href> with
//     rel stylesheet, modulepreload or preload;
//   - each JavaScript file (and inline script): static and dynamic imports,
//     `new URL('…', import.meta.url)` and any other quoted relative name
//     ending in .js, .mjs, .wasm or .css (the wasm-bindgen glue names its
//     .wasm that way; a loader may name its stylesheet as a plain string);
//   - each stylesheet: @import and url(…).
// A page or import reference to a file that is not in the folder is an error,
// not a skip, and so are a first screen without JavaScript or .wasm and a
// .wasm in the folder that nothing loads: the caller then fails instead of
// under-counting.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';

const SCRIPT_EXT = /\.m?js$/i;
const FOLLOWED_RELS = new Set(['stylesheet', 'modulepreload', 'preload']);

/** Attributes of every <tag …> in `html` (quoted and unquoted values, as minified HTML has). */
function tags(html, name) {
  const out = [];
  const tagRe = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  for (const m of html.matchAll(tagRe)) {
    const attrs = {};
    const attrRe = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (const a of m[1].matchAll(attrRe)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push({ attrs, end: m.index + m[0].length });
  }
  return out;
}

/** Bodies of inline <script> elements (no src). */
function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1]) && m[2].trim()) out.push(m[2]);
  }
  return out;
}

/**
 * What a piece of JavaScript loads or names: { ref, weak } for its imports
 * (weak: false, they must exist) and for `new URL('…')` and other quoted
 * relative names of assets (weak: true: counted when the file exists, since
 * a glue file also names things it does not load, such as its import
 * object's key './x_bg.js' or the unhashed default name of its .wasm).
 * Quoted absolute URLs (e.g. a comment's example) are ignored.
 */
function jsReferences(code) {
  const refs = new Map();
  const loads = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g, // import x from '…' / import '…'
    /\bexport\s*[\w$*{}\s,]*?\s*from\s*(["'])([^"'\n]+)\1/g, // export … from '…'
    /\bimport\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g, // import('…')
  ];
  for (const re of loads) {
    // A template with a placeholder (a file per language) is not one file: see `bundles`.
    for (const m of code.matchAll(re)) if (!m[2].includes('${')) refs.set(m[2], { ref: m[2], weak: false });
  }
  const names = [
    /\bnew\s+URL\s*\(\s*(["'`])([^"'`\n]+)\1/g, // new URL('…', import.meta.url)
    /(["'`])([^"'`\s<>()${}]+\.(?:m?js|wasm|css))\1/gi, // any quoted asset-like name
  ];
  for (const re of names) {
    for (const m of code.matchAll(re)) {
      if (!refs.has(m[2]) && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(m[2])) {
        refs.set(m[2], { ref: m[2], weak: true });
      }
    }
  }
  return [...refs.values()];
}

/** URLs a stylesheet loads: @import and url(…), except data: URLs and fragments. */
function cssReferences(css) {
  const refs = new Set();
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) refs.add(m[2].trim());
  for (const m of css.matchAll(/@import\s+(["'])([^"']+)\1/gi)) refs.add(m[2]);
  return [...refs];
}

/**
 * Resolves `ref` (as written in the file at `fromRel`, a path relative to
 * `root`) to a path relative to `root`, or returns null for references that
 * load nothing from the site (data:, blob:, #fragment) and { external } for
 * another origin.
 */
function resolveRef(ref, fromRel) {
  if (/^(data|blob|about|javascript|mailto|tel):/i.test(ref) || ref.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return { external: ref };
  const base = new URL(`http://site/${fromRel}`);
  const url = new URL(ref, base);
  if (url.host !== 'site') return { external: ref };
  return { rel: decodeURIComponent(url.pathname).replace(/^\/+/, '') };
}

/**
 * Finds the first screen's assets of the site in `root`.
 * Resolves to { assets: [{ file, kind, via }], problems: [string] } where
 * `file` is relative to `root`, `kind` is html/js/wasm/css/other and `via`
 * says which file referenced it. `problems` is empty when nothing was missed.
 */
export async function findFirstScreenAssets(root, { page = 'index.html' } = {}) {
  const rootDir = path.resolve(root);
  const assets = new Map();
  const problems = [];
  const queue = [];

  const kindOf = (file) => {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.html') return 'html';
    if (SCRIPT_EXT.test(ext)) return 'js';
    if (ext === '.wasm') return 'wasm';
    if (ext === '.css') return 'css';
    return 'other';
  };
  const add = (ref, from, { weak = false } = {}) => {
    const r = resolveRef(ref, from);
    if (r === null) return;
    if (r.external) {
      problems.push(`${from} loads ${r.external} from another origin (not counted)`);
      return;
    }
    const file = path.normalize(r.rel);
    if (file.startsWith('..')) {
      problems.push(`${from} refers to ${ref}, outside the folder`);
      return;
    }
    if (assets.has(file)) return;
    if (weak && !existsSync(path.join(rootDir, file))) return;
    assets.set(file, { file, kind: kindOf(file), via: from });
    queue.push(file);
  };

  const html = await readFile(path.join(rootDir, page), 'utf8');
  assets.set(page, { file: page, kind: 'html', via: '(page)' });
  for (const { attrs } of tags(html, 'script')) {
    if (attrs.src) add(attrs.src, page);
  }
  for (const { attrs } of tags(html, 'link')) {
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (attrs.href && rels.some((r) => FOLLOWED_RELS.has(r))) add(attrs.href, page);
  }
  for (const code of inlineScripts(html)) {
    for (const { ref, weak } of jsReferences(code)) add(ref, page, { weak });
  }

  while (queue.length) {
    const file = queue.shift();
    const entry = assets.get(file);
    let body;
    try {
      body = await readFile(path.join(rootDir, file));
    } catch {
      problems.push(`${entry.via} refers to ${file}, which is not in ${rootDir}`);
      assets.delete(file);
      continue;
    }
    if (entry.kind === 'wasm' && !body.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) {
      problems.push(`${file} is not a WebAssembly module (no \\0asm header): a broken or half-written build`);
    }
    if (entry.kind === 'js') {
      for (const { ref, weak } of jsReferences(body.toString('utf8'))) add(ref, file, { weak });
    } else if (entry.kind === 'css') {
      for (const ref of cssReferences(body.toString('utf8'))) add(ref, file);
    }
  }

  const list = [...assets.values()];
  // Guards against under-counting when the way the app is loaded changes.
  if (!list.some((a) => a.kind === 'js')) problems.push('no JavaScript file was found');
  if (!list.some((a) => a.kind === 'wasm')) problems.push('no .wasm file was found (the JS glue names it)');
  const topLevel = await readdir(rootDir);
  for (const name of topLevel) {
    if (name.toLowerCase().endsWith('.wasm') && !assets.has(name)) {
      problems.push(`${name} is in the folder but nothing on the first screen loads it`);
    }
  }
  if (topLevel.some((n) => n.toLowerCase().endsWith('.css')) && !list.some((a) => a.kind === 'css')) {
    problems.push('the folder has stylesheets but none was found on the first screen');
  }
  return { assets: list, problems };
}

/** gzip at level 9 (the size budget's measure). */
export function gzipSize(buf) {
  return gzipSync(buf, { level: 9, memLevel: 9 }).length;
}

/** Brotli at quality 11 with the largest window. */
export function brotliSize(buf, kind = 'other') {
  return brotliCompressSync(buf, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_MODE]: kind === 'wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

/** Raw, gzip and brotli bytes of each asset (brotli only if asked: it is slow). */
export async function measureAssets(root, assets, { brotli = false } = {}) {
  const rows = [];
  for (const a of assets) {
    const buf = await readFile(path.join(path.resolve(root), a.file));
    rows.push({
      ...a,
      raw: buf.length,
      gzip: gzipSize(buf),
      brotli: brotli ? brotliSize(buf, a.kind) : undefined,
    });
  }
  return rows;
}

/** A plain-text table (`columns`: [{ title, get, align }]). */
export function textTable(columns, rows) {
  const cells = rows.map((r) => columns.map((c) => String(c.get(r))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i].length)));
  const line = (vals) =>
    vals
      .map((v, i) => (columns[i].align === 'left' ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/**
 * The site's files grouped by what a moment of loading needs (the budgets of issue 12), for
 * each language, found from the page and the loader with no file name written here:
 * - `standaloneFirstStep[tag]`: what the standalone page needs before its first question can
 *   be answered in that language: index.html (which carries one language's first step), its
 *   stylesheets and its module scripts (the loader), and, for another language, that
 *   language's first-step module (the loader's `…${tag}.js` import);
 * - `hostFirstStep[tag]`: the same on a host page, which has only the loader: the loader, the
 *   stylesheet it names and the language's first-step module;
 * - `languages[tag]`: everything the standalone page loads to run in that language: the page
 *   and all it loads (findFirstScreenAssets: the app's glue and .wasm too), the language's
 *   first-step module if the page does not carry that language, and the language's words (the
 *   loader's `…${tag}.bin` name; the wasm carries no words).
 * Resolves to { inline, standaloneFirstStep, hostFirstStep, languages, problems }.
 */
export async function bundles(root, { page = 'index.html' } = {}) {
  const rootDir = path.resolve(root);
  const { assets, problems } = await findFirstScreenAssets(rootDir, { page });
  const byFile = new Map(assets.map((a) => [a.file, a]));
  const html = await readFile(path.join(rootDir, page), 'utf8');
  const scripts = tags(html, 'script').map((t) => t.attrs.src).filter(Boolean).map((s) => resolveRef(s, page)?.rel);
  const styles = tags(html, 'link')
    .filter((t) => (t.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((t) => resolveRef(t.attrs.href, page)?.rel);
  const pageFiles = [page, ...styles, ...scripts].map((f) => byFile.get(f)).filter(Boolean);
  const inline = tags(html, 'div').find((t) => 'data-prerendered' in t.attrs)?.attrs.lang;
  if (!inline) problems.push(`${page} carries no prerendered first step (data-prerendered with a lang)`);

  const loader = scripts[0];
  if (!loader) problems.push(`${page} loads no module script (the loader)`);
  const loaderCode = loader ? await readFile(path.join(rootDir, loader), 'utf8') : '';
  const loaderStyles = jsReferences(loaderCode)
    .map(({ ref }) => resolveRef(ref, loader)?.rel)
    .filter((f) => f && byFile.get(f)?.kind === 'css')
    .map((f) => byFile.get(f));
  if (!loaderStyles.length) problems.push('the loader names no stylesheet (a host page needs one)');

  // Files per language, from the loader's templates (`prefix${tag}suffix`).
  const perLanguage = async (ext, kind, what) => {
    const m = loaderCode.match(new RegExp(`([\\w./-]*)\\$\\{[^}]*\\}([\\w.-]*\\.${ext})\\b`));
    const out = {};
    if (!m) {
      problems.push(`the loader names no ${what} (\`…\${tag}.${ext}\`)`);
      return out;
    }
    const prefix = resolveRef(m[1] || './', loader).rel;
    for (const name of await readdir(rootDir)) {
      if (name.startsWith(prefix) && name.endsWith(m[2])) {
        out[name.slice(prefix.length, name.length - m[2].length)] = { file: name, kind, via: loader };
      }
    }
    if (!Object.keys(out).length) problems.push(`no ${prefix}<tag>${m[2]} in ${rootDir}`);
    return out;
  };
  const steps = await perLanguage('js', 'js', 'first-step module');
  const words = await perLanguage('bin', 'words', 'language file');

  const standaloneFirstStep = {};
  const hostFirstStep = {};
  const languages = {};
  // The page loads no language's step or words but its own (the loader may name them all, e.g.
  // with their integrity values).
  const perLanguageFiles = new Set([...Object.values(steps), ...Object.values(words)].map((a) => a.file));
  const common = assets.filter((a) => !perLanguageFiles.has(a.file));
  for (const tag of Object.keys(words)) {
    const step = tag === inline ? [] : [steps[tag]].filter(Boolean);
    if (!steps[tag]) problems.push(`no first-step module for ${tag}`);
    standaloneFirstStep[tag] = [...pageFiles, ...step];
    hostFirstStep[tag] = [byFile.get(loader), ...loaderStyles, steps[tag]].filter(Boolean);
    languages[tag] = [...common, ...step, words[tag]];
  }
  return { inline, standaloneFirstStep, hostFirstStep, languages, problems };
}
