// How long the check is for one path through it, as a person meets it: the words shown and the
// taps made on the way to the result (issue 17, point 3). Used by tests/e2e/length.test.mjs.
//
// The page is driven only through its DOM contract (`section[data-step]`,
// `fieldset[data-question]` and `fieldset[data-gate]` with their input values,
// `button[data-action="next"|"rest-no"]`, `section[data-level]`), never through class names or
// texts, with the fewest taps the page allows:
// - signs answered No: one tap on `rest-no` where the step has it (after any other answers),
//   else a tap on No for each;
// - a gate (`fieldset[data-gate]`): No for an empty list, else Yes then each ticked option;
// - a checklist without a gate answered [] : its `none` box;
// - Next (or "See my result") once per step.
// An answer already shown as chosen is not tapped again.
//
// Words: the innerText of `section[data-step]` when the step appears and after each tap, each
// line counted once per step (a multiset of the non-empty lines already counted: a revealed line
// adds its words, a line that disappears subtracts nothing). A word is a whitespace-separated
// piece with a letter or a digit in it (any script).
import assert from 'node:assert/strict';
import { mouseClick } from './app.mjs';

const STEP = 'section[data-step]';
const WAIT_MS = 5_000;

/** The number of words in `text`: whitespace-separated pieces with a letter or digit. */
export function countWords(text) {
  return text.split(/\s+/u).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
}

