// Drives the self-check through its DOM contract only (the `data-*` attributes,
// input values and roles the README and the component tests use), never through
// class names, texts or asset file names, so the page may change its looks, its
// loader or move into a custom element's open shadow root without breaking the
// tests: every lookup in the page also searches open shadow roots.
import assert from 'node:assert/strict';
import { recordPage } from './browser.mjs';

export const LEVELS = ['emergency', 'doctor_today', 'doctor_soon', 'pharmacist', 'self_care'];

export const EMERGENCY_SIGNS = [
  'chest_pain',
  'stroke_signs',
  'heat_confusion',
  'dark_urine',
  'lockjaw',
  'breathing_swallowing',
  'cold_leg',
  'back_numb',
  'stiff_fever',
  'poison',
];

/**
 * The long checklists asked behind a yes/no gate (`fieldset[data-gate]`): No is "none of
 * these", Yes or Not sure shows the checklist (`fieldset[data-question]`).
 */
export const GATED = ['conditions', 'medications'];

/** The mild answer of each single-choice question; flags get `no`, checklists "none". */
const MILD_CHOICE = { duration: 'seconds', frequency: 'sometimes', age_band: '18_44' };

/**
 * One journey per level: the answers that differ from the mild ones. A flag or
 * single choice is the option's value; a checklist is the list of ticked ids
 * (`[]` ticks "None of these").
 */
export const JOURNEYS = {
  emergency: { chest_pain: 'yes' },
  doctor_today: { fever: 'yes' },
  doctor_soon: { walking_pain: 'yes' },
  pharmacist: { conditions: ['diabetes'] },
  self_care: {},
};

/** The steps each journey passes through before its result. */
export const JOURNEY_STEPS = {
  emergency: ['emergency'],
  doctor_today: ['emergency', 'red_flags', 'details', 'person'],
  doctor_soon: ['emergency', 'red_flags', 'details', 'person'],
  pharmacist: ['emergency', 'red_flags', 'details', 'person'],
  self_care: ['emergency', 'red_flags', 'details', 'person'],
};

const ANY_STEP = 'section[data-step]';
const ANY_LEVEL = 'section[data-level]';
const QUESTION = (q) => `${ANY_STEP} fieldset[data-question="${q}"]`;
const INPUT = (q, value) => `${QUESTION(q)} input[value="${value}"]`;
const GATE = (q) => `${ANY_STEP} fieldset[data-gate="${q}"]`;
const GATE_INPUT = (q, value) => `${GATE(q)} input[value="${value}"]`;
const ACTION = (a) => `[data-action="${a}"]`;

/**
 * Installed in every test page before its own scripts: lookups that also see
 * into open shadow roots, as `globalThis.__sc`. Tests read the page through
 * these (a round trip of a few ms) rather than Playwright locators, whose
 * actionability checks cost 50-100 ms a click and made a journey take seconds.
 */
function installLookups() {
  const all = (root, selector, out) => {
    out.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(el.shadowRoot, selector, out);
    return out;
  };
  const lookups = {
    all: (selector) => all(document, selector, []),
    one: (selector) => all(document, selector, [])[0] ?? null,
    /** The focused element, inside open shadow roots too (null: nothing focused). */
    active() {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return !el || el === document.body || el === document.documentElement ? null : el;
    },
    /** The element at a point, inside open shadow roots too. */
    at(x, y) {
      let el = document.elementFromPoint(x, y);
      while (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === el) break;
        el = inner;
      }
      return el;
    },
  };
  Object.defineProperty(globalThis, '__sc', { value: lookups, enumerable: false });
}

/** Prepares a browser context for these helpers (call before opening pages). */
export async function prepareContext(context) {
  await context.addInitScript(installLookups);
}

/**
 * Opens a fresh context and page, loads `/` and waits for the app to start.
 * Runs `body(page, context, log)`; afterwards the page must not have thrown or
 * logged an error. The context is closed in any case.
 */
export async function withApp(chromium, server, options, body) {
  const { lang, ...contextOptions } = options ?? {};
  const context = await chromium.newContext(contextOptions);
  try {
    await prepareContext(context);
    const page = await context.newPage();
    const log = recordPage(page);
    await openApp(page, server);
    if (lang) await setLanguage(page, lang);
    const result = await body(page, context, log);
    assert.deepEqual(
      { pageErrors: log.pageErrors, consoleErrors: log.consoleErrors.map((e) => e.text) },
      { pageErrors: [], consoleErrors: [] },
      'the page threw or logged errors',
    );
    return result;
  } finally {
    await context.close();
  }
}

