// Journeys through the built page as a person makes them: one to each level
// by mouse and one by keyboard alone; "What counts?" folds, "no to the rest" and
// the gates before the long checklists, by keyboard and by mouse; going back and
// changing answers; the emergency screen at once; restart and reload leave
// nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import {
  EMERGENCY_SIGNS,
  JOURNEYS,
  JOURNEY_STEPS,
  LEVELS,
  GATED,
  answerByMouse,
  answerFor,
  answerStepByMouse,
  checkedAnswers,
  clickAction,
  expectHeadingFocus,
  focused,
  foldOpen,
  gateChoice,
  questionsHere,
  restNoByMouse,
  restNoMarks,
  journeyByMouse,
  liveRegionText,
  headingText,
  screen,
  waitForApp,
  waitForLevel,
  waitFor,
  waitForStep,
  withApp,
} from './lib/app.mjs';
import { answerByKeyboard, journeyByKeyboard, pressAction, tabTo, toggleFoldByKeyboard } from './lib/keyboard.mjs';

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

/** The result on screen is `level`, its heading has focus and the live region says it. */
async function expectResult(page, level) {
  assert.deepEqual(await screen(page), { steps: [], levels: [level], alert: false });
  await expectHeadingFocus(page, { level });
  const heading = await headingText(page);
  assert.ok(heading.length > 0, 'the result has a heading');
  assert.ok(
    (await liveRegionText(page)).includes(heading),
    `the live region announces "${heading}", it says "${await liveRegionText(page)}"`,
  );
}

for (const level of LEVELS) {
  test(`by mouse: a complete journey to ${level}`, async () => {
    await withApp(chromium, server, {}, async (page) => {
      const journey = await journeyByMouse(page, JOURNEYS[level]);
      assert.deepEqual(journey, { steps: JOURNEY_STEPS[level], level });
      await expectResult(page, level);
    });
  });
}

/**
 * The keyboard journey to doctor_today answers "fever" like the others first,
 * then goes back up with Shift+Tab and changes it to "yes" with the arrow keys,
 * as a person correcting an answer would.
 */
const KEYBOARD_CHANGES = {
  doctor_today: {
    overrides: {},
    async beforeNext(page, step) {
      if (step !== 'red_flags') return;
      const fever = { id: 'fever', kind: 'radio', values: ['yes', 'no', 'unsure'] };
      await answerByKeyboard(page, fever, 'yes', { backwards: true });
    },
  },
};

for (const level of LEVELS) {
  test(`by keyboard alone: a complete journey to ${level}`, async () => {
    await withApp(chromium, server, {}, async (page) => {
      const change = KEYBOARD_CHANGES[level];
      const journey = await journeyByKeyboard(page, change?.overrides ?? JOURNEYS[level], {
        beforeNext: change && ((step) => change.beforeNext(page, step)),
      });
      assert.deepEqual(journey, { steps: JOURNEY_STEPS[level], level });
      await expectResult(page, level);
      // And on to a fresh start, still by keyboard: focus on the first heading.
      await pressAction(page, 'restart');
      await waitForStep(page, 'emergency');
      await expectHeadingFocus(page, { step: 'emergency' }, { visible: true });
      assert.deepEqual(await checkedAnswers(page), [], 'restart leaves no answers');
    });
  });
}

test('every emergency sign answered "yes" shows the emergency screen at once', async () => {
  await withApp(chromium, server, {}, async (page) => {
    for (const sign of EMERGENCY_SIGNS) {
      await answerByMouse(page, sign, 'yes');
      // No Next: the answer alone brings the emergency screen.
      await waitForLevel(page, 'emergency');
      await expectResult(page, 'emergency');
      // Go back to change it; the answers so far are kept.
      await clickAction(page, 'review');
      await waitForStep(page, 'emergency');
      assert.ok((await checkedAnswers(page)).includes(`${sign}=yes`), `${sign}=yes is kept for review`);
      await answerByMouse(page, sign, 'no');
      assert.deepEqual((await screen(page)).levels, [], `${sign}=no: no emergency screen`);
    }
    assert.equal((await checkedAnswers(page)).length, EMERGENCY_SIGNS.length);
  });
});

test('chest spasms ask about chest pain again, and "yes" there is an emergency at once', async () => {
  await withApp(chromium, server, {}, async (page) => {
    for (const step of ['emergency', 'red_flags']) {
      await waitForStep(page, step);
      await answerStepByMouse(page);
      await clickAction(page, 'next');
    }
    await waitForStep(page, 'details');
    await answerStepByMouse(page, { location: ['calf', 'chest'] });
    await clickAction(page, 'next');
    await waitForStep(page, 'chest_recheck');
    await expectHeadingFocus(page, { step: 'chest_recheck' });
    assert.deepEqual(
      (await checkedAnswers(page)).filter((a) => a.startsWith('chest_pain=')),
      [],
      'the question is asked afresh',
    );
    await clickAction(page, 'next');
    assert.deepEqual(await screen(page), { steps: ['chest_recheck'], levels: [], alert: true }, 'it must be answered');
    await answerByMouse(page, 'chest_pain', 'yes');
    await waitForLevel(page, 'emergency');
    await expectResult(page, 'emergency');
  });
});

