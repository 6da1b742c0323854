// The self-check by keyboard alone, as a person without a mouse uses it: Tab
// and Shift+Tab to move, arrow keys inside a radio group, Space to tick, Enter
// on buttons. Nothing here clicks, focuses or checks an element directly; the
// page is only read (which element has focus) to decide the next key.
import assert from 'node:assert/strict';
import {
  answerFor,
  boxesFor,
  gateFor,
  checkedAnswers,
  drawsFocus,
  expectHeadingFocus,
  focused,
  focusLooks,
  nameOf,
  questionsHere,
  screen,
  waitFor,
  waitForNewScreen,
} from './app.mjs';

/**
 * Presses Tab (or Shift+Tab) until `wanted(focused)` holds. Every element
 * reached on the way must draw a visible focus indicator. Fails with the trail
 * of elements visited if `wanted` is not reached within `max` presses.
 */
export async function tabTo(page, wanted, what, { backwards = false, max = 60 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    trail.push(nameOf(f));
    if (f.tag !== 'BODY') {
      assert.ok(
        f.focusVisible && drawsFocus(f),
        `focus reached by keyboard must be visible: ${nameOf(f)} has ${focusLooks(f)}`,
      );
    }
    if (wanted(f)) return f;
  }
  assert.fail(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${what}; went through:\n  ${trail.join('\n  ')}`);
}

/** Waits until the input `value` of `question` is (or is not) ticked. */
async function settled(page, question, value, ticked) {
  await waitFor(
    async () => (await checkedAnswers(page)).includes(`${question}=${value}`) === ticked,
    `${question}=${value} ticked=${ticked}`,
  );
}

/**
 * Answers one question by keyboard. Radios: Tab into the group, then arrow keys
 * to the answer (Space if focus already sits on it unticked). Checkboxes: Tab
 * to each box to tick and press Space. Resolves to 'result' when a result took
 * the step's place (an emergency answer), else 'answered'.
 */
export async function answerByKeyboard(page, question, answer, { backwards = false } = {}) {
  const { values, kind } = question;
  if (kind === 'gate') {
    // The gate first (No is "none of these"); after Yes, the boxes of the list it shows.
    const gate = gateFor(answer);
    await chooseRadio(page, (x) => x.gate === question.id && x.type === 'radio', `the gate of "${question.id}"`,
      values, gate, (f) => f.gate === question.id, { backwards });
    if (gate === 'no') return 'answered';
    await waitFor(
      () => page.evaluate((id) => Boolean(globalThis.__sc.one(`fieldset[data-question="${id}"]`)), question.id),
      `the list behind the gate of "${question.id}"`,
    );
    return answerByKeyboard(page, { id: question.id, kind: 'checklist' }, answer);
  }
  if (kind === 'radio') {
    return chooseRadio(page, (x) => x.question === question.id && x.type === 'radio', `the "${question.id}" group`,
      values, answer, (f) => f.question === question.id, { backwards });
  }
  for (const value of boxesFor(answer)) {
    const f = await tabTo(page, (x) => x.question === question.id && x.value === value, `"${question.id}" box "${value}"`, {
      backwards,
    });
    if (!f.checked) await page.keyboard.press('Space');
    await settled(page, question.id, value, true);
  }
  return 'answered';
}

/**
 * Tabs into a radio group (`inGroup` holds for its radios) and moves to `answer` with the arrow
 * keys (Space if focus already sits on it unticked). Resolves to 'answered' once it is chosen
 * and focused, or 'result' when a result took the step's place (an emergency answer).
 */
async function chooseRadio(page, inGroup, what, values, answer, ofGroup, { backwards = false } = {}) {
  let f = await tabTo(page, inGroup, what, { backwards });
  const target = values.indexOf(answer);
  assert.ok(target >= 0, `"${answer}" is an answer of ${what}: ${values.join(', ')}`);
  const from = values.indexOf(f.value);
  if (target === from) {
    if (!f.checked) await page.keyboard.press('Space');
  } else {
    const key = target > from ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - from); i++) await page.keyboard.press(key);
  }
  return waitFor(async () => {
    if ((await screen(page)).levels.length > 0) return 'result';
    f = await focused(page);
    return ofGroup(f) && f.value === answer && f.checked ? 'answered' : false;
  }, `${what}: ${answer} chosen and focused`);
}

/**
 * Opens or closes the "What counts?" fold of `question` from the keyboard: Tab to its
 * summary, then `key` (Enter or Space). Resolves to whether it is open afterwards.
 */
export async function toggleFoldByKeyboard(page, question, key = 'Enter', options) {
  await tabTo(page, (f) => f.more === question, `the "What counts?" of "${question}"`, options);
  const before = await page.evaluate((q) => globalThis.__sc.one(`details[data-more="${q}"]`).open, question);
  await page.keyboard.press(key);
  return waitFor(async () => {
    const open = await page.evaluate((q) => globalThis.__sc.one(`details[data-more="${q}"]`).open, question);
    return open !== before ? { open } : false;
  }, `the fold of "${question}" to ${before ? 'close' : 'open'}`).then((r) => r.open);
}

/** Tabs to a button of the contract and presses Enter on it. */
export async function pressAction(page, action, options) {
  await tabTo(page, (f) => f.action === action, `the "${action}" button`, options);
  await page.keyboard.press('Enter');
}

/**
 * A whole journey by keyboard from the first step. After each Enter on Next,
 * focus must land, visibly, on the new step's heading, and at the end on the
 * result's heading. `beforeNext(step)` may do more keyboard work on a step
 * once it is answered. Resolves to { steps, level }.
 */
export async function journeyByKeyboard(page, overrides, { beforeNext } = {}) {
  const steps = [];
  for (let guard = 0; guard < 10; guard++) {
    const now = await screen(page);
    if (now.levels.length > 0) {
      await expectHeadingFocus(page, { level: now.levels[0] }, { visible: true });
      return { steps, level: now.levels[0] };
    }
    const step = now.steps[0];
    steps.push(step);
    if (steps.length > 1) await expectHeadingFocus(page, { step }, { visible: true });
    let outcome = 'answered';
    for (const question of await questionsHere(page)) {
      outcome = await answerByKeyboard(page, question, answerFor(question, overrides));
      if (outcome === 'result') break;
    }
    if (outcome === 'result') continue;
    if (beforeNext) await beforeNext(step);
    await pressAction(page, 'next');
    await waitForNewScreen(page, step);
  }
  throw new Error(`no result after 10 steps: ${steps.join(' > ')}`);
}
