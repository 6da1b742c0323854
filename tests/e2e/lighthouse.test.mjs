// Lighthouse on the standalone page, offline against 127.0.0.1: accessibility
// and best practices must score 100; performance is printed, not asserted
// (it depends on the machine). The reports are kept in test-output/lighthouse/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, REPO_ROOT } from './lib/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.mjs';

const LIGHTHOUSE = path.join(REPO_ROOT, 'node_modules', '.bin', 'lighthouse');
const REPORT_DIR = path.join(REPO_ROOT, 'test-output', 'lighthouse');
// Headless, and none of Chromium's own traffic to the internet (toolchain.md).
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** Runs the Lighthouse CLI; resolves to { stdout, stderr } or rejects with both. */
function lighthouse(args) {
  return new Promise((resolve, reject) => {
    execFile(
      LIGHTHOUSE,
      args,
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        timeout: 150_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`lighthouse failed: ${error.message}\n${stderr.slice(-3000)}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** Each audit of `category` that lost points, with what it found. */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = (audit.details?.items ?? [])
        .slice(0, 5)
        .map((item) => item.node?.selector ?? item.node?.snippet ?? item.url ?? item.description ?? JSON.stringify(item))
        .map((where) => `\n      ${String(where).slice(0, 160)}`)
        .join('');
      return `${audit.id} (score ${audit.score}): ${audit.title}${audit.displayValue ? ` - ${audit.displayValue}` : ''}${items}`;
    });
}

test('Lighthouse: accessibility 100 and best practices 100 on the standalone page', async (t) => {
  await mkdir(REPORT_DIR, { recursive: true });
  const base = path.join(REPORT_DIR, 'standalone');
  await lighthouse([
    server.url('/'),
    '--quiet',
    '--only-categories=accessibility,best-practices,performance',
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ]);
  const lhr = JSON.parse(await readFile(`${base}.report.json`, 'utf8'));
  assert.equal(lhr.runtimeError, undefined, `Lighthouse could not audit the page: ${JSON.stringify(lhr.runtimeError)}`);

  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => `${lhr.audits[id].title} ${lhr.audits[id].displayValue}`)
    .join(', ');
  const summary =
    `Lighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}, simulated throttling): ` +
    `accessibility ${score('accessibility')}, best practices ${score('best-practices')}, ` +
    `performance ${score('performance')} (${metrics}); report: ${base}.report.html`;
  t.diagnostic(summary);

  assert.deepEqual(
    {
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      failed: [...failedAudits(lhr, 'accessibility'), ...failedAudits(lhr, 'best-practices')],
    },
    { accessibility: 100, 'best-practices': 100, failed: [] },
  );
});