test('going back and changing answers updates the result', async () => {
  await withApp(chromium, server, {}, async (page) => {
    assert.equal((await journeyByMouse(page, {})).level, 'self_care');
    // Back from the result to the person's step: a condition makes it "pharmacist".
    await clickAction(page, 'back');
    await waitForStep(page, 'person');
    await answerByMouse(page, 'conditions', ['diabetes']);
    await clickAction(page, 'next');
    await waitForLevel(page, 'pharmacist');
    await expectResult(page, 'pharmacist');
    // Further back to the warning signs: a fever makes it "doctor_today".
    for (const step of ['person', 'details', 'red_flags']) {
      await clickAction(page, 'back');
      await waitForStep(page, step);
    }
    await answerByMouse(page, 'fever', 'yes');
    for (const step of ['details', 'person']) {
      await clickAction(page, 'next');
      await waitForStep(page, step);
    }
    await clickAction(page, 'next');
    await waitForLevel(page, 'doctor_today');
    await expectResult(page, 'doctor_today');
    // Undo both: back to "self_care".
    await clickAction(page, 'back');
    await waitForStep(page, 'person');
    await answerByMouse(page, 'conditions', []);
    for (const step of ['details', 'red_flags']) {
      await clickAction(page, 'back');
      await waitForStep(page, step);
    }
    await answerByMouse(page, 'fever', 'no');
    for (const step of ['details', 'person']) {
      await clickAction(page, 'next');
      await waitForStep(page, step);
    }
    await clickAction(page, 'next');
    await waitForLevel(page, 'self_care');
    await expectResult(page, 'self_care');
  });
});

/** Walks the mild journey and checks that no step starts with anything ticked. */
async function expectFreshJourney(page) {
  for (const step of ['emergency', 'red_flags', 'details', 'person']) {
    await waitForStep(page, step);
    assert.deepEqual(await checkedAnswers(page), [], `nothing is ticked on "${step}"`);
    await answerStepByMouse(page);
    await clickAction(page, 'next');
  }
  await waitForLevel(page, 'self_care');
}

test('restart leaves no answers behind', async () => {
  await withApp(chromium, server, {}, async (page) => {
    assert.equal((await journeyByMouse(page, JOURNEYS.pharmacist)).level, 'pharmacist');
    await clickAction(page, 'restart');
    await waitForStep(page, 'emergency');
    await expectHeadingFocus(page, { step: 'emergency' });
    await expectFreshJourney(page);
    // From the emergency screen too: nothing ticked, and Next finds every
    // question unanswered.
    await clickAction(page, 'restart');
    await waitForStep(page, 'emergency');
    await answerStepByMouse(page, { lockjaw: 'yes' });
    await waitForLevel(page, 'emergency');
    await clickAction(page, 'restart');
    await expectNothingAnswered(page);
  });
});

/** On the first step, nothing is ticked and Next finds every question unanswered. */
async function expectNothingAnswered(page) {
  await waitForStep(page, 'emergency');
  assert.deepEqual(await checkedAnswers(page), []);
  await clickAction(page, 'next');
  await waitFor(async () => (await screen(page)).alert, 'the unanswered-questions summary');
  assert.deepEqual(await screen(page), { steps: ['emergency'], levels: [], alert: true });
}

test('a reload leaves no answers behind', async () => {
  await withApp(chromium, server, {}, async (page) => {
    // From a result...
    assert.equal((await journeyByMouse(page, JOURNEYS.doctor_soon)).level, 'doctor_soon');
    await page.reload();
    await waitForApp(page);
    await expectFreshJourney(page);
    // ...and half-way through.
    await clickAction(page, 'back');
    for (const step of ['person', 'details']) {
      await waitForStep(page, step);
      await clickAction(page, 'back');
    }
    await waitForStep(page, 'red_flags');
    await page.reload();
    await waitForApp(page);
    await expectNothingAnswered(page);
  });
});

const flag = (id) => ({ id, kind: 'radio', values: ['yes', 'no', 'unsure'] });

