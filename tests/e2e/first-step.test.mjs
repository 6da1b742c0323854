// The danger signs before the WebAssembly arrives (issue: a static first step the app takes
// over), against the built dist/ over HTTP in Chromium. The standalone page, embed.html and
// host pages carry the app's own first step, prerendered; these tests hold the .wasm back (or
// switch JavaScript off) to see that step on its own, then let the app take over.
//
// Contract: the static step's root carries `data-prerendered`; the app's does not. Everything
// else is the app's DOM contract (`data-step`, `data-question`, input values, `data-level`,
// `data-wait`, `data-alert`, `data-action`, `data-more`, `data-rest-no-done`,
// `data-rest-no-mark`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { EMERGENCY_SIGNS, takenOver } from './lib/app.mjs';
import { axeViolations } from './lib/audits.mjs';
import { saveScreenshot } from './lib/shots.mjs';

const STATIC = '[data-prerendered]';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// The signs for which "Not sure" is an emergency (the others give "today").
const UNSURE_EMERGENCY = ['chest_pain', 'stroke_signs', 'breathing_swallowing'];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page; `hold` keeps every request for a matching URL waiting. */
async function open(path, { hold = null, ...options } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = recordPage(page);
  let release = () => {};
  if (hold) {
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(hold, async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
  }
  if (path) await page.goto(server.url(path));
  return { context, page, log, release };
}

/** The static first step on show (inside shadow roots too). */
const shownStatic = (page) => page.locator(STATIC).filter({ visible: true });


/** The words and answers of the first step under `root`: what a person reads and ticks. */
function readStep(root) {
  return root.evaluate((el) => {
    const step = el.querySelector('section[data-step="emergency"]');
    const text = (n) => n?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      heading: text(step.querySelector('h2')),
      lang: step.closest('[lang]').getAttribute('lang'),
      questions: [...step.querySelectorAll('fieldset[data-question]')].map((f) => ({
        id: f.dataset.question,
        legend: text(f.querySelector('legend')),
        more: text(f.querySelector('details[data-more] > summary')) + ' / ' + text(f.querySelector('details[data-more] > p')),
        hint: text(document.getElementById(f.querySelector('input').getAttribute('aria-describedby')) ?? f.getRootNode().getElementById(f.querySelector('input').getAttribute('aria-describedby'))),
        answers: [...f.querySelectorAll('input')].map((i) => ({
          type: i.type,
          value: i.value,
          label: text(i.labels[0]),
          checked: i.checked,
        })),
      })),
    };
  });
}

test('before the WebAssembly arrives the first step is answerable; answers, focus and scroll carry over', async () => {
  const { context, page, log, release } = await open('/', { hold: '**/*.wasm', viewport: { width: 360, height: 800 } });
  const step = shownStatic(page);
  await step.locator('[data-question="chest_pain"]').waitFor();
  assert.equal(await page.locator('section[data-level]').filter({ visible: true }).count(), 0);
  for (const sign of EMERGENCY_SIGNS) {
    await step.locator(`[data-question="${sign}"] input[value="no"]`).click();
  }
  // The last answer keeps focus; the page is scrolled to it.
  const focusBefore = await page.evaluate(() => {
    const a = document.activeElement;
    return `${a.closest('fieldset')?.dataset.question}=${a.value}`;
  });
  assert.equal(focusBefore, 'poison=no');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  assert.ok(scrollBefore > 0, 'scrolled down to the last question');
  await saveScreenshot(page, 'first-step-static-answered');

  release();
  await takenOver(page);
  const app = await readStep(page.locator('.sc-root'));
  assert.deepEqual(
    app.questions.map((q) => `${q.id}=${q.answers.filter((a) => a.checked).map((a) => a.value)}`),
    EMERGENCY_SIGNS.map((s) => `${s}=no`),
    'every answer given before the app is kept',
  );
  assert.equal(
    await page.evaluate(() => `${document.activeElement.closest('fieldset')?.dataset.question}=${document.activeElement.value}`),
    focusBefore,
    'focus stays on the same answer',
  );
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'the page does not scroll');
  await page.locator('[data-action="next"]').click();
  await page.locator('section[data-step="red_flags"] [data-question]').first().waitFor();
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a danger sign ticked before the app shows the emergency result at once, and again when the app runs', async () => {
  const { context, page, release } = await open('/', { hold: '**/*.wasm' });
  const step = shownStatic(page);
  await step.locator('[data-question="stroke_signs"] input[value="yes"]').click();
  const result = step.locator('section[data-level="emergency"]');
  assert.ok(await result.isVisible(), 'the emergency result shows');
  assert.ok(await result.locator('a[href="tel:112"]').isVisible());
  assert.ok(await step.locator('[data-question="stroke_signs"] [data-alert="stroke_signs"]').isVisible());
  await saveScreenshot(page, 'first-step-static-emergency');
  release();
  await takenOver(page); // the app shows its emergency screen, not the step
  const appResult = page.locator('section[data-level="emergency"]');
  await appResult.waitFor();
  assert.ok(await appResult.locator('[data-wait="stroke_signs"]').isVisible(), 'what to do for a stroke');
  await context.close();
});

