// The embeddable widget on host pages (issue: custom element, isolation, configuration,
// result events, iframe mode, strict CSP), against the built dist/ over HTTP in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { contentVersion, startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { walk } from './lib/walk.mjs';
import { takenOver } from './lib/app.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let browser;

before(async () => {
  server = await startServer({
    headers: (pathname) => (pathname.includes('strict-csp') ? { 'content-security-policy': CSP } : {}),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// A host page made up for one test, served from the widget's own origin.
async function hostPage(page, name, body, { head = '' } = {}) {
  const path = `/examples/test-${name}.html`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <link rel="icon" href="../favicon.svg">${head}
        <script type="module" src="../spasm-check.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(server.url(path));
}

async function fresh(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = recordPage(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__results = [];
    document.addEventListener('spasm-check-result', (e) => window.__results.push(e.detail));
  });
  return { context, page, log, warnings };
}


test('the host page\'s loud CSS does not change the widget, nor the widget the page', async () => {
  const styles = async (page) =>
    page.locator('spasm-check').evaluate((el) => {
      const pick = (sel) => {
        const s = getComputedStyle(el.shadowRoot.querySelector(sel));
        return [s.color, s.fontFamily, s.letterSpacing, s.textTransform, s.display,
          s.backgroundColor, s.borderTopStyle].join(' | ');
      };
      return ['.sc-app', 'legend', '.sc-option', '[data-action="next"]', '.sc-number', 'h2']
        .map((sel) => `${sel}: ${pick(sel)}`);
    });
  const plain = await fresh();
  await hostPage(plain.page, 'plain', '<spasm-check accent="#6a1b9a"></spasm-check>');
  await takenOver(plain.page.locator('spasm-check'));
  const expected = await styles(plain.page);

  const loud = await fresh();
  await loud.page.goto(server.url('/examples/pharmacy-product.html'));
  await takenOver(loud.page.locator('spasm-check'));
  assert.deepEqual(await styles(loud.page), expected);
  // And the widget's styles stay inside its shadow root.
  const host = await loud.page.evaluate(() => ({
    sheets: [...document.styleSheets].map((s) => s.href ?? 'inline'),
    after: getComputedStyle(document.querySelector('.after')).color,
  }));
  assert.ok(host.sheets.every((h) => !h.includes('spasm-check')), host.sheets.join(', '));
  assert.equal(host.after, 'rgb(255, 0, 0)');
  assert.deepEqual(loud.log.pageErrors, []);
  await plain.context.close();
  await loud.context.close();
});

test('two widgets on one page work independently', async () => {
  const { context, page, log } = await fresh();
  await hostPage(page, 'two', '<spasm-check id="a"></spasm-check><spasm-check id="b" lang="hi"></spasm-check>');
  const a = page.locator('#a');
  const b = page.locator('#b');
  await takenOver(a);
  await takenOver(b);
  await a.locator('[data-question="chest_pain"] input[value="yes"]').click();
  await a.locator('[data-level="emergency"]').waitFor();
  assert.equal(await b.locator('[data-level]').count(), 0);
  assert.equal(await b.locator('input:checked').count(), 0);
  assert.equal(await b.locator('.sc-app').getAttribute('lang'), 'hi');
  assert.equal(await a.locator('.sc-app').getAttribute('lang'), 'en');
  await b.locator('[data-question="chest_pain"] input[value="no"]').click();
  assert.ok(await b.locator('[data-question="chest_pain"] input[value="no"]').isChecked());
  assert.equal(await a.locator('[data-level="emergency"]').count(), 1);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the host receives spasm-check-result events with ids only', async () => {
  const { context, page } = await fresh();
  await hostPage(page, 'events', '<spasm-check></spasm-check>');
  const root = page.locator('spasm-check');
  await takenOver(root);
  await root.locator('[data-question="chest_pain"] input[value="yes"]').click();
  await root.locator('[data-level="emergency"]').waitFor();
  let last = await page.evaluate(() => window.__results.at(-1));
  assert.equal(last.level, 'emergency');
  assert.equal(last.final, true);
  assert.equal(last.complete, false);
  assert.deepEqual(last.reasons, ['chest_pain']);
  assert.deepEqual(last.tips, []);
  assert.equal(last.content_version, await contentVersion());
  assert.deepEqual(Object.keys(last).sort(),
    ['complete', 'contentVersion', 'content_version', 'final', 'level', 'reasons', 'tips']);

  await root.locator('[data-action="restart"]').click();
  await page.evaluate(() => { window.__results.length = 0; });
  await walk(root);
  await root.locator('[data-level="self_care"]').waitFor();
  const results = await page.evaluate(() => window.__results);
  assert.ok(results.length > 10, 'an event for each change');
  assert.ok(results.slice(0, -1).every((r) => r.final === false));
  last = results.at(-1);
  assert.equal(last.level, 'self_care');
  assert.equal(last.final, true);
  assert.equal(last.complete, true);
  assert.ok(last.tips.includes('no_quinine'));
  assert.deepEqual(last.reasons, []);
  await context.close();
});

test('iframe mode posts only to the origin given in parent-origin', async () => {
  for (const [parentOrigin, expectMessages] of [[null, false], ['http://other.example', true], ['own', true]]) {
    const { context, page } = await fresh();
    // Records every postMessage to the host page. The wrapper lives in the iframe's realm,
    // so the host still sees the iframe as the message's source.
    await page.addInitScript(() => {
      if (window.top === window) {
        window.__posts = [];
        return;
      }
      const parent = window.parent;
      const original = parent.postMessage;
      parent.postMessage = function record(message, target, ...rest) {
        parent.__posts.push({ type: message?.type, target: typeof target === 'string' ? target : target?.targetOrigin });
        return original.call(parent, message, target, ...rest);
      };
    });
    const src = new URL(server.url('/embed.html'));
    const origin = parentOrigin === 'own' ? server.origin : parentOrigin;
    if (origin) src.searchParams.set('parent-origin', origin);
    await hostPage(page, 'frame', `<iframe data-spasm-check title="self-check" src="${src.href}"></iframe>
      <script type="module" src="../spasm-check-frame.js"></script>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-question="chest_pain"]').waitFor();
    await frame.locator('[data-question="chest_pain"] input[value="yes"]').click();
    await frame.locator('[data-level="emergency"]').waitFor();
    await page.waitForTimeout(300); // let any last message arrive before counting
    const posts = await page.evaluate(() => window.__posts);
    if (!expectMessages) {
      assert.deepEqual(posts, [], 'no parent-origin: nothing is posted');
    } else {
      assert.ok(posts.some((p) => p.type === 'spasm-check:result'), JSON.stringify(posts));
      assert.ok(posts.some((p) => p.type === 'spasm-check:height'), JSON.stringify(posts));
      assert.ok(posts.every((p) => p.target === origin), JSON.stringify(posts));
    }
    if (parentOrigin === 'own') {
      // The host script re-dispatches results on the iframe and sizes it to its content.
      const height = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      assert.ok(height > 600, `iframe height ${height}`);
    }
    await context.close();
  }
});

test('the strict-CSP example loads with no policy violation and works', async () => {
  const { context, page, log } = await fresh();
  const response = await page.goto(server.url('/examples/strict-csp.html'));
  assert.equal(response.headers()['content-security-policy'], CSP);
  const root = page.locator('spasm-check');
  await takenOver(root);
  await root.locator('[data-question="poison"] input[value="yes"]').click();
  await root.locator('[data-level="emergency"]').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the standalone page and embed.html load under the strict CSP too', async () => {
  for (const path of ['/', '/embed.html']) {
    const { context, page } = await fresh();
    await page.route(`**${path === '/' ? '/' : path}`, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    await page.goto(server.url(path));
    await takenOver(page.locator('spasm-check'));
    assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
    await context.close();
  }
});

test('bad configuration warns once per attribute and falls back; javascript: is never a link', async () => {
  const { context, page, warnings, log } = await fresh();
  await hostPage(page, 'bad', `<spasm-check lang="xx" emergency-numbers="112,<b>call</b>"
    pharmacist-url="javascript:alert(1)" doctor-url="data:text/html,hi" accent="not-a-colour"
    pharmacist-label="<img src=x onerror=alert(1)>"></spasm-check>`);
  const root = page.locator('spasm-check');
  await takenOver(root);
  for (const attribute of ['lang', 'emergency-numbers', 'pharmacist-url', 'doctor-url', 'accent']) {
    const named = warnings.filter((w) => w.includes(`the ${attribute} attribute`));
    assert.equal(named.length, 1, `one warning for ${attribute}: ${warnings.join(' / ')}`);
  }
  assert.equal(await root.locator('a[href="tel:112"]').count() > 0, true);
  assert.equal(await root.locator('a[href="tel:108"]').count() > 0, true);
  await walk(root, { conditions: 'diabetes' });
  await root.locator('[data-level="pharmacist"]').waitFor();
  const hrefs = await root.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => /^(tel:|https?:)/.test(h)), hrefs.join(', '));
  assert.equal(await root.locator('img').count(), 0);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('host links show on the matching results only', async () => {
  const { context, page } = await fresh();
  await hostPage(page, 'links', `<spasm-check pharmacist-url="https://pharmacy.example/chat"
    pharmacist-label="Chat with us" doctor-url="https://pharmacy.example/doctor"></spasm-check>`);
  const root = page.locator('spasm-check');
  await takenOver(root);
  await walk(root, { conditions: 'diabetes' });
  await root.locator('[data-level="pharmacist"]').waitFor();
  const link = root.locator('a[href="https://pharmacy.example/chat"]');
  assert.equal(await link.textContent(), 'Chat with us');
  assert.equal(await root.locator('a[href="https://pharmacy.example/doctor"]').count(), 0);
  await context.close();
});

test('changing attributes on a live element takes effect', async () => {
  const { context, page } = await fresh();
  await hostPage(page, 'live', '<spasm-check></spasm-check>');
  const root = page.locator('spasm-check');
  await takenOver(root);
  await root.locator('[data-question="chest_pain"] input[value="no"]').click();
  assert.equal(await root.locator('.sc-app').getAttribute('lang'), 'en');
  await page.evaluate(() => document.querySelector('spasm-check').setAttribute('lang', 'hi'));
  await root.locator('.sc-app[lang="hi"]').waitFor();
  assert.ok(await root.locator('[data-question="chest_pain"] input[value="no"]').isChecked(), 'answers kept');
  await page.evaluate(() => document.querySelector('spasm-check').setAttribute('emergency-numbers', '102'));
  await root.locator('a[href="tel:102"]').first().waitFor();
  assert.equal(await root.locator('a[href="tel:112"]').count(), 0);
  await page.evaluate(() => document.querySelector('spasm-check').setAttribute('compact', ''));
  await page.evaluate(() => document.querySelector('spasm-check').setAttribute('accent', 'rgb(0, 100, 0)'));
  const next = root.locator('[data-action="next"]');
  await page.waitForFunction(() => {
    const b = document.querySelector('spasm-check').shadowRoot.querySelector('[data-action="next"]');
    return getComputedStyle(b).backgroundColor === 'rgb(0, 100, 0)';
  });
  assert.equal(await next.evaluate((b) => getComputedStyle(b).color), 'rgb(255, 255, 255)');
  await context.close();
});
