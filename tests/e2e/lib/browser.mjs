// Launches Debian's Chromium through playwright-core (never a downloaded
// browser) and records what a page does: requests, console errors, page errors.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that work on these machines (headless, as root) and stop background
// traffic: without them Chromium keeps trying to reach the internet.
// playwright-core adds --headless itself, and a fresh --user-data-dir (a temp
// directory it deletes on close) for every launch.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh profile. Resolves to
 * { browser, newContext(options), close() }. Tests use `withPage` instead.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    /** A fresh, isolated context (own cookies, storage, cache). */
    async newContext(options = {}) {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(15_000);
      return context;
    },
    close: () => browser.close(),
  };
}

/**
 * Runs `body(page, context)` in a fresh browser and a fresh context, and
 * closes both afterwards. A new context alone is not a clean slate: Chromium
 * remembers per browser that /favicon.ico was missing, so a test's requests
 * would depend on the tests before it. A launch costs about 0.5 s.
 */
export async function withPage(contextOptions, body) {
  const chromium = await launchBrowser();
  try {
    const context = await chromium.newContext(contextOptions);
    const page = await context.newPage();
    return await body(page, context);
  } finally {
    await chromium.close();
  }
}

/**
 * Records everything a page does from now on. `requests` holds every request
 * the page started: { url, method, resourceType, at } where
 * `at` is its index; `mark()` returns the current count, so
 * `requestsSince(mark)` lists the requests made after that point.
 */
export function recordPage(page) {
  const log = {
    requests: [],
    failedRequests: [],
    consoleErrors: [],
    pageErrors: [],
    mark() {
      return log.requests.length;
    },
    requestsSince(mark) {
      return log.requests.slice(mark);
    },
  };
  page.on('request', (request) => {
    log.requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      at: log.requests.length,
    });
  });
  page.on('requestfailed', (request) => {
    log.failedRequests.push({ url: request.url(), error: request.failure()?.errorText });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      log.consoleErrors.push({ text: message.text(), location: message.location() });
    }
  });
  page.on('pageerror', (error) => {
    log.pageErrors.push(String(error?.stack ?? error));
  });
  return log;
}