test('without JavaScript every danger sign shows the emergency result, and Next says why it cannot go on', async () => {
  for (const path of ['/', '/embed.html']) {
    const { context, page } = await open(path, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const step = shownStatic(page);
    assert.equal(await step.count(), 1, `${path}: one first step shows`);
    assert.equal(await step.getAttribute('lang'), 'en');
    const result = step.locator('section[data-level="emergency"]');
    assert.equal(await result.isVisible(), false, 'no emergency before an answer');
    const signs = path === '/' ? EMERGENCY_SIGNS : ['chest_pain'];
    for (const sign of signs) {
      for (const value of ['yes', 'unsure']) {
        await step.locator(`[data-question="${sign}"] input[value="${value}"]`).click();
        const emergency = value === 'yes' || UNSURE_EMERGENCY.includes(sign);
        assert.equal(await result.isVisible(), emergency, `${path}: ${sign}=${value}`);
        if (emergency) {
          for (const n of ['112', '108']) assert.ok(await result.locator(`a[href="tel:${n}"]`).isVisible());
          assert.ok(await step.locator(`[data-alert="${sign}"]`).isVisible(), `${sign}: the alert under the sign`);
        }
      }
      if (sign === 'poison') await saveScreenshot(page, 'first-step-no-js-emergency');
      await step.locator(`[data-question="${sign}"] input[value="no"]`).click();
      assert.equal(await result.isVisible(), false, `${path}: ${sign}=no`);
    }
    // "No to the rest" needs the loader: without JavaScript it is not shown. The folds are
    // native disclosures: they open without it.
    assert.equal(await step.locator('[data-action="rest-no"]').count(), 1);
    assert.equal(await step.locator('[data-action="rest-no"]').isVisible(), false, `${path}: no "no to the rest"`);
    await step.locator('details[data-more="lockjaw"] > summary').click();
    assert.ok(await step.locator('details[data-more="lockjaw"] > p').isVisible(), `${path}: a fold opens`);
    // Next: the app's button is not there; its stand-in says that the rest needs JavaScript.
    assert.equal(await step.locator('[data-action="next"]').isVisible(), false);
    const next = step.locator('.sc-nojs-next');
    await next.locator('summary').click();
    assert.match(await next.locator('p').innerText(), /JavaScript/);
    await saveScreenshot(page, `first-step-no-js${path === '/' ? '' : '-embed'}`);
    await context.close();
  }
});

test('the first step is in the browser\'s language before and after the app starts', async () => {
  for (const [locale, lang] of [['hi-IN', 'hi'], ['en-IN', 'en']]) {
    for (const path of ['/', '/embed.html']) {
      const { context, page, release } = await open(path, { hold: '**/*.wasm', locale });
      // (The page carries English; another language's step replaces it as soon as it is here.)
      const step = page.locator(`${STATIC}[lang="${lang}"]`).filter({ visible: true });
      await step.locator('[data-question="chest_pain"]').waitFor();
      assert.equal(await shownStatic(page).count(), 1, `${path} ${locale}: one step shows`);
      if (lang === 'hi') assert.match(await step.locator('section[data-step] h2').innerText(), /[\u0900-\u097F]/);
      release();
      await takenOver(page);
      assert.equal(
        await page.locator('section[data-step="emergency"]').evaluate((s) => s.closest('[lang]').lang),
        lang,
        `${path} ${locale}: after`,
      );
      await context.close();
    }
  }
  // embed.html?lang= and a host's lang attribute win over the browser.
  const { context, page } = await open('/embed.html?lang=hi', { locale: 'en-IN' });
  await takenOver(page);
  assert.equal(await page.locator('section[data-step="emergency"]').evaluate((s) => s.closest('[lang]').lang), 'hi');
  await context.close();
});

test('the static step is the app\'s first step, word for word, in every language', async () => {
  for (const locale of ['en-IN', 'hi-IN']) {
    const { context, page, release } = await open('/', { hold: '**/*.wasm', locale });
    // The browser's language's step (the page carries English; Hindi's replaces it).
    const shown = page.locator(`${STATIC}[lang="${locale.slice(0, 2)}"]`).filter({ visible: true });
    await shown.locator('[data-question="chest_pain"]').waitFor();
    const before = await readStep(shown);
    release();
    await takenOver(page);
    const after = await readStep(page.locator('.sc-root'));
    assert.equal(before.questions.length, EMERGENCY_SIGNS.length);
    assert.deepEqual(after, before, `${locale}: same questions, order, values, labels and hints`);
    await context.close();
  }
});

test('nothing moves when the app takes over (no layout shift)', async () => {
  for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 800 }]) {
    const { context, page, release } = await open(null, { hold: '**/*.wasm', viewport });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url('/'));
    const step = shownStatic(page);
    await step.locator('[data-question="poison"]').waitFor();
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('section[data-step] fieldset, [data-action="next"]')]
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0)
      .map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')));
    const before = await boxes();
    release();
    await takenOver(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await boxes(), before, `${viewport.width}px: every question and Next stay where they were`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${viewport.width}px: no layout shift`);
    await context.close();
  }
});

/** What is where on the first step (static or the app's): each box that can move, rounded. */
const layout = (page) => page.evaluate(() => [...document.querySelectorAll(
  'section[data-step] fieldset, section[data-step] details, [data-action="next"], [data-action="rest-no"], [data-rest-no-done], [data-rest-no-mark]',
)].map((e) => [e.dataset.question ?? e.dataset.more ?? e.dataset.action ?? e.tagName, e.getBoundingClientRect()])
  .filter(([, r]) => r.width > 0)
  .map(([what, r]) => `${what} ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')}`));

/**
 * A page whose layout shifts are recorded, with the .wasm held back. The person's own taps
 * move things (a fold opens), so `shiftsSince(page, mark)` counts only what moved after
 * `mark(page)` (taken just before the app is let in), whatever input came before.
 */
async function openRecordingShifts(viewport) {
  const opened = await open(null, { hold: '**/*.wasm', viewport });
  await opened.page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      // As CLS counts them: a shift within 500 ms of the person's own tap is theirs (a fold
      // they opened), not the page's.
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push([e.startTime, e.value]);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await opened.page.goto(server.url('/'));
  return opened;
}
const mark = (page) => page.evaluate(() => performance.now());
const shiftsSince = (page, since) =>
  page.evaluate((since) => window.__shifts.filter(([t]) => t >= since).map(([, v]) => v), since);

/** Where focus is on the standalone page: `data-...` of the focused element and its fold. */
const focusedThing = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return {
    tag: a.tagName,
    more: a.closest('details[data-more]')?.dataset.more ?? null,
    restNoDone: a.getAttribute('data-rest-no-done'),
    role: a.getAttribute('role'),
  };
});