/** Loads `/` and waits until the app has taken over the first step. */
export async function openApp(page, server) {
  const response = await page.goto(server.url('/'));
  assert.equal(response.status(), 200);
  await waitForApp(page);
}

/**
 * Waits until the app runs: its first step shows and the prerendered static step (the
 * page's first step before the app starts, marked `data-prerendered`) is gone.
 */
export async function waitForApp(page) {
  await waitForStep(page, 'emergency');
  await waitFor(
    () => page.evaluate(() => globalThis.__sc.all('[data-prerendered]').length === 0),
    'the app to take over the static first step',
  );
}

/**
 * With Playwright locators (`root` a Page, or a Locator for one widget among several): waits
 * until the app has taken over the prerendered first step, that is the first question is on
 * the page and no `[data-prerendered]` is left.
 */
export async function takenOver(root) {
  await root.locator('[data-question="chest_pain"]').first().waitFor();
  await root.locator('[data-prerendered]').first().waitFor({ state: 'detached' });
}

/** Polls `check` (async, truthy when done) every 20 ms for up to `timeout` ms. */
export async function waitFor(check, what, timeout = 5_000) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether an element matching `selector` is on the page and rendered. */
export async function isShown(page, selector) {
  return page.evaluate((selector) => {
    const el = globalThis.__sc.one(selector);
    return Boolean(el && el.getClientRects().length > 0);
  }, selector);
}

export async function waitForShown(page, selector, timeout) {
  await waitFor(() => isShown(page, selector), selector, timeout);
}

export async function waitForStep(page, step) {
  await waitForShown(page, `section[data-step="${step}"] fieldset[data-question]`);
}

export async function waitForLevel(page, level) {
  await waitForShown(page, `section[data-level="${level}"] h2`);
}

/** What is on screen now: { steps: [...data-step], levels: [...data-level], alert }. */
export async function screen(page) {
  return page.evaluate(
    ([steps, levels]) => ({
      steps: globalThis.__sc.all(steps).map((e) => e.dataset.step),
      levels: globalThis.__sc.all(levels).map((e) => e.dataset.level),
      alert: globalThis.__sc.all(`${steps} [role="alert"]`).length > 0,
    }),
    [ANY_STEP, ANY_LEVEL],
  );
}

/** Every ticked answer on the page as "question=value". */
export async function checkedAnswers(page) {
  return page.evaluate(() =>
    globalThis.__sc
      .all('fieldset[data-question] input')
      .filter((i) => i.checked)
      .map((i) => `${i.closest('fieldset').dataset.question}=${i.value}`),
  );
}

/**
 * The questions of the current step, in order: { id, kind, values, ticked }. A checklist
 * behind a gate is listed once, as its gate (kind `gate`, id the checklist's): answering it
 * (`answerByMouse`, `answerByKeyboard`) answers the gate and then, if needed, the checklist.
 */
export async function questionsHere(page) {
  return page.evaluate(
    ([selector, gated]) => {
      const sets = globalThis.__sc.all(selector);
      const gates = sets.map((set) => set.dataset.gate).filter(Boolean);
      return sets
        .filter((set) => set.dataset.gate || !(gated.includes(set.dataset.question) && gates.includes(set.dataset.question)))
        .map((set) => {
          const inputs = [...set.querySelectorAll('input')];
          let kind = inputs[0]?.type === 'checkbox' ? 'checklist' : 'radio';
          if (set.dataset.gate) kind = 'gate';
          return {
            id: set.dataset.gate ?? set.dataset.question,
            kind,
            values: inputs.map((i) => i.value),
            ticked: inputs.filter((i) => i.checked).map((i) => i.value),
          };
        });
    },
    [`${ANY_STEP} fieldset[data-question], ${ANY_STEP} fieldset[data-gate]`, GATED],
  );
}

/** The value ticked on the gate before the checklist `question` (null: none, or no gate). */
export async function gateChoice(page, question) {
  return page.evaluate(
    (selector) => globalThis.__sc.all(selector).find((i) => i.checked)?.value ?? null,
    `${GATE(question)} input`,
  );
}

