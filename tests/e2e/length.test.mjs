// The length of the check for an ordinary cramp (issue 17, point 3): three ordinary paths
// (tests/e2e/fixtures/ordinary-paths.json, every question answered), each in English and
// Hindi, on the built standalone page at 360x800, driven with the fewest taps through the DOM
// contract (tests/e2e/lib/length.mjs says how, and how words are counted). Prints the figures
// as a table and as Markdown for the README.
//
// It fails when a path takes more than 16 taps (issue 17's budget) or shows more words than its
// ceiling below. The issue's word budgets (1,000 in English, 1,150 in Hindi) are met only by
// the Hindi paths without the medicines list: the signs' statements cannot be shorter without
// leaving out a part that counts on its own (requirements 6b: where the rules and the length
// pull apart, safety wins), so the budgets are reported as a TODO and the ceilings keep the
// words where they are now (the budget itself where it is met), so that they can only go down.
//
//   node --test tests/e2e/length.test.mjs
//   SC_DIST=/tmp/sc-old-dist node --test tests/e2e/length.test.mjs   # another build
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { prepareContext, waitForApp } from './lib/app.mjs';
import { drivePath } from './lib/length.mjs';

const BUDGET = { words: { en: 1000, hi: 1150 }, taps: 16 };
// Today's words, rounded up to ten (the budget where it is met): the words may not grow.
const CEILING = {
  night_calf_28: { en: 1060, hi: 1150 },
  footballer_heat_35: { en: 1060, hi: 1150 },
  water_pill_67: { en: 1150, hi: 1270 },
};
const LANGUAGES = [
  ['en', 'en-IN'],
  ['hi', 'hi-IN'],
];
const VIEWPORT = { width: 360, height: 800 };

const PATHS = JSON.parse(
  await readFile(new URL('./fixtures/ordinary-paths.json', import.meta.url), 'utf8'),
);

/**
 * The engine's question catalogue, read from src/engine/questions.rs: each id (in order) with
 * its kind ('flag' | 'single' | 'checklist') and, for the last two, its option ids.
 */
async function catalogue() {
  const source = await readFile(path.join(REPO_ROOT, 'src/engine/questions.rs'), 'utf8');
  const lists = {};
  for (const m of source.matchAll(/pub const (\w+): &\[&str\] = &\[([^\]]*)\];/g)) {
    lists[m[1]] = [...m[2].matchAll(/"([^"]+)"/g)].map((o) => o[1]);
  }
  const block = source.slice(source.indexOf('questions! {'));
  const questions = [...block.matchAll(/\w+ = "(\w+)", \w+, Kind::(Flag|Single|Checklist)(?:\((\w+)\))?;/g)].map(
    ([, id, kind, list]) => ({ id, kind: kind.toLowerCase(), options: list ? lists[list] : ['yes', 'no', 'unsure'] }),
  );
  assert.ok(questions.length > 30, `the catalogue in src/engine/questions.rs was read (${questions.length} questions)`);
  for (const q of questions) assert.ok(q.options, `the options of "${q.id}" were read`);
  return questions;
}

let server;
let chromium;