test('before the app, "no to the rest" works through the loader; the app takes over its answers, marks, line and focus, and nothing moves', async () => {
  for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 800 }]) {
    const { context, page, log, release } = await openRecordingShifts(viewport);
    const step = shownStatic(page);
    const button = step.locator('[data-action="rest-no"]');
    await button.waitFor();
    assert.match(await button.innerText(), /\b10\b/, 'it counts the 10 signs');
    await step.locator('[data-question="chest_pain"] input[value="no"]').click();
    // Not sure where that is not an emergency: the loader opens the fold, as the app would.
    await step.locator('[data-question="lockjaw"] input[value="unsure"]').click();
    assert.ok(await step.locator('details[data-more="lockjaw"]').evaluate((d) => d.open), 'the fold opens by itself');
    await step.locator('[data-question="poison"] input[value="yes"]').click();
    await step.locator('[data-question="poison"] input[value="no"]').click();
    assert.equal(await step.locator('details[data-more="poison"]').evaluate((d) => d.open), false, 'Yes on a danger sign ends the check: no fold');
    // A fold opened by the person.
    await step.locator('details[data-more="cold_leg"] > summary').click();
    assert.match(await button.innerText(), /\b7\b/, 'it counts the signs still unanswered');
    await button.click();
    const answered = () => page.evaluate(() => [...document.querySelectorAll('section[data-step] fieldset[data-question]')]
      .map((f) => `${f.dataset.question}=${f.querySelector('input:checked')?.value ?? ''}${f.querySelector('[data-rest-no-mark]') ? ' (marked)' : ''}`));
    const before = await answered();
    assert.deepEqual(before, [
      'chest_pain=no', 'stroke_signs=no (marked)', 'heat_confusion=no (marked)', 'dark_urine=no (marked)',
      'lockjaw=unsure', 'breathing_swallowing=no (marked)', 'cold_leg=no (marked)', 'back_numb=no (marked)',
      'stiff_fever=no (marked)', 'poison=no',
    ], 'No only for the signs left, each marked');
    assert.equal(await button.isVisible(), false, 'nothing is left for it');
    const done = step.locator('[data-rest-no-done]');
    assert.ok(await done.isVisible(), 'the line says what it did');
    assert.match(await done.innerText(), /\b7\b/);
    assert.deepEqual(await focusedThing(page), { tag: 'P', more: null, restNoDone: '7', role: 'status' }, 'the line holds focus');
    if (viewport.width === 360) await saveScreenshot(page, 'first-step-static-rest-no');
    const boxes = await layout(page);
    const scroll = await page.evaluate(() => window.scrollY);
    const released = await mark(page);
    release();
    await takenOver(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await answered(), before, `${viewport.width}px: the answers and marks carry over`);
    assert.ok(await page.locator('[data-rest-no-done="7"]').isVisible(), 'so does the line');
    assert.equal(await page.locator('[data-action="rest-no"]').count(), 0);
    assert.deepEqual(await focusedThing(page), { tag: 'P', more: null, restNoDone: '7', role: 'status' }, 'and its focus');
    for (const [q, open] of [['lockjaw', true], ['cold_leg', true], ['poison', false], ['chest_pain', false]]) {
      assert.equal(await page.locator(`details[data-more="${q}"]`).evaluate((d) => d.open), open, `the fold of ${q}`);
    }
    assert.deepEqual(await layout(page), boxes, `${viewport.width}px: nothing moves`);
    assert.equal(await page.evaluate(() => window.scrollY), scroll, 'the page does not scroll');
    assert.deepEqual(await shiftsSince(page, released), [], `${viewport.width}px: no layout shift`);
    // The app goes on from there: a marked sign can be changed, and its mark goes.
    await page.locator('[data-question="stroke_signs"] input[value="unsure"]').click();
    await page.locator('section[data-level="emergency"]').waitFor();
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

test('a fold opened on the static step stays open when the app takes over, its summary keeps focus, and nothing moves', async () => {
  for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 800 }]) {
    const { context, page, release } = await openRecordingShifts(viewport);
    const step = shownStatic(page);
    await step.locator('[data-question="poison"]').waitFor();
    // By keyboard: Tab to the last sign's "What counts?" and open it with Enter.
    await step.locator('[data-question="poison"] input[value="no"]').focus();
    await page.keyboard.press('Shift+Tab');
    assert.deepEqual(await focusedThing(page), { tag: 'SUMMARY', more: 'poison', restNoDone: null, role: null });
    await page.keyboard.press('Enter');
    assert.ok(await step.locator('details[data-more="poison"] > p').isVisible(), 'it opens');
    if (viewport.width === 360) await saveScreenshot(page, 'first-step-static-fold-open');
    const boxes = await layout(page);
    const released = await mark(page);
    release();
    await takenOver(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.ok(await page.locator('details[data-more="poison"] > p').isVisible(), `${viewport.width}px: still open`);
    assert.deepEqual(await focusedThing(page), { tag: 'SUMMARY', more: 'poison', restNoDone: null, role: null }, 'focus stays on it');
    assert.deepEqual(await layout(page), boxes, `${viewport.width}px: nothing moves`);
    assert.deepEqual(await shiftsSince(page, released), [], `${viewport.width}px: no layout shift`);
    // And Space closes it in the app, as on the static step.
    await page.keyboard.press('Space');
    assert.equal(await page.locator('details[data-more="poison"]').evaluate((d) => d.open), false);
    await context.close();
  }
});

