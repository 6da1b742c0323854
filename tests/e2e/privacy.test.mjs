// Privacy of a complete check: once the page has loaded its own files, it
// sends nothing, sets no cookie, writes nothing to localStorage,
// sessionStorage, IndexedDB or the Cache API, and registers no service worker.
// The one request it may make is for the widget's own words in another
// language when the person switches (`GET spasm-check-lang-<tag>.bin`, from its
// own folder, no query string, no body): it carries nothing the person entered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { withPage, recordPage } from './lib/browser.mjs';
import { clickAction, openApp, prepareContext, setLanguage, tour, waitForStep } from './lib/app.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/**
 * Installed before the page's own scripts: records every attempt to store or
 * send something, so that a write undone before the end (set, then removed)
 * is caught too. Reading is allowed.
 */
function watchWrites() {
  const attempts = [];
  Object.defineProperty(globalThis, '__scWrites', { value: attempts, enumerable: false });
  const wrap = (proto, name, what) => {
    const original = proto?.[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      attempts.push(`${what}(${args.map((a) => String(a).slice(0, 40)).join(', ')})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(globalThis.IDBFactory?.prototype, 'open', 'indexedDB.open');
  wrap(globalThis.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', 'serviceWorker.register');
  wrap(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get: cookie.get,
    set(value) {
      attempts.push(`document.cookie = ${String(value).slice(0, 40)}`);
      cookie.set.call(this, value);
    },
    configurable: true,
  });
}

/** Everything the origin holds after the journey. */
async function storedByPage(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    writeAttempts: globalThis.__scWrites,
  }));
}

test('a complete check sends nothing and stores nothing on the device', async () => {
  // A fresh browser: nothing cached or remembered from other tests.
  await withPage({}, async (page, context) => {
    await prepareContext(context);
    await context.addInitScript(watchWrites);
    // Share and WhatsApp on every result below emergency (issue 19): a Web Share API that
    // records any call (Chromium on Linux has none of its own), and the host's WhatsApp number.
    await context.addInitScript(() => {
      const calls = [];
      Object.defineProperty(globalThis, '__scShared', { value: calls, enumerable: false });
      Navigator.prototype.share = function (data) {
        calls.push(String(data?.text).slice(0, 40));
        return Promise.resolve();
      };
    });
    const log = recordPage(page);
    // The context also sees requests of workers, and sockets are no requests.
    const contextRequests = [];
    context.on('request', (r) => contextRequests.push(r.url()));
    const sockets = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));

    await openApp(page, server);
    await page.evaluate(() =>
      document.querySelector('spasm-check').setAttribute('pharmacist-whatsapp', '+91 98765 43210'));
    await page.waitForLoadState('networkidle');
    const loaded = { page: log.mark(), context: contextRequests.length, server: server.requests.length };

    // Every step, every result, back and changing answers, both languages,
    // the emergency screen, then a fresh start.
    await setLanguage(page, 'hi');
    await setLanguage(page, 'en');
    let offered = { share: 0, whatsapp: 0 };
    await tour(page, async () => {
      const here = await page.evaluate(() => ({
        share: globalThis.__sc.all('button[data-action="share"]').length,
        whatsapp: globalThis.__sc.all('a[data-action="whatsapp"]').length,
      }));
      offered = { share: offered.share + here.share, whatsapp: offered.whatsapp + here.whatsapp };
    });
    // They were on screen, untapped.
    assert.ok(offered.share > 0 && offered.whatsapp > 0, JSON.stringify(offered));
    await clickAction(page, 'restart');
    await waitForStep(page, 'emergency');
    // An observation window, not a wait for something: anything sent on a
    // timer shortly after the journey (a beacon, an analytics flush) shows here.
    await page.waitForTimeout(1_000);

    const stored = await storedByPage(page);
    const words = (url) => /^\/spasm-check-lang-[a-z]+\.bin$/.test(new URL(url, server.origin).pathname)
      && !url.includes('?');
    const after = log.requestsSince(loaded.page);
    const served = server.requests.slice(loaded.server);
    assert.deepEqual(
      {
        requestsElsewhere: log.requests.filter((r) => new URL(r.url).origin !== server.origin).map((r) => r.url),
        languageFiles: after.filter((r) => words(r.url)).map((r) => `${r.method} ${new URL(r.url).pathname}`),
        requestsAfterLoad: after.filter((r) => !words(r.url)).map((r) => `${r.method} ${r.url}`),
        workerOrOtherRequestsAfterLoad: contextRequests.slice(loaded.context).filter((u) => !words(u)),
        servedAfterLoad: served.filter((r) => !words(r.path)).map((r) => `${r.method} ${r.path}`),
        webSockets: sockets,
        cookies: await context.cookies(),
        shared: await page.evaluate(() => globalThis.__scShared),
        ...stored,
      },
      {
        requestsElsewhere: [],
        // Switching to Hindi fetched its words, once; nothing else went out.
        languageFiles: ['GET /spasm-check-lang-hi.bin'],
        requestsAfterLoad: [],
        workerOrOtherRequestsAfterLoad: [],
        servedAfterLoad: [],
        webSockets: [],
        cookies: [],
        shared: [],
        cookie: '',
        localStorage: [],
        sessionStorage: [],
        indexedDB: [],
        cacheStorage: [],
        serviceWorkers: [],
        writeAttempts: [],
      },
      'the journey must leave no trace and send nothing',
    );
    assert.ok(loaded.page > 0, 'the page loaded its files before the journey');
  });
});