/** What a checklist answer (`[]` or a list of ids) means for its gate: `no` or `yes`. */
export function gateFor(answer) {
  return answer.length === 0 ? 'no' : 'yes';
}

/** Switches the language with its button and waits for the step heading to change script. */
export async function setLanguage(page, lang) {
  await mouseClick(page, `button[data-lang="${lang}"]`);
  // Devanagari for Hindi, Latin for English: a real change of words, whatever they are.
  const script = lang === 'hi' ? /[\u0900-\u097F]/ : /^[^\u0900-\u097F]*$/;
  await waitFor(async () => script.test(await headingText(page)), `the heading in "${lang}"`);
}

/** The answer a journey gives to `question`: its override, or the mild answer. */
export function answerFor(question, overrides = {}) {
  if (question.id in overrides) return overrides[question.id];
  if (question.kind === 'checklist' || question.kind === 'gate') return [];
  if (question.values.includes('no')) return 'no';
  const choice = MILD_CHOICE[question.id];
  assert.ok(choice, `no mild answer known for "${question.id}" (${question.values.join(', ')})`);
  return choice;
}

/** For a checklist answer, the values whose boxes must end up ticked. */
export function boxesFor(answer) {
  return answer.length === 0 ? ['none'] : answer;
}

// ---------------------------------------------------------------- by mouse

/**
 * A real mouse click in the middle of the element: scrolled into view first,
 * and refused if the element is hidden or something else covers that point.
 */
export async function mouseClick(page, selector) {
  const point = await page.evaluate((selector) => {
    const el = globalThis.__sc.one(selector);
    if (!el) return { error: 'not on the page' };
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return { error: 'not shown' };
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = globalThis.__sc.at(x, y);
    const label = el.closest('label');
    if (!hit || !(el.contains(hit) || (label && label.contains(hit)))) {
      return { error: `covered by <${hit?.tagName.toLowerCase()} class="${hit?.className}">` };
    }
    return { x, y };
  }, selector);
  assert.ok(!point.error, `cannot click ${selector}: ${point.error}`);
  await page.mouse.click(point.x, point.y);
}

/** Clicks a button of the contract (`next`, `back`, `restart`, `review`). */
export async function clickAction(page, action) {
  await mouseClick(page, ACTION(action));
}

/** Whether the input `value` of `question` on the current step is ticked. */
async function isTicked(page, question, value) {
  return page.evaluate((selector) => globalThis.__sc.one(selector)?.checked ?? null, INPUT(question, value));
}

/**
 * Answers one question by clicking its inputs. Resolves when the answer shows
 * as ticked, or when a result replaced the step (an emergency answer). A
 * checklist behind a gate is answered through its gate: No for `[]`, else Yes
 * and then the boxes.
 */
export async function answerByMouse(page, question, answer) {
  const click = async (value, ticked) => {
    await mouseClick(page, INPUT(question, value));
    await waitFor(
      async () =>
        (await isTicked(page, question, value)) === ticked || (await screen(page)).levels.length > 0,
      `${question}=${value} ticked=${ticked}`,
    );
  };
  if (!Array.isArray(answer)) {
    if (!(await isTicked(page, question, answer))) await click(answer, true);
    return;
  }
  if (GATED.includes(question) && (await isShown(page, GATE(question)))) {
    const gate = gateFor(answer);
    const chosen = await gateChoice(page, question);
    // Yes or Not sure both show the list; No is the answer itself.
    if (gate === 'no' ? chosen !== 'no' : chosen !== 'yes' && chosen !== 'unsure') {
      await mouseClick(page, GATE_INPUT(question, gate));
      await waitFor(async () => (await gateChoice(page, question)) === gate, `the gate of ${question}: ${gate}`);
    }
    if (gate === 'no') return;
    await waitForShown(page, QUESTION(question));
  }
  const wanted = boxesFor(answer);
  for (const value of wanted) {
    if (!(await isTicked(page, question, value))) await click(value, true);
  }
  // Untick what is left from before (ticking "none" clears the others itself).
  const ticked = await page.evaluate(
    (selector) => globalThis.__sc.all(selector).filter((i) => i.checked).map((i) => i.value),
    `${QUESTION(question)} input`,
  );
  for (const value of ticked.filter((v) => !wanted.includes(v))) await click(value, false);
}