test('focus on "no to the rest" (not pressed) stays on it when the app takes over', async () => {
  const { context, page, release } = await open('/', { hold: '**/*.wasm' });
  const step = shownStatic(page);
  await step.locator('[data-question="chest_pain"] input[value="no"]').click();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.dataset.action === 'rest-no')); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'rest-no', 'Tab reaches it');
  release();
  await takenOver(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'rest-no', 'focus stays on it');
  assert.match(await page.locator('[data-action="rest-no"]').innerText(), /\b9\b/, 'it counts the 9 signs left');
  await context.close();
});

test('axe finds nothing on the static first step (English and Hindi, light and dark)', async () => {
  for (const [locale, colorScheme] of [['en-IN', 'light'], ['en-IN', 'dark'], ['hi-IN', 'light']]) {
    const { context, page } = await open('/', { hold: '**/*.wasm', locale, colorScheme, viewport: { width: 360, height: 800 } });
    await shownStatic(page).locator('[data-question="chest_pain"]').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${locale} ${colorScheme}`);
    // With a fold open, Not sure chosen and "no to the rest" used.
    await shownStatic(page).locator('[data-question="lockjaw"] input[value="unsure"]').click();
    await shownStatic(page).locator('details[data-more="poison"] > summary').click();
    await shownStatic(page).locator('[data-action="rest-no"]').click();
    assert.deepEqual(await axeViolations(page), [], `${locale} ${colorScheme}, no to the rest`);
    // With a danger sign ticked too (the emergency result and the alert under the sign).
    await shownStatic(page).locator('[data-question="chest_pain"] input[value="yes"]').click();
    assert.deepEqual(await axeViolations(page), [], `${locale} ${colorScheme}, emergency`);
    await context.close();
  }
});

test('Next before the app has started says it is loading and counts once the app runs; if the app cannot start, it says so', async () => {
  const held = await open('/', { hold: '**/*.wasm' });
  for (const sign of EMERGENCY_SIGNS) {
    await shownStatic(held.page).locator(`[data-question="${sign}"] input[value="no"]`).click();
  }
  await shownStatic(held.page).locator('[data-action="next"]').click();
  assert.ok(await held.page.locator('[data-static-note="loading"]').filter({ visible: true }).count());
  held.release();
  // The app goes on to the next step by itself: the press was not lost.
  await held.page.locator('section[data-step="red_flags"] [data-question]').first().waitFor();
  assert.equal(await held.page.locator('[data-prerendered]').count(), 0);
  await held.context.close();

  const { context, page } = await open(null);
  await context.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url('/'));
  await page.locator(`${STATIC}[data-failed]`).filter({ visible: true }).waitFor();
  await shownStatic(page).locator('[data-action="next"]').click();
  assert.ok(await page.locator('[data-static-note="failed"]').filter({ visible: true }).count());
  // The danger signs still work.
  await shownStatic(page).locator('[data-question="lockjaw"] input[value="yes"]').click();
  assert.ok(await shownStatic(page).locator('section[data-level="emergency"]').isVisible());
  await context.close();
});

// A host page made up for one test, served from the widget's own origin, with the strict CSP.
async function hostPage(page, name, { html = 'en', body, head = '' }) {
  const path = `/examples/test-first-${name}.html`;
  await page.route(`**${path}`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="${html}"><head><meta charset="utf-8">${head}
      <script type="module" src="../spasm-check.js"></script></head><body>${body}</body></html>`,
  }));
  await page.goto(server.url(path));
}

