// Share and WhatsApp (issue 19) on the standalone page, in a host page's shadow root and in
// embed.html, through the DOM contract only. `navigator.share` is stubbed by an init script that
// records what would be shared (Chromium on Linux has no Web Share API of its own), and
// `navigator.clipboard.writeText` by one that records what would be copied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { prepareContext, setLanguage, takenOver } from './lib/app.mjs';
import { walk } from './lib/walk.mjs';
import { saveScreenshot } from './lib/shots.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NUMBER = '919876543210';
const LIMIT = { en: 700, hi: 800 };
const DEVANAGARI = /[\u0900-\u097F]/;
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

/**
 * Installed before the page's scripts. `share`: 'record' (resolves), 'not-allowed' or 'abort'
 * (rejects with that DOMException), 'none' (no Web Share API). `copy`: 'record' or 'refuse'.
 */
function stubs({ share, copy }) {
  window.__shared = [];
  window.__copied = [];
  if (share === 'none') {
    delete Navigator.prototype.share;
  } else {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      writable: true,
      value(data) {
        window.__shared.push({ ...data });
        if (share === 'not-allowed') return Promise.reject(new DOMException('not here', 'NotAllowedError'));
        if (share === 'abort') return Promise.reject(new DOMException('cancelled', 'AbortError'));
        return Promise.resolve();
      },
    });
  }
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText(text) {
        if (copy === 'refuse') return Promise.reject(new DOMException('no', 'NotAllowedError'));
        window.__copied.push(text);
        return Promise.resolve();
      },
    },
  });
}

/**
 * Opens the widget in one of three ways: 'standalone' (`/`, the attribute set on the live
 * element, the language chosen with the switch), 'shadow' (a host page, attributes in its
 * markup) or 'embed' (`embed.html` with query parameters). Resolves to
 * { context, page, root, log, warnings }; `root` is the widget as a Playwright locator.
 */
