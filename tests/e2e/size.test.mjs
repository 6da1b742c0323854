// The size budget of issue 6: everything the first screen needs (HTML, JS,
// wasm, CSS), gzip-compressed at level 9, at most 100 KiB in total.
//
// Sizes are deterministic, so this needs no browser: it reads the built site
// (the folder in SC_DIST, default dist/), finds the first screen's assets by
// following what index.html loads (bench/lib/first-screen.mjs; no file name is
// hard-coded) and fails when anything could not be followed, so a change in
// how the app is loaded makes it fail rather than under-count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirstScreenAssets, measureAssets, textTable } from '../../bench/lib/first-screen.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(REPO_ROOT, process.env.SC_DIST || process.env.SC_E2E_DIST || 'dist');
const BUDGET_GZIP_BYTES = 100 * 1024;
// The budget is not met yet (about 155 KiB: see the README's Benchmark section). Until it
// is, the budget check below runs as a `todo` (reported, not failing the run) and this
// ceiling, just above today's size, fails the run if the first screen grows any further.
const CEILING_GZIP_BYTES = 160 * 1024;

async function firstScreen(t) {
  assert.ok(
    existsSync(path.join(DIST, 'index.html')),
    `${DIST}/index.html is missing: run \`trunk build --release --offline\` first`,
  );
  const { assets, problems } = await findFirstScreenAssets(DIST);
  const rows = await measureAssets(DIST, assets);
  const total = {
    file: 'total',
    kind: `${rows.length} files`,
    via: '',
    raw: rows.reduce((s, r) => s + r.raw, 0),
    gzip: rows.reduce((s, r) => s + r.gzip, 0),
  };
  const table = textTable(
    [
      { title: 'asset', get: (r) => r.file, align: 'left' },
      { title: 'kind', get: (r) => r.kind, align: 'left' },
      { title: 'raw B', get: (r) => r.raw },
      { title: 'gzip-9 B', get: (r) => r.gzip },
      { title: 'loaded by', get: (r) => r.via, align: 'left' },
    ],
    [...rows, total],
  );
  const summary = `${DIST}\n${table}\nbudget: ${BUDGET_GZIP_BYTES} B gzip; total ${total.gzip} B (${(
    (100 * total.gzip) /
    BUDGET_GZIP_BYTES
  ).toFixed(1)}% of the budget)`;
  for (const line of summary.split('\n')) t.diagnostic(line);

  assert.deepEqual(problems, [], `the first screen's assets could not all be followed:\n${summary}`);
  assert.ok(rows.some((r) => r.kind === 'wasm'), `no .wasm found:\n${summary}`);
  return { total, summary };
}

test(`the first screen does not grow past ${CEILING_GZIP_BYTES} bytes gzip (level 9)`, async (t) => {
  const { total, summary } = await firstScreen(t);
  assert.ok(
    total.gzip <= CEILING_GZIP_BYTES,
    `the first screen is ${total.gzip} B gzip, over the ceiling of ${CEILING_GZIP_BYTES} B:\n${summary}`,
  );
});

test(
  `the first screen is at most ${BUDGET_GZIP_BYTES} bytes gzip (level 9)`,
  { todo: 'over budget: the wasm must shrink (issue 6)' },
  async (t) => {
    const { total, summary } = await firstScreen(t);
    assert.ok(
      total.gzip <= BUDGET_GZIP_BYTES,
      `the first screen is ${total.gzip} B gzip, over the budget of ${BUDGET_GZIP_BYTES} B by ${
        total.gzip - BUDGET_GZIP_BYTES
      } B:\n${summary}`,
    );
  },
);
