// Taking the result along (issue: print, copy, FHIR, opt-in storage), against the built
// dist/ over HTTP in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { contentVersion, startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { walk } from './lib/walk.mjs';
import { takenOver } from './lib/app.mjs';

// The requirements' questions (2.2): every one is answered on the way to a result.
const QUESTIONS = 36;

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

async function open(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const log = recordPage(page);
  await page.goto(server.url('/'));
  await takenOver(page);
  return { context, page, log };
}


const storage = (page) => page.evaluate(() => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
}));

test('the printed page has the level, every answer and no buttons', async () => {
  const { context, page } = await open();
  await walk(page, { conditions: 'diabetes', fever: 'no' });
  await page.locator('[data-level="pharmacist"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    return {
      text: document.querySelector('.sc-app').innerText,
      buttons: [...document.querySelectorAll('button, [role="button"]')].filter(visible).length,
      answers: [...document.querySelectorAll('[data-summary="print"] [data-answer]')].filter(visible).length,
    };
  });
  assert.equal(printed.buttons, 0, 'no buttons on paper');
  assert.equal(printed.answers, QUESTIONS, 'every answer on paper');
  assert.match(printed.text, /Talk to a pharmacist/);
  assert.match(printed.text, /Diabetes/);
  assert.match(printed.text, /not a diagnosis/);
  assert.match(printed.text, /Checked on/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await context.close();
});

test('the large-type view opens with focus on Close and gives focus back when closed', async () => {
  const { context, page } = await open();
  await walk(page, { fever: 'yes' });
  await page.locator('[data-level="doctor_today"]').waitFor();
  const show = page.locator('[data-action="show-summary"]');
  assert.equal(await show.getAttribute('aria-expanded'), 'false');
  await show.focus();
  await page.keyboard.press('Enter');
  const large = page.locator('[data-summary="large"]');
  await large.waitFor();
  assert.equal(await show.getAttribute('aria-expanded'), 'true');
  assert.match(await large.innerText(), /Get medical help today/);
  assert.equal(await large.locator('[data-answer]').count(), QUESTIONS, 'every question and answer');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action'));
  assert.equal(await focused(), 'close-summary');
  await page.keyboard.press('Enter');
  await large.waitFor({ state: 'detached' });
  assert.equal(await focused(), 'show-summary');
  await context.close();
});

test('copy as text puts the same summary on the clipboard, with a confirmation', async () => {
  const { context, page } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await walk(page, { fever: 'yes' });
  await page.locator('[data-level="doctor_today"]').waitFor();
  await page.locator('[data-action="copy"]').click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Get medical help today/);
  assert.match(copied, /dengue/);
  // "Your answers": one line per question, "- <question> <answer>" (on the two sign steps the
  // question is the sign's statement, so it need not end in "?").
  const answers = copied.split('\n\n').find((block) => block.startsWith('Your answers\n'));
  assert.ok(answers, `a block of answers in:\n${copied}`);
  const lines = answers.split('\n').slice(1);
  assert.equal(lines.length, QUESTIONS, 'every question and answer');
  assert.ok(lines.every((l) => l.startsWith('- ')), lines.join('\n'));
  const yes = lines.filter((l) => / Yes$/.test(l));
  assert.equal(yes.length, 1, `one answer Yes: ${yes.join(' | ')}`);
  assert.match(yes[0], /fever/i, 'the fever answered Yes');
  assert.ok(lines.filter((l) => / No$/.test(l)).length > 20, 'and the signs answered No');
  await context.close();
});

test('when the clipboard is refused, the text is shown selected instead', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  });
  const page = await context.newPage();
  await page.goto(server.url('/'));
  await takenOver(page);
  await walk(page);
  await page.locator('[data-level="self_care"]').waitFor();
  await page.locator('[data-action="copy"]').click();
  const area = page.locator('textarea.sc-take__text');
  await area.waitFor();
  const state = await area.evaluate((t) => ({
    selected: t.selectionEnd - t.selectionStart,
    length: t.value.length,
    focused: document.activeElement === t,
  }));
  assert.ok(state.length > 500);
  assert.equal(state.selected, state.length);
  assert.ok(state.focused);
  await context.close();
});

test('the FHIR downloads are a QuestionnaireResponse and its Questionnaire', async () => {
  const { context, page, log } = await open();
  await walk(page, { location: 'calf', medications: 'statin' });
  await page.locator('[data-level]').waitFor();
  const mark = log.mark();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="fhir"]').click()]);
  const response = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(response.resourceType, 'QuestionnaireResponse');
  assert.equal(response.status, 'completed');
  const linkIds = JSON.stringify(response).match(/"linkId":"[a-z_0-9]+"/g) ?? [];
  assert.ok(linkIds.some((l) => l.includes('"medications"')));
  const [form] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="fhir-questionnaire"]').click()]);
  const questionnaire = JSON.parse(await readFile(await form.path(), 'utf8'));
  assert.equal(questionnaire.resourceType, 'Questionnaire');
  assert.ok(response.questionnaire.startsWith(questionnaire.url));
  assert.deepEqual(log.requestsSince(mark).filter((r) => !r.url.startsWith('blob:')), [], 'no network request');
  await context.close();
});

test('remembering is off by default and stores nothing', async () => {
  const { context, page } = await open();
  assert.equal(await page.locator('[data-action="remember"]').isChecked(), false);
  await walk(page, { fever: 'yes' });
  await page.locator('[data-level]').waitFor();
  assert.deepEqual(await storage(page), { local: [], session: [] });
  await context.close();
});

test('turned on, answers come back after a reload; forget deletes them', async () => {
  const { context, page } = await open();
  await page.locator('[data-action="remember"]').check();
  await walk(page, { fever: 'yes' }, 'details');
  assert.deepEqual((await storage(page)).local, ['spasm-check.answers']);
  await page.reload();
  await takenOver(page);
  await page.locator('[data-note="ui.remember.restored"]').waitFor();
  assert.ok(await page.locator('[data-question="chest_pain"] input[value="no"]').isChecked());
  assert.ok(await page.locator('[data-action="remember"]').isChecked());
  await page.locator('[data-action="next"]').click();
  assert.ok(await page.locator('[data-question="fever"] input[value="yes"]').isChecked());
  await page.locator('[data-action="forget"]').click();
  await page.locator('[data-note="ui.remember.forgotten"]').waitFor();
  assert.deepEqual((await storage(page)).local, []);
  await page.reload();
  await takenOver(page);
  assert.equal(await page.locator('input:checked').count(), 0);
  await context.close();
});

test('damaged or old saved data shows a note and starts clean', async () => {
  const version = await contentVersion();
  for (const [saved, note] of [
    [`v1;${version};fever=maybe`, 'ui.remember.damaged'],
    ['not ours at all', 'ui.remember.damaged'],
    [`v0;${version};fever=yes`, 'ui.remember.old'],
    ['v1;1.0.0;fever=yes', 'ui.remember.old'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = recordPage(page);
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('spasm-check.answers', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, saved);
    await page.goto(server.url('/'));
    await page.locator(`[data-note="${note}"]`).waitFor();
    assert.equal(await page.locator('input:checked').count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('spasm-check.answers')), null);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});