/**
 * Presses "no to the rest" by mouse and waits for the line that says what it
 * did. Resolves to how many signs it answered (the line's `data-rest-no-done`).
 */
export async function restNoByMouse(page) {
  await clickAction(page, 'rest-no');
  return waitFor(
    () => page.evaluate(() => Number(globalThis.__sc.one('[data-rest-no-done]')?.dataset.restNoDone ?? 0)),
    'the line of "no to the rest"',
  );
}

/** Whether the "What counts?" fold of `question` on the current step is open (null: none). */
export async function foldOpen(page, question) {
  return page.evaluate(
    (selector) => globalThis.__sc.one(selector)?.open ?? null,
    `${ANY_STEP} details[data-more="${question}"]`,
  );
}

/** The signs marked as answered by "no to the rest" on the current step. */
export async function restNoMarks(page) {
  return page.evaluate(
    (selector) => globalThis.__sc.all(selector).map((m) => m.closest('fieldset[data-question]').dataset.question),
    `${ANY_STEP} fieldset[data-question] [data-rest-no-mark]`,
  );
}

/**
 * Answers every question of the current step by mouse, with `overrides` or
 * mild answers. Resolves to 'result' if a result replaced the step on the way
 * (an emergency answer shows at once), else 'answered'.
 */
export async function answerStepByMouse(page, overrides = {}) {
  for (const question of await questionsHere(page)) {
    await answerByMouse(page, question.id, answerFor(question, overrides));
    if (question.id in overrides && (await screen(page)).levels.length > 0) return 'result';
  }
  return 'answered';
}

/** Waits until the step `from` has gone and another step or a result shows. */
export async function waitForNewScreen(page, from) {
  return waitFor(async () => {
    const now = await screen(page);
    if (now.levels.length > 0) return now;
    return now.steps.length === 1 && now.steps[0] !== from ? now : false;
  }, `the screen after "${from}"`);
}

/**
 * A whole journey by mouse from the first step: answers each step and clicks
 * Next until a result shows. Resolves to { steps, level }: the steps seen, in
 * order, and the level of the result.
 */
export async function journeyByMouse(page, overrides) {
  const steps = [];
  for (let guard = 0; guard < 10; guard++) {
    const now = await screen(page);
    if (now.levels.length > 0) return { steps, level: now.levels[0] };
    assert.equal(now.steps.length, 1, `one step on screen, found ${JSON.stringify(now)}`);
    const step = now.steps[0];
    steps.push(step);
    if ((await answerStepByMouse(page, overrides)) === 'result') continue;
    await clickAction(page, 'next');
    await waitForNewScreen(page, step);
  }
  throw new Error(`no result after 10 steps: ${steps.join(' > ')}`);
}

/**
 * The states the tour visits, in file-name order (12 to 14 are visited on the way, between
 * the others). `focus` says where focus is in a state that the person reached without a new
 * heading: on the line of "no to the rest", or on the answer just clicked.
 */
export const TOUR = [
  { name: '01-step-emergency', step: 'emergency' },
  { name: '02-step-emergency-unanswered', step: 'emergency', alert: true },
  { name: '03-step-red_flags', step: 'red_flags' },
  { name: '04-step-details', step: 'details' },
  { name: '05-step-chest_recheck', step: 'chest_recheck' },
  { name: '06-step-person', step: 'person' },
  { name: '07-result-emergency', level: 'emergency' },
  { name: '08-result-doctor_today', level: 'doctor_today' },
  { name: '09-result-doctor_soon', level: 'doctor_soon' },
  { name: '10-result-pharmacist', level: 'pharmacist' },
  { name: '11-result-self_care', level: 'self_care' },
  { name: '12-step-emergency-rest-no', step: 'emergency', focus: 'rest-no-done' },
  { name: '13-step-red_flags-unsure-open', step: 'red_flags', focus: 'answer' },
  { name: '14-step-person-gate-open', step: 'person', focus: 'answer' },
];
const TOUR_STATE = Object.fromEntries(TOUR.map((s) => [s.name.slice(3), s]));