test('on a host page the loader puts the first step into the shadow root at once; the app takes it over', async () => {
  const { context, page, release } = await open(null, { hold: '**/*.wasm' });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await hostPage(page, 'hi', { html: 'hi', body: '<p>Host text</p><spasm-check></spasm-check>' });
  const widget = page.locator('spasm-check');
  const step = widget.locator(STATIC).filter({ visible: true });
  await step.locator('[data-question="chest_pain"]').waitFor();
  assert.equal(await step.getAttribute('lang'), 'hi', 'the page\'s <html lang> counts on a host page');
  assert.equal(await page.evaluate(() => !!document.querySelector('spasm-check').shadowRoot.querySelector('[data-prerendered]')), true);
  await step.locator('[data-question="chest_pain"] input[value="no"]').click();
  release();
  await takenOver(widget);
  assert.ok(await widget.locator('[data-question="chest_pain"] input[value="no"]').isChecked(), 'the answer is kept');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('on a host page the loader fetches the app\'s glue and WebAssembly side by side (no waterfall)', async () => {
  // The glue is held back: the .wasm is requested all the same, before the glue arrives.
  const { context, page, log, release } = await open(null, { hold: '**/spasm-check-app.js' });
  await hostPage(page, 'parallel', { body: '<spasm-check></spasm-check>' });
  const wasm = () => log.requests.some((r) => r.url.endsWith('.wasm'));
  for (let i = 0; i < 100 && !wasm(); i += 1) await page.waitForTimeout(50);
  assert.ok(wasm(), 'the .wasm is requested while the glue is still loading');
  release();
  await takenOver(page.locator('spasm-check'));
  await context.close();
});
