// Smoke test of the built bundle (dist/) in Chromium: it loads over HTTP,
// starts, stays quiet (no errors, no traffic beyond its own files, nothing at
// all once started) and keeps the first step and the emergency numbers when
// WebAssembly fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { withPage, recordPage } from './lib/browser.mjs';
import { saveScreenshot } from './lib/shots.mjs';

const FIRST_QUESTION = '[data-question="chest_pain"]';
const EMERGENCY_LINKS = ['a[href="tel:112"]', 'a[href="tel:108"]'];
// The static first step (the page's own HTML, before the app takes over).
const STATIC_STEP = '[data-prerendered]';

async function numbersShown(page) {
  for (const link of EMERGENCY_LINKS) {
    assert.ok(await page.locator(link).filter({ visible: true }).count() >= 1, `${link} is visible`);
  }
}

// The app did not start: the static first step is still there, answerable, and says so.
async function staticStepKept(page) {
  const shown = page.locator(STATIC_STEP).filter({ visible: true });
  assert.equal(await shown.count(), 1, 'one static first step shows');
  assert.equal(await shown.getAttribute('data-failed'), 'true', 'marked as failed');
  assert.ok(await shown.locator(`${FIRST_QUESTION} input[value="no"]`).isEnabled());
}

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

test('the emergency numbers are in the served HTML (no JavaScript needed)', async () => {
  await withPage({ javaScriptEnabled: false }, async (page) => {
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/html/);
    await numbersShown(page);
  });
});

test('without :has() and without JavaScript, the emergency numbers stay at the top', async () => {
  // A browser without :has() drops every rule that uses it: the stylesheet is served without
  // them (and the page without integrity values, which the changed stylesheet would fail).
  await withPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } }, async (page, context) => {
    let stripped = 0;
    await context.route('**/*.css', async (route) => {
      const response = await route.fetch();
      const css = (await response.text()).replace(/[^{}]*:has\([^{}]*\{[^{}]*\}/g, () => {
        stripped += 1;
        return '';
      });
      await route.fulfill({ response, body: css });
    });
    await context.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/ integrity=("[^"]*"|[^ >]*)/g, '') });
    });
    await page.goto(server.url('/'));
    assert.ok(stripped >= 3, `the :has() rules were removed (${stripped})`);
    // The stylesheet applies (without its :has() rules): the result panel stays hidden.
    assert.equal(await page.locator('.sc-static-emergency').first().isVisible(), false, 'styled');
    const firstQuestion = page.locator(FIRST_QUESTION).first();
    await page.locator(`${FIRST_QUESTION} input[value="yes"]`).first().check();
    await numbersShown(page);
    const question = await firstQuestion.boundingBox();
    for (const link of EMERGENCY_LINKS) {
      const box = await page.locator(link).filter({ visible: true }).first().boundingBox();
      assert.ok(box.y < question.y, `${link} is above the first question`);
      assert.ok(box.y + box.height <= 800, `${link} is on the first screen`);
    }
    await saveScreenshot(page, 'smoke-no-has');
  });
});

test('the app starts, stays quiet and makes no request once started', async () => {
  await withPage({}, async (page) => {
    const log = recordPage(page);
    const serverMark = server.requests.length;

    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    await page.locator(FIRST_QUESTION).first().waitFor({ state: 'visible' });
    await page.locator(STATIC_STEP).first().waitFor({ state: 'detached' });
    const started = log.mark();
    const serverStarted = server.requests.length;

    // Answer the first question as a person would ("no": "yes" is an emergency
    // sign and swaps in the emergency screen), then let the network settle.
    await page.locator(`${FIRST_QUESTION} input[value="no"]`).check();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'smoke-started');

    assert.ok(
      log.requests.some((r) => r.url.endsWith('.wasm')),
      'the WebAssembly module was loaded from the server',
    );
    // One comparison, so a failure shows every kind of noise at once.
    const noise = {
      pageErrors: log.pageErrors,
      consoleErrors: log.consoleErrors.map((e) => e.text),
      requestsElsewhere: log.requests
        .filter((r) => new URL(r.url).origin !== server.origin)
        .map((r) => r.url),
      failedRequests: log.failedRequests,
      notServed: server.requests.slice(serverMark).filter((r) => r.status !== 200),
      requestsAfterStart: log.requestsSince(started).map((r) => r.url),
      serverRequestsAfterStart: server.requests.slice(serverStarted).map((r) => r.path),
    };
    assert.deepEqual(noise, {
      pageErrors: [],
      consoleErrors: [],
      requestsElsewhere: [],
      failedRequests: [],
      notServed: [],
      requestsAfterStart: [],
      serverRequestsAfterStart: [],
    });
  });
});

test('with the WebAssembly file blocked, the first step and the emergency numbers stay', async () => {
  await withPage({}, async (page, context) => {
    await context.route('**/*.wasm', (route) => route.abort());
    const log = recordPage(page);
    const wasmFailed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('.wasm'));

    await page.goto(server.url('/'));
    await wasmFailed;
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'smoke-wasm-blocked');

    await numbersShown(page);
    await staticStepKept(page);
    assert.ok(log.failedRequests.some((r) => r.url.endsWith('.wasm')));
  });
});

test('without WebAssembly at all, the first step and the emergency numbers stay', async () => {
  await withPage({}, async (page) => {
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    // The loader catches the failure and says so with a warning (no uncaught error).
    const failedToStart = page.waitForEvent(
      'console',
      (m) => m.type() === 'warning' && m.text().includes('could not start'),
    );

    await page.goto(server.url('/'));
    await failedToStart;
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'smoke-no-webassembly');

    await numbersShown(page);
    await staticStepKept(page);
  });
});
