// The size budgets (issue 12), gzip level 9:
// - what the standalone page needs before its first question can be answered (the page with
//   its prerendered first step, the stylesheet, the loader): at most 16 KiB, and the same on a
//   host page (the loader, the stylesheet, the prerendered first step in the loader's module);
// - the whole standalone page in one language (page, stylesheet, loader, the app's glue and
//   .wasm, and that language's words): at most 145 KiB (issue 12; reported as a TODO since
//   issue 17, with a ceiling at today's size that fails, see below).
//
// Sizes are deterministic, so this needs no browser: it reads the built site (the folder in
// SC_DIST, default dist/) and finds each group by following what index.html and the loader
// load (bench/lib/first-screen.mjs; no file name is hard-coded). It fails when anything could
// not be followed, so a change in how the app is loaded makes it fail rather than under-count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundles, measureAssets, textTable } from '../../bench/lib/first-screen.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(REPO_ROOT, process.env.SC_DIST || process.env.SC_E2E_DIST || 'dist');
const FIRST_STEP_BUDGET = 16 * 1024;
const LANGUAGE_BUDGET = 145 * 1024;

const groups = (async () => {
  assert.ok(
    existsSync(path.join(DIST, 'index.html')),
    `${DIST}/index.html is missing: run \`trunk build --release --offline\` first`,
  );
  const b = await bundles(DIST);
  assert.deepEqual(b.problems, [], 'the site\'s files could not all be followed');
  return b;
})();

/** Measures `assets` and prints them as a table; resolves to the total gzip bytes. */
async function measure(t, title, assets, budget) {
  const rows = await measureAssets(DIST, assets);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const table = textTable(
    [
      { title: 'file', get: (r) => r.file, align: 'left' },
      { title: 'kind', get: (r) => r.kind, align: 'left' },
      { title: 'raw B', get: (r) => r.raw },
      { title: 'gzip-9 B', get: (r) => r.gzip },
    ],
    [...rows, { file: 'total', kind: `${rows.length} files`, raw: rows.reduce((s, r) => s + r.raw, 0), gzip: total }],
  );
  t.diagnostic(`${title} (budget ${budget} B gzip)`);
  for (const line of table.split('\n')) t.diagnostic(line);
  return { total, table };
}

test(`the first question needs at most ${FIRST_STEP_BUDGET} bytes gzip, in every language, on the standalone and a host page`, async (t) => {
  const { inline, standaloneFirstStep, hostFirstStep } = await groups;
  assert.deepEqual(Object.keys(standaloneFirstStep).sort(), ['en', 'hi'], 'a first step per language');
  const over = [];
  for (const [where, group] of [['standalone page', standaloneFirstStep], ['host page', hostFirstStep]]) {
    for (const [tag, assets] of Object.entries(group)) {
      assert.ok(assets.some((a) => a.kind === 'css'), `${where} ${tag}: the stylesheet is counted`);
      if (where === 'host page' || tag !== inline) {
        assert.ok(assets.some((a) => /first-step/.test(a.file)), `${where} ${tag}: the first step is counted`);
      }
      const { total, table } = await measure(t, `${where} in ${tag}, before the first question`, assets, FIRST_STEP_BUDGET);
      if (total > FIRST_STEP_BUDGET) over.push(`${where} ${tag}: ${total} B\n${table}`);
    }
  }
  assert.deepEqual(over, []);
});

// Issue 12's budget for the whole page in its first language (English, which the page carries)
// was met until the short check of issue 17 (folds, "no to the rest", gates, the emergency
// screen's list of answers: about 6 KB gzip of app code) and sharing (issue 19: about 4 KB of
// code and short reasons); it is reported as a TODO. The
// ceilings below are today's sizes rounded up to the next KiB (Hindi is larger by its longer
// words and the Hindi first step it fetches), so that the page cannot grow unnoticed.
const CEILING = { en: 155 * 1024, other: 163 * 1024 };

/** The whole page in each language: its gzip bytes, printed as a table, once for both tests. */
let wholePages;
function measureWholePages(t) {
  wholePages ??= (async () => {
    const { inline, languages } = await groups;
    const out = [];
    for (const [tag, assets] of Object.entries(languages)) {
      assert.ok(assets.some((a) => a.kind === 'wasm'), `${tag}: the .wasm is counted`);
      assert.ok(assets.some((a) => a.kind === 'words'), `${tag}: the words are counted`);
      const ceiling = tag === inline ? CEILING.en : CEILING.other;
      const { total, table } = await measure(t, `the whole page in ${tag}`, assets, ceiling);
      out.push({ tag, first: tag === inline, total, ceiling, table });
    }
    return out;
  })();
  return wholePages;
}

test(`the whole page in its first language is at most ${CEILING.en} bytes gzip, in any other at most ${CEILING.other}`, async (t) => {
  const over = (await measureWholePages(t))
    .filter((p) => p.total > p.ceiling)
    .map((p) => `${p.tag}: ${p.total} B gzip, over ${p.ceiling}\n${p.table}`);
  assert.deepEqual(over, []);
});

test(
  `the whole page in its first language is at most ${LANGUAGE_BUDGET} bytes gzip (issue 12's budget)`,
  { todo: 'the short check (issue 17) and sharing (issue 19) added about 10 KB gzip (see the README, Benchmark)' },
  async (t) => {
    const first = (await measureWholePages(t)).find((p) => p.first);
    assert.ok(first.total <= LANGUAGE_BUDGET, `${first.tag}: ${first.total} B gzip, over ${LANGUAGE_BUDGET}`);
  },
);