before(async () => {
  server = await startServer();
  chromium = await launchBrowser();
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

test('the fixture answers every question of the engine, with answers the engine takes', async () => {
  const questions = await catalogue();
  for (const [name, { level, answers }] of Object.entries(PATHS)) {
    assert.deepEqual(Object.keys(answers), questions.map((q) => q.id), `${name}: every question id, in order`);
    assert.ok(['emergency', 'doctor_today', 'doctor_soon', 'pharmacist', 'self_care'].includes(level), `${name}: a level`);
    for (const q of questions) {
      const a = answers[q.id];
      if (q.kind === 'checklist') {
        assert.ok(Array.isArray(a) && a.every((o) => q.options.includes(o)), `${name}: ${q.id} is a list of its options`);
        assert.equal(new Set(a).size, a.length, `${name}: ${q.id} has no option twice`);
      } else {
        assert.ok(q.options.includes(a), `${name}: ${q.id} is one of ${q.options.join(', ')}`);
      }
    }
  }
});

/** Opens the standalone page in `locale`, waits for the app and drives `name` to its result. */
async function measure(name, lang, locale, kinds) {
  const { level, answers } = PATHS[name];
  const context = await chromium.newContext({ viewport: VIEWPORT, locale });
  try {
    await prepareContext(context);
    await context.addInitScript(() => {
      const events = [];
      Object.defineProperty(globalThis, '__scResults', { value: events, enumerable: false });
      document.addEventListener('spasm-check-result', (e) => events.push(e.detail), true);
    });
    const page = await context.newPage();
    const log = recordPage(page);
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    await waitForApp(page);
    const run = await drivePath(page, answers, kinds);
    assert.equal(run.lang, lang, `${name}: the page is in ${lang} for a ${locale} browser`);
    assert.equal(run.level, level, `${name} ${lang}: the result's data-level`);
    const final = (await page.evaluate(() => globalThis.__scResults)).filter((d) => d.final).at(-1);
    assert.ok(final, `${name} ${lang}: a spasm-check-result event with final: true`);
    assert.deepEqual({ level: final.level, complete: final.complete }, { level, complete: true }, `${name} ${lang}: the final event`);
    assert.deepEqual(log.pageErrors, [], `${name} ${lang}: the page threw`);
    return run;
  } finally {
    await context.close();
  }
}

/** Rows as an aligned text table (first column left, numbers right). */
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === 1 || i === cells.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every path in every language, measured once for the tests below. */
let measured;
function measureAll() {
  measured ??= (async () => {
    const kinds = Object.fromEntries((await catalogue()).map((q) => [q.id, q.kind]));
    const results = [];
    for (const name of Object.keys(PATHS)) {
      for (const [lang, locale] of LANGUAGES) {
        try {
          results.push({ name, lang, run: await measure(name, lang, locale, kinds) });
        } catch (error) {
          results.push({ name, lang, error });
        }
      }
    }
    return results;
  })();
  return measured;
}

test(`ordinary paths: at most ${BUDGET.taps} taps, and no more words than today's ceilings`, async (t) => {
  const results = await measureAll();
  const over = [];
  const rows = results.map(({ name, lang, run, error }) => {
    if (error) return [name, lang, '-', '-', '-', `failed: ${String(error.message).split('\n')[0]}`];
    const ceiling = CEILING[name][lang];
    const budget = BUDGET.words[lang];
    if (run.words > ceiling) over.push(`${name} ${lang}: ${run.words} words > its ceiling ${ceiling}`);
    if (run.taps > BUDGET.taps) over.push(`${name} ${lang}: ${run.taps} taps > ${BUDGET.taps}`);
    return [
      name,
      lang,
      `${run.words}${run.words > budget ? ' !' : ''}`,
      ceiling,
      `${run.taps}${run.taps > BUDGET.taps ? ' !' : ''}`,
      run.steps.map((s) => `${s.step} ${s.words}`).join(', '),
    ];
  });
  const header = ['path', 'language', 'words', 'ceiling', 'taps', 'words per step'];
  t.diagnostic(`length of the check (budgets: words en ${BUDGET.words.en}, hi ${BUDGET.words.hi}; taps ${BUDGET.taps}; ! over budget)`);
  for (const line of textTable(header, rows).split('\n')) t.diagnostic(line);
  t.diagnostic('');
  t.diagnostic(`| ${header.join(' | ')} |`);
  t.diagnostic(`| --- | --- | ---: | ---: | ---: | --- |`);
  for (const r of rows) t.diagnostic(`| ${r.join(' | ')} |`);

  const failed = results.filter((r) => r.error);
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((r) => r.error),
      `${failed.length} path(s) could not be measured: ${failed.map((r) => `${r.name} ${r.lang}: ${r.error.message}`).join('; ')}`,
    );
  }
  assert.deepEqual(over, [], 'paths over their ceiling');
});

test(
  `ordinary paths: at most ${BUDGET.words.en} words in English and ${BUDGET.words.hi} in Hindi (issue 17's budgets)`,
  { todo: 'the statements cannot be shorter without leaving out a part that counts (requirements 6b: safety wins)' },
  async () => {
    const results = await measureAll();
    const over = results
      .filter((r) => r.run && r.run.words > BUDGET.words[r.lang])
      .map((r) => `${r.name} ${r.lang}: ${r.run.words} words > ${BUDGET.words[r.lang]}`);
    assert.deepEqual(over, [], 'paths over the word budget');
  },
);