/**
 * Walks once through every step, the unanswered-questions state and every
 * result, by mouse, going back and changing answers between the results. At
 * each state it checks that exactly that state is on screen and then awaits
 * `visit(state)`, with `state` one of TOUR. Resolves to the names visited.
 */
export async function tour(page, visit) {
  const visited = [];
  const at = async (key) => {
    const state = TOUR_STATE[key];
    if (state.step) await waitForStep(page, state.step);
    else await waitForLevel(page, state.level);
    if (state.alert) await waitForShown(page, `${ANY_STEP} [role="alert"]`);
    const now = await screen(page);
    assert.deepEqual(
      now,
      {
        steps: state.step ? [state.step] : [],
        levels: state.level ? [state.level] : [],
        alert: Boolean(state.alert),
      },
      `on screen at ${state.name}`,
    );
    visited.push(state.name);
    await visit(state);
  };
  const next = () => clickAction(page, 'next');
  const back = () => clickAction(page, 'back');

  await at('step-emergency');
  await next(); // nothing answered yet
  await at('step-emergency-unanswered');
  await answerByMouse(page, 'chest_pain', 'yes');
  await at('result-emergency');
  await clickAction(page, 'review');
  await waitForStep(page, 'emergency');
  await answerByMouse(page, 'chest_pain', 'no');
  await answerByMouse(page, 'lockjaw', 'unsure'); // "today", and its fold opens
  await waitFor(() => foldOpen(page, 'lockjaw'), 'the fold of "lockjaw" to open');
  assert.equal(await restNoByMouse(page), EMERGENCY_SIGNS.length - 2, 'no to the rest answers the 8 signs left');
  await at('step-emergency-rest-no');
  await answerByMouse(page, 'lockjaw', 'no');
  await next();
  await at('step-red_flags');
  await answerByMouse(page, 'wound', 'unsure');
  await waitFor(() => foldOpen(page, 'wound'), 'the fold of "wound" to open');
  await at('step-red_flags-unsure-open');
  await answerStepByMouse(page); // wound back to "no", the rest "no"
  await next();
  await at('step-details');
  await answerStepByMouse(page, { location: ['chest'] });
  await next();
  await at('step-chest_recheck');
  await answerStepByMouse(page);
  await next();
  await at('step-person');
  await mouseClick(page, GATE_INPUT('conditions', 'yes'));
  await waitForShown(page, QUESTION('conditions'));
  await at('step-person-gate-open');
  await answerStepByMouse(page); // conditions: the gate back to "no"
  await next();
  await at('result-doctor_today'); // spasms in the chest

  await back(); // person
  await waitForStep(page, 'person');
  await back(); // chest_recheck
  await waitForStep(page, 'chest_recheck');
  await back(); // details
  await waitForStep(page, 'details');
  await answerByMouse(page, 'location', []);
  await next(); // person: no chest re-check any more
  await waitForStep(page, 'person');
  await next();
  await at('result-self_care');

  await back();
  await waitForStep(page, 'person');
  await answerByMouse(page, 'conditions', ['diabetes']);
  await next();
  await at('result-pharmacist');

  await back();
  await waitForStep(page, 'person');
  await answerByMouse(page, 'conditions', []);
  await back();
  await waitForStep(page, 'details');
  await back();
  await waitForStep(page, 'red_flags');
  await answerByMouse(page, 'walking_pain', 'yes');
  for (const step of ['details', 'person']) {
    await next();
    await waitForStep(page, step);
  }
  await next();
  await at('result-doctor_soon');
  return visited;
}

// ------------------------------------------------------------ in the page

/**
 * Describes the focused element (inside open shadow roots too): where it is
 * in the contract and how its focus is drawn.
 */