/** The non-empty lines of an innerText, trimmed. */
export function linesOf(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Counts the words of one step's text, each line once: `add(text)` counts the words of the
 * lines not counted yet (a line shown twice at once counts twice) and returns them.
 */
export class StepWords {
  constructor() {
    this.seen = new Map();
    this.words = 0;
  }

  add(text) {
    const now = new Map();
    for (const line of linesOf(text)) now.set(line, (now.get(line) ?? 0) + 1);
    let added = 0;
    for (const [line, n] of now) {
      const before = this.seen.get(line) ?? 0;
      if (n > before) {
        added += (n - before) * countWords(line);
        this.seen.set(line, n);
      }
    }
    this.words += added;
    return added;
  }
}

/**
 * Reads the screen: the rendered step (id, language, innerText, its questions and gates, and
 * whether it has `rest-no` and an error summary) and the rendered results.
 */
async function readScreen(page) {
  return page.evaluate((STEP) => {
    const sc = globalThis.__sc;
    const rendered = (el) => el.getClientRects().length > 0;
    const levels = sc.all('section[data-level]').filter(rendered).map((e) => e.dataset.level);
    const steps = sc.all(STEP).filter(rendered);
    if (steps.length !== 1) return { steps: steps.map((s) => s.dataset.step), levels };
    const s = steps[0];
    // A set's own inputs (not those of a checklist nested in a gate).
    const inputs = (set) =>
      [...set.querySelectorAll('input')].filter(
        (i) => i.closest('fieldset[data-question], fieldset[data-gate]') === set,
      );
    return {
      steps: [s.dataset.step],
      levels,
      step: s.dataset.step,
      lang: s.closest('[lang]')?.getAttribute('lang') ?? null,
      text: s.innerText,
      alert: [...s.querySelectorAll('[role="alert"]')].some(rendered),
      restNo: [...s.querySelectorAll('button[data-action="rest-no"]')].some(rendered),
      // In the order of the page, questions and gates together.
      fields: [...s.querySelectorAll('fieldset[data-question], fieldset[data-gate]')].map((set) => ({
        id: set.dataset.question ?? set.dataset.gate,
        gate: set.dataset.gate !== undefined && set.dataset.question === undefined,
        values: inputs(set).map((i) => i.value),
        ticked: inputs(set).filter((i) => i.checked).map((i) => i.value),
      })),
    };
  }, STEP);
}

/** Resolves after the page has rendered two more frames (Yew renders in a later task). */
async function settle(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Waits (bounded) until `check(screen)` is truthy; resolves to that screen. */
async function waitScreen(page, check, what, timeout = WAIT_MS) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await readScreen(page);
    if (check(last)) return last;
    if (Date.now() > until) {
      const seen = { steps: last.steps, levels: last.levels, fields: last.fields, alert: last.alert };
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; on screen: ${JSON.stringify(seen)}`);
    }
    await settle(page);
  }
}

const field = (screen, id, gate = false) => screen.fields?.find((f) => f.id === id && f.gate === gate);
const sameSet = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Drives one path from the first step (the app must have taken over) to its result.
 * `answers` is the engine's JSON for the path; `kinds` maps each question id to
 * 'flag' | 'single' | 'checklist'. Resolves to
 * { level, lang, taps, words, steps: [{ step, words, taps, added }] }, where `added` lists
 * [what, words] for the step's arrival, each tap, and a last look before Next.
 */
export async function drivePath(page, answers, kinds) {
  const steps = [];
  let taps = 0;
  let lang = null;
  const asked = new Set();

  for (let guard = 0; guard < 10; guard += 1) {
    let screen = await waitScreen(page, (s) => s.levels.length > 0 || s.steps.length === 1, 'a step or a result');
    if (screen.levels.length > 0) {
      const unasked = Object.keys(answers).filter((id) => !asked.has(id));
      assert.deepEqual(unasked, [], 'every question of the fixture was asked on the way');
      return { level: screen.levels[0], lang, taps, words: steps.reduce((s, x) => s + x.words, 0), steps };
    }
    await settle(page);
    screen = await readScreen(page);
    const stepId = screen.step;
    lang ??= screen.lang;
    assert.equal(screen.lang, lang, `step ${stepId} is in the language of the first step`);
    const counter = new StepWords();
    // `added`: what each tap added ([what was tapped, words]), after the words on arrival.
    const record = { step: stepId, words: 0, taps: 0, added: [] };
    steps.push(record);
    record.added.push(['(step shown)', counter.add(screen.text)]);

    /** One tap on `selector`, then waits until `done(screen)`, then counts what it revealed. */
    const tap = async (selector, done, what) => {
      await mouseClick(page, selector);
      taps += 1;
      record.taps += 1;
      await waitScreen(page, (s) => s.levels.length > 0 || (s.step === stepId && done(s)), what);
      await settle(page);
      const now = await readScreen(page);
      if (now.step === stepId) record.added.push([what, counter.add(now.text)]);
    };
    const input = (id, value, gate = false) =>
      `${STEP} fieldset[data-${gate ? 'gate' : 'question'}="${id}"] input[value="${value}"]`;
    const tick = async (id, value, gate = false) => {
      const f = field(await readScreen(page), id, gate);
      assert.ok(f, `${stepId}: ${gate ? 'gate' : 'question'} "${id}" is on the step`);
      assert.ok(f.values.includes(value), `${stepId}: "${id}" offers "${value}" (it has ${f.values.join(', ')})`);
      if (f.ticked.includes(value)) return;
      await tap(input(id, value, gate), (s) => field(s, id, gate)?.ticked.includes(value), `${id}=${value}`);
    };

    const ids = screen.fields.map((f) => f.id);
    for (const id of ids) {
      assert.ok(id in answers, `${stepId}: "${id}" is not in the fixture`);
      asked.add(id);
    }
    const flags = screen.fields.filter((f) => !f.gate && kinds[f.id] === 'flag');
    const useRestNo = screen.restNo && flags.some((f) => answers[f.id] === 'no');

    // 1. Signs not answered No; then No to the rest with one tap where the step allows it.
    for (const f of flags) if (answers[f.id] !== 'no') await tick(f.id, answers[f.id]);
    if (useRestNo) {
      const before = await readScreen(page);
      const open = flags.filter((f) => field(before, f.id)?.ticked.length === 0).map((f) => f.id);
      if (open.length > 0) {
        await tap(
          `${STEP} button[data-action="rest-no"]`,
          (s) => open.every((id) => field(s, id)?.ticked.length > 0),
          'rest-no to answer the open signs',
        );
      }
    }
    // 2. Everything else in the order of the page (No on any sign rest-no did not answer).
    for (const f of screen.fields) {
      const answer = answers[f.id];
      if (kinds[f.id] === 'flag' && !f.gate) {
        if (answer === 'no') await tick(f.id, 'no');
      } else if (kinds[f.id] === 'single') {
        await tick(f.id, answer);
      } else if (f.gate) {
        if (answer.length === 0) {
          await tick(f.id, 'no', true);
        } else {
          await tick(f.id, 'yes', true);
          await waitScreen(page, (s) => field(s, f.id) !== undefined, `the checklist "${f.id}" after Yes`);
          for (const value of answer) await tick(f.id, value);
        }
      } else if (!screen.fields.some((g) => g.gate && g.id === f.id)) {
        // A checklist without a gate: [] is its "none" box.
        for (const value of answer.length === 0 ? ['none'] : answer) await tick(f.id, value);
      }
    }

    // 3. What shows is exactly the path's answers; then Next (what earlier taps revealed late is
    // counted now: after Next the step is gone).
    await settle(page);
    const ready = await readScreen(page);
    record.added.push(['(before Next)', counter.add(ready.text)]);
    for (const f of ready.fields) {
      const answer = answers[f.id];
      let want;
      if (f.gate) want = [answer.length === 0 ? 'no' : 'yes'];
      else if (kinds[f.id] !== 'checklist') want = [answer];
      else if (answer.length === 0 && !ready.fields.some((g) => g.gate && g.id === f.id)) want = ['none'];
      else want = answer;
      assert.ok(sameSet(f.ticked, want), `${stepId}: "${f.id}" shows ${JSON.stringify(f.ticked)}, the path answers ${JSON.stringify(want)}`);
    }
    record.words = counter.words;
    await mouseClick(page, `button[data-action="next"]`);
    taps += 1;
    record.taps += 1;
    const after = await waitScreen(
      page,
      (s) => s.levels.length > 0 || (s.steps.length === 1 && (s.step !== stepId || s.alert)),
      `the screen after Next on "${stepId}"`,
    );
    assert.ok(after.levels.length > 0 || after.step !== stepId, `Next on "${stepId}" found questions unanswered`);
  }
  throw new Error('no result after 10 steps');
}