async function open(kind, { lang = 'en', number = `+91 98765 43210`, share = 'record', copy = 'record' } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await prepareContext(context);
  await context.addInitScript(stubs, { share, copy });
  const page = await context.newPage();
  const log = recordPage(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const root = page.locator('spasm-check');
  if (kind === 'standalone') {
    await page.goto(server.url('/'));
    await takenOver(root);
    if (number !== null) {
      await page.evaluate((n) => document.querySelector('spasm-check').setAttribute('pharmacist-whatsapp', n), number);
    }
    if (lang !== 'en') await setLanguage(page, lang);
  } else if (kind === 'shadow') {
    const path = `/examples/test-share-${Math.random().toString(36).slice(2)}.html`;
    const attribute = number === null ? '' : ` pharmacist-whatsapp="${number}"`;
    await page.route(`**${path}`, (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="../favicon.svg">
        <script type="module" src="../spasm-check.js"></script></head>
        <body><spasm-check lang="${lang}"${attribute}></spasm-check></body></html>`,
    }));
    await page.goto(server.url(path));
    await takenOver(root);
  } else {
    const query = new URLSearchParams({ lang });
    if (number !== null) query.set('pharmacist-whatsapp', number);
    await page.goto(server.url(`/embed.html?${query}`));
    await takenOver(root);
  }
  await root.locator(`[lang="${lang}"] [data-question="chest_pain"]`).first().waitFor();
  return { context, page, root, log, warnings };
}

/** Waits until `navigator.share` was called `n` times; resolves to the calls. */
async function sharedCalls(page, n = 1) {
  await page.waitForFunction((n) => window.__shared.length >= n, n);
  return page.evaluate(() => window.__shared);
}

/** The whole summary, as "Copy as text" copies it (recorded by the clipboard stub). */
async function fullSummary(page, root) {
  const before = await page.evaluate(() => window.__copied.length);
  await root.locator('[data-action="copy"]').click();
  await page.waitForFunction((n) => window.__copied.length > n, before);
  return page.evaluate(() => window.__copied.at(-1));
}

/** Checks a shared text: the summary in `lang`, within its length, without the answers. */
async function checkShortText(page, root, { title, text, url }, lang) {
  assert.equal(url, undefined, 'no link is shared');
  assert.ok(title && text, 'a title and a text');
  assert.ok(!/https?:/.test(text), 'no link in the text');
  assert.ok([...text].length <= LIMIT[lang], `${[...text].length} characters in ${lang}`);
  assert.equal(DEVANAGARI.test(text), lang === 'hi', `the text is in ${lang}`);
  const heading = (await root.locator('section[data-level] h2').first().textContent()).trim();
  assert.ok(text.includes(heading), `the level in words: ${heading}`);
  // The full summary holds every answer as "- question answer", the whole reasons and the
  // tips: none of them is in the short text.
  const full = await fullSummary(page, root);
  assert.ok(full.length > text.length, 'Copy as text still copies the whole summary');
  const items = full.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  assert.ok(items.length > 20, 'the full summary lists the answers');
  for (const item of items) assert.ok(!text.includes(item), `not in the short text: ${item}`);
}

for (const kind of ['standalone', 'shadow', 'embed']) {
  for (const lang of ['en', 'hi']) {
    test(`${kind}, ${lang}: Share sends the short summary; WhatsApp links to it; nothing is sent untapped`, async () => {
      const { context, page, root, log, warnings } = await open(kind, { lang });
      await walk(root, { conditions: 'diabetes' });
      await root.locator('[data-level="pharmacist"]').waitFor();
      const loaded = log.mark();
      const served = server.requests.length;

      const whatsapp = root.locator('a[data-action="whatsapp"]');
      assert.equal(await whatsapp.count(), 1, 'one WhatsApp link');
      const share = root.locator('button[data-action="share"]');
      assert.equal(await share.count(), 1, 'one Share button');
      if (kind === 'standalone') await saveScreenshot(page, `share-${lang}`);
      // Nothing is sent while nothing is tapped.
      assert.deepEqual(log.requestsSince(loaded).map((r) => r.url), []);
      assert.deepEqual(server.requests.slice(served).map((r) => r.path), []);

      await share.click();
      const [shared] = await sharedCalls(page);
      await checkShortText(page, root, shared, lang);
      // A shared text changes nothing on screen.
      assert.equal(await root.locator('[data-level="pharmacist"]').count(), 1);

      const href = await whatsapp.getAttribute('href');
      assert.equal(href, `https://wa.me/${NUMBER}?text=${encodeURIComponent(shared.text)}`);
      if (lang === 'hi') assert.match(href, /%E0%A4/, 'Devanagari is percent-encoded as UTF-8');
      assert.ok(!/[^\x21-\x7e]/.test(href), 'the href is plain ASCII');
      assert.equal(await whatsapp.getAttribute('target'), '_blank');
      assert.equal(await whatsapp.getAttribute('rel'), 'noopener noreferrer');
      assert.equal((await whatsapp.textContent()).trim().length > 0, true);
      assert.deepEqual(warnings.filter((w) => w.includes('pharmacist-whatsapp')), []);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });
  }
}

test('the doctor levels show the WhatsApp link after what to do now, saying it does not replace a doctor', async () => {
  for (const [level, answers] of [['doctor_today', { fever: 'yes' }], ['doctor_soon', { walking_pain: 'yes' }]]) {
    const { context, root } = await open('shadow');
    await walk(root, answers);
    await root.locator(`[data-level="${level}"]`).waitFor();
    const link = root.locator('a[data-action="whatsapp"]');
    assert.equal(await link.count(), 1, level);
    const order = await link.evaluate((a) => {
      const section = a.closest('section[data-level]');
      const reason = section.querySelector('[data-reason]');
      const heading = section.querySelector('h2');
      const before = (x, y) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { afterHeading: before(heading, a), beforeReasons: before(a, reason) };
    });
    assert.deepEqual(order, { afterHeading: true, beforeReasons: true }, level);
    assert.equal(await root.locator('[data-whatsapp-note]').count(), 1, `${level}: the note`);
    await context.close();
  }
  // Self-care: no link.
  const { context, root } = await open('shadow');
  await walk(root, {});
  await root.locator('[data-level="self_care"]').waitFor();
  assert.equal(await root.locator('a[data-action="whatsapp"]').count(), 0);
  assert.equal(await root.locator('button[data-action="share"]').count(), 1, 'Share on self-care');
  await context.close();
});

test('the emergency screen has no Share button and no WhatsApp link', async () => {
  for (const kind of ['standalone', 'shadow', 'embed']) {
    const { context, page, root } = await open(kind);
    await root.locator('[data-question="chest_pain"] input[value="yes"]').click();
    await root.locator('[data-level="emergency"]').waitFor();
    assert.equal(await root.locator('[data-action="share"]').count(), 0, kind);
    assert.equal(await root.locator('[data-action="whatsapp"]').count(), 0, kind);
    assert.deepEqual(await page.evaluate(() => window.__shared), []);
    await context.close();
  }
});

test('without the Web Share API there is no Share button; Copy as text stays', async () => {
  for (const kind of ['standalone', 'embed']) {
    const { context, root } = await open(kind, { share: 'none' });
    await walk(root, { conditions: 'diabetes' });
    await root.locator('[data-level="pharmacist"]').waitFor();
    assert.equal(await root.locator('[data-action="share"]').count(), 0, kind);
    assert.equal(await root.locator('[data-action="copy"]').count(), 1, kind);
    assert.equal(await root.locator('a[data-action="whatsapp"]').count(), 1, kind);
    await context.close();
  }
});

test('a cancelled share changes nothing; a share not allowed copies the short text and says so', async () => {
  {
    const { context, page, root } = await open('shadow', { share: 'abort' });
    await walk(root, { conditions: 'diabetes' });
    await root.locator('[data-level="pharmacist"]').waitFor();
    const status = root.locator('[data-copy-status]');
    await root.locator('[data-action="share"]').click();
    await sharedCalls(page);
    // The rejection has been handled once the page has had a frame to react.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    assert.equal((await status.textContent()).trim(), '', 'nothing said');
    assert.deepEqual(await page.evaluate(() => window.__copied), [], 'nothing copied');
    await context.close();
  }
  for (const kind of ['embed', 'shadow']) {
    for (const lang of ['en', 'hi']) {
      const { context, page, root } = await open(kind, { share: 'not-allowed', lang });
      await walk(root, { conditions: 'diabetes' });
      await root.locator('[data-level="pharmacist"]').waitFor();
      await root.locator('[data-action="share"]').click();
      const [shared] = await sharedCalls(page);
      await page.waitForFunction(() => window.__copied.length === 1);
      assert.equal(await page.evaluate(() => window.__copied[0]), shared.text, 'the short text was copied');
      const said = (await root.locator('[data-copy-status]').textContent()).trim();
      assert.ok(said.length > 0, 'it says so');
      assert.equal(DEVANAGARI.test(said), lang === 'hi', `said in ${lang}`);
      await context.close();
    }
  }
  // Sharing and copying both refused: the text is shown to copy by hand, as Copy as text does.
  const { context, page, root } = await open('embed', { share: 'not-allowed', copy: 'refuse' });
  await walk(root, { conditions: 'diabetes' });
  await root.locator('[data-level="pharmacist"]').waitFor();
  await root.locator('[data-action="share"]').click();
  const [shared] = await sharedCalls(page);
  const box = root.locator('textarea');
  await box.waitFor();
  assert.equal(await box.inputValue(), shared.text);
  await context.close();
});

test('a hostile or malformed WhatsApp number shows no link and warns exactly once', async () => {
  const bad = ['javascript:alert(1)', 'abc', '12345678901234567890', '9876543210', '09876543210'];
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(stubs, { share: 'record', copy: 'record' });
  const page = await context.newPage();
  const log = recordPage(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const path = '/examples/test-share-bad.html';
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  await page.route(`**${path}`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="../spasm-check.js"></script></head><body>
      ${bad.map((n, i) => `<spasm-check id="w${i}" pharmacist-whatsapp="${escape(n)}"></spasm-check>`).join('\n')}
      </body></html>`,
  }));
  await page.goto(server.url(path));
  for (let i = 0; i < bad.length; i += 1) {
    const root = page.locator(`#w${i}`);
    await takenOver(root);
    await walk(root, { conditions: 'diabetes' });
    await root.locator('[data-level="pharmacist"]').waitFor();
    assert.equal(await root.locator('a[data-action="whatsapp"]').count(), 0, bad[i]);
    const hrefs = await root.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => /^(tel:|https?:)/.test(h) && !h.includes('wa.me')), hrefs.join(', '));
  }
  for (const n of bad) {
    const named = warnings.filter((w) => w.includes('the pharmacist-whatsapp attribute') && w.includes(`"${n}"`));
    assert.equal(named.length, 1, `one warning for ${n}: ${warnings.join(' / ')}`);
  }
  assert.equal(warnings.filter((w) => w.includes('pharmacist-whatsapp')).length, bad.length);
  assert.deepEqual(log.pageErrors, []);
  await context.close();

  // embed.html's query parameter is checked the same way.
  const embed = await open('embed', { number: 'javascript:alert(1)' });
  await walk(embed.root, { conditions: 'diabetes' });
  await embed.root.locator('[data-level="pharmacist"]').waitFor();
  assert.equal(await embed.root.locator('a[data-action="whatsapp"]').count(), 0);
  assert.equal(embed.warnings.filter((w) => w.includes('the pharmacist-whatsapp attribute')).length, 1);
  await embed.context.close();
});
