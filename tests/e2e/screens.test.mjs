// Every screen (each step, the unanswered-questions state, each result, and on the way a
// sign's fold opened by Not sure, "no to the rest" used and a gate's list shown) at
// phone and desktop width, light and dark, English and Hindi: a screenshot for
// a person to look at (see the README), and the accessibility checks: axe-core
// with the WCAG 2.0/2.1/2.2 A and AA rules, a name for every control, focus on
// each new heading, every Tab stop visibly focused, the result in the live
// region. Then, at 320 px and at 200% zoom: nothing cut off or sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import {
  TOUR,
  drawsFocus,
  expectHeadingFocus,
  focusLooks,
  focused,
  headingText,
  liveRegionText,
  nameOf,
  tour,
  withApp,
} from './lib/app.mjs';
import { axeViolations, layoutProblems, unnamedControls } from './lib/audits.mjs';
import { SCREENSHOT_DIR, clearScreenshots, saveScreenshot } from './lib/shots.mjs';

let server;
let chromium;

before(async () => {
  server = await startServer();
  chromium = await launchBrowser();
});

after(async () => {
  await chromium?.close();
  await server?.close();
  console.log(`screenshots: ${SCREENSHOT_DIR}`);
});

/**
 * Presses Tab from where focus is until the focus has gone once round the
 * page; every element reached must match :focus-visible and draw its focus.
 * Resolves to the problems found.
 */
async function tabStopProblems(page) {
  const problems = [];
  const seen = new Set();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'BODY') continue; // focus left the page for the browser's own controls
    if (seen.has(f.path)) break; // round once
    seen.add(f.path);
    if (!f.focusVisible || !drawsFocus(f)) problems.push(`${nameOf(f)}: ${focusLooks(f)}`);
  }
  if (seen.size < 4) problems.push(`Tab reached only ${seen.size} elements`);
  return problems;
}

/** Runs the tour with `check(state)` at each state; fails listing every problem by state. */
async function tourWith(page, check) {
  const problems = {};
  const visited = await tour(page, async (state) => {
    const found = await check(state);
    if (found.length > 0) problems[state.name] = found;
  });
  assert.deepEqual([...visited].sort(), TOUR.map((s) => s.name), 'the tour saw every state');
  const report = Object.entries(problems)
    .map(([state, list]) => `${state}:\n    ${list.join('\n    ')}`)
    .join('\n');
  assert.equal(report, '', `problems found:\n${report}`);
}

/**
 * The accessibility problems of the state on screen (see the top of the file).
 * With `tabStops`, every Tab stop is checked too (about 2 s a tour; the focus
 * styles depend on the colour scheme, not on the language or the width).
 */
async function accessibilityProblems(page, state, { tabStops }) {
  const problems = [];
  // Focus: on the new heading (the first screen appears without the person
  // doing anything, so the browser keeps its focus); on the summary of
  // unanswered questions when Next found some.
  if (state.alert) {
    const f = await focused(page);
    if (f.role !== 'alert') problems.push(`focus should be on the [role=alert] summary, it is on ${nameOf(f)}`);
  } else if (state.focus === 'rest-no-done') {
    // "No to the rest" used: the line that says what it did holds focus (and is read out).
    const f = await focused(page);
    if (!f.restNoDone || f.role !== 'status') {
      problems.push(`focus should be on the line of "no to the rest" (role=status), it is on ${nameOf(f)}`);
    }
  } else if (state.focus === 'answer') {
    // An answer that opens a fold or a gate that shows its list: focus stays on the answer.
    const f = await focused(page);
    if (f.type !== 'radio') problems.push(`focus should stay on the answer clicked, it is on ${nameOf(f)}`);
  } else if (state.name !== TOUR[0].name) {
    const where = state.step ? { step: state.step } : { level: state.level };
    await expectHeadingFocus(page, where).catch((e) => problems.push(e.message));
  }
  // The result is announced: the live region holds its heading's words.
  if (state.level) {
    const heading = await headingText(page);
    const live = await liveRegionText(page);
    if (!heading || !live.includes(heading)) {
      problems.push(`the live region says "${live}", not the result "${heading}"`);
    }
  }
  problems.push(...(await axeViolations(page)));
  problems.push(...(await unnamedControls(page)));
  if (tabStops) problems.push(...(await tabStopProblems(page)));
  return problems;
}

const SCREENS = [];
for (const lang of ['en', 'hi']) {
  for (const width of [360, 1280]) {
    // Hindi in the light scheme only: its colours are those of English.
    for (const colorScheme of lang === 'en' ? ['light', 'dark'] : ['light']) {
      const tabStops = lang === 'en' && (width === 360) === (colorScheme === 'light');
      SCREENS.push({ tabStops, options: { lang, colorScheme, viewport: { width, height: 800 } } });
    }
  }
}

for (const { tabStops, options } of SCREENS) {
  const folder = `${options.lang}-${options.viewport.width}x${options.viewport.height}-${options.colorScheme}`;
  const checks = `axe (WCAG 2.x A/AA), names, focus${tabStops ? ', every Tab stop' : ''} and live region`;
  test(`${folder}: every screen passes ${checks}; screenshots`, async (t) => {
    await clearScreenshots(folder);
    let shots = 0;
    await withApp(chromium, server, options, async (page) => {
      await tourWith(page, async (state) => {
        // The pointer rests on the last button clicked; move it off, so no
        // hover colour shows where the next screen has something else.
        await page.mouse.move(0, 0);
        await saveScreenshot(page, `${folder}/${state.name}`);
        shots += 1;
        return accessibilityProblems(page, state, { tabStops });
      });
    });
    t.diagnostic(`${shots} screenshots in ${path.join(SCREENSHOT_DIR, folder)}`);
  });
}

// 320 CSS px is the width WCAG 1.4.10 (Reflow) asks for. For 200% zoom, a
// 1280x800 window zoomed to 200% is what Chromium lays out as a 640x400 CSS px
// viewport with devicePixelRatio 2: page zoom scales the CSS pixel, so media
// queries, rem sizes and line breaks are exactly those of the zoomed window
// (as with Ctrl+Plus; CSS `zoom` on <html> would leave the viewport width that
// media queries see unchanged, and is not what a person's zoom does).
const REFLOW = [
  { name: '320 px wide', lang: 'en', viewport: { width: 320, height: 640 } },
  { name: '320 px wide', lang: 'hi', viewport: { width: 320, height: 640 } },
  { name: '200% zoom', lang: 'en', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: '200% zoom', lang: 'hi', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

for (const { name, ...options } of REFLOW) {
  test(`at ${name} (${options.lang}) nothing is cut off, too small or scrolls sideways`, async () => {
    await withApp(chromium, server, options, async (page) => {
      const viewport = await page.evaluate(() => [innerWidth, devicePixelRatio]);
      assert.deepEqual(viewport, [options.viewport.width, options.deviceScaleFactor ?? 1]);
      await tourWith(page, async () => {
        // Open any disclosure (the list of sources): its text must fit too.
        await page.evaluate(() => {
          for (const d of globalThis.__sc.all('details')) d.open = true;
        });
        return layoutProblems(page);
      });
    });
  });
}