test('by keyboard alone: folds open and close, "no to the rest" answers the signs left, gates show their lists', async () => {
  await withApp(chromium, server, {}, async (page) => {
    // A fold: Enter on its summary opens it, Space closes it; focus stays on the summary.
    assert.equal(await foldOpen(page, 'chest_pain'), false);
    assert.equal(await toggleFoldByKeyboard(page, 'chest_pain', 'Enter'), true);
    assert.equal((await focused(page)).more, 'chest_pain');
    assert.equal(await toggleFoldByKeyboard(page, 'chest_pain', 'Space'), false);
    // Not sure on a sign where that is not an emergency opens its fold by itself.
    await answerByKeyboard(page, flag('chest_pain'), 'no');
    await answerByKeyboard(page, flag('lockjaw'), 'unsure');
    await waitFor(() => foldOpen(page, 'lockjaw'), 'the fold of "lockjaw" to open by itself');
    // No to the rest, by keyboard: the 8 signs left; the line that says so takes focus.
    await pressAction(page, 'rest-no');
    const done = await waitFor(async () => {
      const f = await focused(page);
      return f.restNoDone ? f : false;
    }, 'focus on the line of "no to the rest"');
    assert.equal(done.role, 'status');
    assert.match(done.text, /8/);
    assert.deepEqual(await screen(page), { steps: ['emergency'], levels: [], alert: false });
    const answers = await checkedAnswers(page);
    assert.equal(answers.length, EMERGENCY_SIGNS.length, 'every sign answered');
    assert.ok(answers.includes('lockjaw=unsure'), 'Not sure stays');
    assert.equal((await restNoMarks(page)).length, 8);
    await pressAction(page, 'next');
    await waitForStep(page, 'red_flags');
    await expectHeadingFocus(page, { step: 'red_flags' }, { visible: true });
    // On the warning signs: Yes opens the fold; no to the rest with Space; Yes stays.
    await answerByKeyboard(page, flag('swelling_redness'), 'no');
    await answerByKeyboard(page, flag('cant_move'), 'yes');
    await waitFor(() => foldOpen(page, 'cant_move'), 'the fold of "cant_move" to open by itself');
    await tabTo(page, (f) => f.action === 'rest-no', 'no to the rest');
    await page.keyboard.press('Space');
    await waitFor(async () => (await focused(page)).restNoDone, 'focus on the line of "no to the rest"');
    assert.ok((await checkedAnswers(page)).includes('cant_move=yes'), 'Yes stays');
    await pressAction(page, 'next');
    await waitForStep(page, 'details');
    await expectHeadingFocus(page, { step: 'details' }, { visible: true });
    for (const question of await questionsHere(page)) {
      await answerByKeyboard(page, question, answerFor(question));
    }
    await pressAction(page, 'next');
    await waitForStep(page, 'person');
    // The gates: Yes shows the list (ticked by Space), No is "none of these".
    for (const question of await questionsHere(page)) {
      const answer = question.id === 'conditions' ? ['diabetes'] : answerFor(question);
      await answerByKeyboard(page, question, answer);
    }
    assert.equal(await gateChoice(page, 'conditions'), 'yes');
    assert.equal(await gateChoice(page, 'medications'), 'no');
    assert.ok((await checkedAnswers(page)).includes('conditions=diabetes'));
    await pressAction(page, 'next');
    await waitForLevel(page, 'doctor_today');
    await expectResult(page, 'doctor_today');
  });
});

test('by mouse: no to the rest on both sign steps and the gates, to self-care in few taps', async () => {
  await withApp(chromium, server, {}, async (page) => {
    assert.equal(await restNoByMouse(page), EMERGENCY_SIGNS.length);
    assert.deepEqual(await restNoMarks(page), EMERGENCY_SIGNS, 'each sign answered by it is marked');
    assert.equal(await page.evaluate(() => globalThis.__sc.one('[data-action="rest-no"]')), null, 'nothing is left for it');
    // A marked sign can still be changed; its mark goes.
    await answerByMouse(page, 'poison', 'unsure');
    await waitFor(() => foldOpen(page, 'poison'), 'the fold of "poison" to open by itself');
    assert.ok(!(await restNoMarks(page)).includes('poison'));
    await answerByMouse(page, 'poison', 'no');
    await clickAction(page, 'next');
    await waitForStep(page, 'red_flags');
    const signs = (await questionsHere(page)).length;
    assert.equal(await restNoByMouse(page), signs);
    await clickAction(page, 'next');
    await waitForStep(page, 'details');
    await answerStepByMouse(page);
    await clickAction(page, 'next');
    await waitForStep(page, 'person');
    for (const q of GATED) {
      assert.equal(
        await page.evaluate((q) => globalThis.__sc.one(`fieldset[data-question="${q}"]`), q),
        null,
        `${q}: the list waits for its gate`,
      );
    }
    await answerStepByMouse(page);
    await clickAction(page, 'next');
    await waitForLevel(page, 'self_care');
    await expectResult(page, 'self_care');
    // Back: the gates show No, from the answers ("none of these").
    await clickAction(page, 'back');
    await waitForStep(page, 'person');
    for (const q of GATED) assert.equal(await gateChoice(page, q), 'no', `${q} after Back`);
  });
});