export async function focused(page) {
  return page.evaluate(() => {
    const el = globalThis.__sc.active();
    if (!el) return { tag: 'BODY' };
    const style = getComputedStyle(el);
    const section = el.closest('section[data-step], section[data-level]');
    // The colour the outline is drawn on: the first background behind the
    // element's parent (the outline sits around the element, offset outwards).
    const rgba = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    let behind = [255, 255, 255];
    for (let p = el.parentElement ?? el.getRootNode().host; p; p = p.parentElement ?? p.getRootNode().host) {
      const [r, g, b, a = 1] = rgba(getComputedStyle(p).backgroundColor);
      if (a > 0.5) {
        behind = [r, g, b];
        break;
      }
    }
    const luminance = ([r, g, b]) => {
      const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const [l1, l2] = [luminance(rgba(style.outlineColor)), luminance(behind)].sort((a, b) => b - a);
    const path = [];
    for (let n = el; n && n.parentNode; n = n.parentNode.host ?? n.parentNode) {
      if (n.nodeType === Node.ELEMENT_NODE) path.unshift(`${n.tagName}:${[...n.parentNode.children].indexOf(n)}`);
    }
    return {
      path: path.join('/'),
      tag: el.tagName,
      type: el.type ?? null,
      value: el.value ?? null,
      checked: el.checked ?? null,
      question: el.closest('fieldset[data-question]')?.dataset.question ?? null,
      gate: el.closest('fieldset[data-gate]')?.dataset.gate ?? null,
      more: el.tagName === 'SUMMARY' ? el.closest('details[data-more]')?.dataset.more ?? null : null,
      restNoDone: el.hasAttribute('data-rest-no-done'),
      action: el.dataset.action ?? null,
      lang: el.dataset.lang ?? null,
      role: el.getAttribute('role'),
      heading: el.tagName === 'H2',
      step: section?.dataset.step ?? null,
      level: section?.dataset.level ?? null,
      text: (el.innerText ?? '').trim().slice(0, 60),
      focusVisible: el.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineContrast: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
      outlineOn: `rgb(${behind.join(', ')})`,
      boxShadow: style.boxShadow,
    };
  });
}

/**
 * Whether the described element draws its focus: a box shadow, or an outline
 * at least 2 px wide with 3:1 contrast against what it is drawn on (WCAG
 * 1.4.11: an indicator people cannot tell from its surroundings is no
 * indicator at all).
 */
export function drawsFocus(f) {
  const [style, width] = f.outline.split(' ');
  const outline =
    style !== 'none' && style !== 'hidden' && parseFloat(width) >= 2 && f.outlineContrast >= 3;
  return outline || Boolean(f.boxShadow && f.boxShadow !== 'none');
}

/** Why `drawsFocus(f)` is false, in words. */
export function focusLooks(f) {
  return (
    `:focus-visible ${f.focusVisible}, outline "${f.outline}" ` +
    `(contrast ${f.outlineContrast}:1 on ${f.outlineOn}), box-shadow "${f.boxShadow}"`
  );
}

/** A short name for a described element, for failure messages. */
export function nameOf(f) {
  if (f.tag === 'BODY') return 'nothing (body)';
  const where = (f.more && `"What counts?" of ${f.more}`) ?? f.question ?? (f.gate && `gate ${f.gate}`) ?? f.action ?? f.lang ?? f.step ?? f.level ?? '';
  return `${f.tag.toLowerCase()}${f.type ? `[${f.type}]` : ''}${f.value ? `=${f.value}` : ''} ${where} "${f.text}"`.trim();
}

/**
 * Waits until the heading of the new step or result has focus; with
 * `visible`, also that it matches :focus-visible and draws its focus.
 */
export async function expectHeadingFocus(page, where, { visible = false } = {}) {
  let last;
  try {
    await waitFor(async () => {
      last = await focused(page);
      return (
        last.heading &&
        (where.step ? last.step === where.step : last.level === where.level) &&
        (!visible || (last.focusVisible && drawsFocus(last)))
      );
    }, `focus on the heading of ${JSON.stringify(where)}`, 3_000);
  } catch {
    assert.fail(
      `focus should be on the h2 of ${JSON.stringify(where)}${visible ? ', visibly' : ''}; ` +
        `it is on ${last ? nameOf(last) : '?'}${last?.tag === 'BODY' ? '' : ` (${focusLooks(last)})`}`,
    );
  }
}

/** The text of the live region(s) (role="status"), whitespace collapsed. */
export async function liveRegionText(page) {
  const texts = await page.evaluate(() =>
    globalThis.__sc.all('[role="status"]').map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
  );
  assert.ok(texts.length > 0, 'a [role="status"] live region is on the page');
  return texts.join(' ');
}

/** The text of the heading of the step or result on screen. */
export async function headingText(page) {
  return page.evaluate(
    (selector) => (globalThis.__sc.one(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    `${ANY_STEP} h2, ${ANY_LEVEL} h2`,
  );
}
