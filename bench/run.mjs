// The load benchmark of issues 6 and 12 (not part of the pass/fail tests).
//
//   node bench/run.mjs --widget DIR --reference DIR [--runs 7] [--lighthouse-runs 1] [--out FILE]
//
// `bash bench/run.sh` builds both sites and calls this. It serves the widget's
// and the minimal Yew reference app's built sites on 127.0.0.1 (each on its
// own port, brotli/gzip like a real host), loads each in headless Chromium
// under the issue's throttling, alternately and each time in a fresh browser
// (cold cache, no connection reuse), measures the time from navigation start
// to the first question being visible and answerable (the reference: its
// heading) and to the app having taken over the prerendered first step, runs
// Lighthouse (mobile) on both pages and prints one table, also written to
// target/bench/report.md.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/lib/browser.mjs';
import { bundles, findFirstScreenAssets, measureAssets } from './lib/first-screen.mjs';
import { serveSite } from './lib/serve.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
// Issue 12: the first question within 0.8x the reference's heading; before it, at most 16 KiB;
// the whole page in one language at most 145 KiB.
const BUDGET_RATIO = 0.8;
const FIRST_STEP_BUDGET = 16 * 1024;
const LANGUAGE_BUDGET = 145 * 1024;

// The issue's throttling: 150 ms latency, 1.6 Mbit/s down and up, 4x CPU slowdown.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8, // bytes per second
  uploadThroughput: 1.6e6 / 8,
  connectionType: 'cellular4g',
};
const CPU_SLOWDOWN = 4;
// A mid-range phone's screen (Lighthouse's mobile viewport).
const VIEWPORT = { width: 412, height: 823 };

// What "the first question is visible" means for each app. Selectors follow the
// DOM contract (data-step, data-question, data-prerendered), never class or file names;
// lookups also search open shadow roots. The widget's first question is the prerendered
// static step's until the app takes it over (`data-prerendered` gone): both are timed.
const APPS = {
  widget: {
    label: 'widget',
    probes: [
      { name: 'first', selector: 'section[data-step] fieldset[data-question="chest_pain"] input[value="yes"]' },
      { name: 'app', selector: 'section[data-step] fieldset[data-question="chest_pain"] input[value="yes"]', absent: '[data-prerendered]' },
    ],
    what: 'first danger-sign question (its Yes answer visible and enabled)',
  },
  reference: {
    label: 'reference',
    probes: [{ name: 'first', selector: 'h1' }],
    what: 'heading',
  },
};

const { values: args } = parseArgs({
  options: {
    widget: { type: 'string' },
    reference: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'lighthouse-runs': { type: 'string', default: '1' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'target/bench/report.md') },
  },
});
if (!args.widget || !args.reference) {
  console.error('usage: node bench/run.mjs --widget DIST_DIR --reference DIST_DIR [--runs 7] [--lighthouse-runs 1] [--out FILE]');
  process.exit(2);
}
const RUNS = Math.max(1, Number(args.runs));
const LH_RUNS = Math.max(0, Number(args['lighthouse-runs']));

/**
 * Runs in the page before its own scripts: resolves `window.__scBench` with, for each probe,
 * performance.now() (ms since navigation start) in the first animation frame in which its
 * `selector` is rendered, visible and enabled and its `absent` selector (if any) matches
 * nothing, searching open shadow roots too.
 */
function installProbe(probes) {
  const deepQuery = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deepQuery(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const seen = {};
  let resolve;
  window.__scBench = new Promise((r) => (resolve = r));
  const tick = () => {
    for (const p of probes) {
      if (seen[p.name] || !document.documentElement) continue;
      const el = deepQuery(document, p.selector);
      if (!el || (p.absent && deepQuery(document, p.absent))) continue;
      const rect = el.getBoundingClientRect();
      const visible =
        rect.width > 0 &&
        rect.height > 0 &&
        !el.disabled &&
        (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
      if (visible) seen[p.name] = { at: performance.now(), inViewport: rect.top < innerHeight && rect.bottom > 0 };
    }
    if (probes.every((p) => seen[p.name])) resolve(seen);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** One cold load of `url` in a fresh browser under throttling. */
async function loadOnce(app, url) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, bytes: 0, status: 0 });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.status = e.response.status;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.addInitScript(installProbe, app.probes);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const seen = await Promise.race([
      page.evaluate(() => window.__scBench),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${app.label}: the ${app.what} did not show within 60 s (${pageErrors.join('; ')})`)), 60_000),
      ),
    ]);
    // Let the first screen finish loading (late requests, e.g. the icon) before counting.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const list = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
    return {
      ms: seen.first.at,
      appMs: seen.app?.at ?? null,
      inViewport: seen.first.inViewport,
      fcp,
      requests: list,
      transferred: list.reduce((s, r) => s + r.bytes, 0),
      pageErrors,
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse 12 (mobile, simulated throttling, performance only) on `url`. */
async function lighthouse(url) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sc-lh-'));
  const out = path.join(dir, 'report.json');
  const bin = path.join(REPO_ROOT, 'node_modules/.bin/lighthouse');
  const flags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${path.join(dir, 'profile')}`];
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(
        bin,
        [url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=${flags.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`))));
    });
    const lhr = JSON.parse(await readFile(out, 'utf8'));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      score: lhr.categories.performance.score,
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtB = (n) => (n == null ? '–' : n.toLocaleString('en-US'));
const fmtMs = (n) => (n == null ? '–' : `${Math.round(n)}`);

async function main() {
  const sites = {
    widget: path.resolve(args.widget),
    reference: path.resolve(args.reference),
  };

  // Sizes, from the same asset discovery as tests/e2e/size.test.mjs.
  const sizes = {};
  for (const [key, dir] of Object.entries(sites)) {
    const { assets, problems } = await findFirstScreenAssets(dir);
    if (problems.length) {
      throw new Error(`${key} (${dir}): the first screen's assets could not all be followed:\n  ${problems.join('\n  ')}`);
    }
    const rows = await measureAssets(dir, assets, { brotli: true });
    const total = (k) => rows.reduce((s, r) => s + r[k], 0);
    sizes[key] = { rows, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  }
  // The widget's groups of issue 12 (tests/e2e/size.test.mjs checks the same).
  const groups = await bundles(sites.widget);
  if (groups.problems.length) throw new Error(`widget: ${groups.problems.join('; ')}`);
  const gz = async (assets) => (await measureAssets(sites.widget, assets)).reduce((s, r) => s + r.gzip, 0);
  const perLanguage = async (group) =>
    Object.fromEntries(await Promise.all(Object.entries(group).map(async ([tag, a]) => [tag, await gz(a)])));
  sizes.groups = {
    inline: groups.inline,
    standalone: await perLanguage(groups.standaloneFirstStep),
    host: await perLanguage(groups.hostFirstStep),
    languages: await perLanguage(groups.languages),
  };

  const servers = {};
  for (const [key, dir] of Object.entries(sites)) servers[key] = await serveSite(dir);
  try {
    // One load of each first, not counted (the disk and the server warm up).
    process.stderr.write('warm-up ');
    for (const key of Object.keys(APPS)) await loadOnce(APPS[key], servers[key].url('/'));

    const results = { widget: [], reference: [] };
    for (let i = 0; i < RUNS; i += 1) {
      // Alternate, and swap who goes first each round: W R, R W, W R, ...
      const order = i % 2 === 0 ? ['widget', 'reference'] : ['reference', 'widget'];
      for (const key of order) {
        const r = await loadOnce(APPS[key], servers[key].url('/'));
        results[key].push(r);
        process.stderr.write(`${key[0]}:${Math.round(r.ms)} `);
      }
    }
    process.stderr.write('\n');

    const lh = { widget: [], reference: [] };
    for (let i = 0; i < LH_RUNS; i += 1) {
      for (const key of Object.keys(APPS)) {
        process.stderr.write(`lighthouse ${key} ${i + 1}/${LH_RUNS}\n`);
        lh[key].push(await lighthouse(servers[key].url('/')));
      }
    }

    const encodings = [...new Set(Object.values(servers).flatMap((s) => s.requests.map((r) => r.encoding)))];
    const acceptEncoding = servers.widget.requests.find((r) => r.acceptEncoding)?.acceptEncoding ?? '';
    const report = await renderReport({ sizes, results, lh, encodings, acceptEncoding, sites });
    console.log(report);
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(path.resolve(args.out), report + '\n');
    console.error(`written to ${path.resolve(args.out)}`);
  } finally {
    for (const s of Object.values(servers)) await s.close();
  }
}

async function renderReport({ sizes, results, lh, encodings, acceptEncoding, sites }) {
  const stats = {};
  for (const key of Object.keys(results)) {
    const ms = results[key].map((r) => r.ms);
    stats[key] = {
      median: median(ms),
      app: key === 'widget' ? median(results[key].map((r) => r.appMs)) : null,
      min: Math.min(...ms),
      max: Math.max(...ms),
      fcp: median(results[key].map((r) => r.fcp ?? NaN)),
      requests: results[key].map((r) => r.requests.length),
      transferred: median(results[key].map((r) => r.transferred)),
      inViewport: results[key].every((r) => r.inViewport),
      errors: results[key].flatMap((r) => r.pageErrors),
    };
  }
  const ratio = stats.widget.median / stats.reference.median;
  const lhMedian = (key, k) => (lh[key].length ? median(lh[key].map((r) => r[k])) : null);
  const requestCount = (key) => {
    const counts = [...new Set(stats[key].requests)];
    return counts.length === 1 ? `${counts[0]}` : `${Math.min(...counts)}–${Math.max(...counts)}`;
  };
  const triple = (r) => `${fmtB(r.raw)} / ${fmtB(r.gzip)} / ${fmtB(r.brotli)}`;

  const rows = [];
  const row = (measure, w, r, cmp = '') => rows.push(`| ${measure} | ${w} | ${r} | ${cmp} |`);
  for (const key of ['widget', 'reference']) {
    for (const a of sizes[key].rows) {
      const cell = triple(a);
      row(`\`${a.file}\` (${a.kind}) B raw / gzip / br`, key === 'widget' ? cell : '–', key === 'reference' ? cell : '–');
    }
  }
  row(
    '**all files index.html loads, B raw / gzip / br**',
    `**${triple(sizes.widget)}**`,
    `**${triple(sizes.reference)}**`,
    `gzip ${(sizes.widget.gzip / sizes.reference.gzip).toFixed(2)}x`,
  );
  const budget = (bytes, limit) => `budget ≤ ${fmtB(limit)}: ${bytes <= limit ? `met (${fmtB(limit - bytes)} B to spare)` : `over by ${fmtB(bytes - limit)} B`}`;
  const g = sizes.groups;
  for (const [tag, bytes] of Object.entries(g.standalone)) {
    const what = tag === g.inline ? 'page, CSS, loader' : `page, CSS, loader, ${tag} first step`;
    row(`**before the first question, standalone page, ${tag}** (${what}) B gzip`, `**${fmtB(bytes)}**`, '–', budget(bytes, FIRST_STEP_BUDGET));
  }
  for (const [tag, bytes] of Object.entries(g.host)) {
    row(`**before the first question, host page, ${tag}** (loader, CSS, ${tag} first step) B gzip`, `**${fmtB(bytes)}**`, '–', budget(bytes, FIRST_STEP_BUDGET));
  }
  for (const [tag, bytes] of Object.entries(g.languages)) {
    row(`**whole page in ${tag}** (page, CSS, loader, glue, wasm, ${tag} words${tag === g.inline ? '' : `, ${tag} first step`}) B gzip`, `**${fmtB(bytes)}**`, '–', budget(bytes, LANGUAGE_BUDGET));
  }
  row('requests (measured, first screen)', requestCount('widget'), requestCount('reference'));
  row(
    `transferred B (median, served ${encodings.filter((e) => e !== 'identity').join('/') || 'uncompressed'})`,
    fmtB(stats.widget.transferred),
    fmtB(stats.reference.transferred),
  );
  row('first contentful paint ms (median)', fmtMs(stats.widget.fcp), fmtMs(stats.reference.fcp));
  row(
    '**time to first question ms, median** (reference: heading)',
    `**${fmtMs(stats.widget.median)}**`,
    `**${fmtMs(stats.reference.median)}**`,
    `**${ratio.toFixed(2)}x** (budget ≤ ${BUDGET_RATIO}x: ${ratio <= BUDGET_RATIO ? 'met' : 'not met'})`,
  );
  row(
    'time until the app has taken over ms, median',
    fmtMs(stats.widget.app),
    '–',
    `${(stats.widget.app / stats.reference.median).toFixed(2)}x the reference's heading`,
  );
  row('time to first question ms, min', fmtMs(stats.widget.min), fmtMs(stats.reference.min));
  row('time to first question ms, max', fmtMs(stats.widget.max), fmtMs(stats.reference.max));
  row('loads (alternating, cold)', results.widget.length, results.reference.length);
  if (LH_RUNS) {
    const n = LH_RUNS > 1 ? ` (median of ${LH_RUNS})` : '';
    const score = (k) => lhMedian(k, 'score');
    row(
      `Lighthouse mobile performance${n}`,
      score('widget')?.toFixed(2) ?? '–',
      score('reference')?.toFixed(2) ?? '–',
      'widget budget ≥ 0.98: ' + (score('widget') >= 0.98 ? 'met' : 'not met'),
    );
    row(
      'Lighthouse LCP ms',
      fmtMs(lhMedian('widget', 'lcp')),
      fmtMs(lhMedian('reference', 'lcp')),
      'widget budget ≤ 1500: ' + (lhMedian('widget', 'lcp') <= 1500 ? 'met' : 'not met'),
    );
    row(
      'Lighthouse CLS',
      lhMedian('widget', 'cls')?.toFixed(3) ?? '–',
      lhMedian('reference', 'cls')?.toFixed(3) ?? '–',
      'widget budget 0: ' + (lhMedian('widget', 'cls') === 0 ? 'met' : 'not met'),
    );
    row('Lighthouse FCP ms / TBT ms', `${fmtMs(lhMedian('widget', 'fcp'))} / ${fmtMs(lhMedian('widget', 'tbt'))}`, `${fmtMs(lhMedian('reference', 'fcp'))} / ${fmtMs(lhMedian('reference', 'tbt'))}`);
  }

  // Requests the browser made that the size test does not count (e.g. an icon).
  const notes = [];
  for (const key of ['widget', 'reference']) {
    const counted = new Set(sizes[key].rows.map((r) => r.file));
    const extra = new Set();
    for (const r of results[key]) {
      for (const q of r.requests) {
        const p = decodeURIComponent(new URL(q.url).pathname).replace(/^\/+/, '') || 'index.html';
        if (!counted.has(p)) extra.add(`${p}${q.status && q.status !== 200 ? ` (${q.status})` : ''}`);
      }
    }
    if (extra.size) notes.push(`- ${key}: also requested, not in the size list: ${[...extra].map((e) => `\`${e}\``).join(', ')}`);
    if (!stats[key].inViewport) notes.push(`- ${key}: the ${APPS[key].what} was visible but not always inside the ${VIEWPORT.width}x${VIEWPORT.height} viewport`);
    if (stats[key].errors.length) {
      notes.push(`- ${key}: page errors and console errors or warnings: ${[...new Set(stats[key].errors)].join('; ')}`);
    }
  }
  for (const key of ['widget', 'reference']) {
    for (const w of new Set(lh[key].flatMap((r) => r.warnings))) notes.push(`- Lighthouse ${key}: ${w}`);
  }

  const { stdout: chromeVersion } = await promisify(execFile)(CHROMIUM_PATH, ['--version']).catch(() => ({ stdout: '?' }));
  let commit = '?';
  try {
    commit = (await promisify(execFile)('git', ['-C', REPO_ROOT, 'describe', '--always', '--dirty'])).stdout.trim();
  } catch {
    // not a git checkout
  }
  const all = (key) => results[key].map((r) => Math.round(r.ms)).join(', ');
  return [
    `## spasm-check load benchmark (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${commit})`,
    '',
    '| measure | widget | reference (minimal Yew 0.23) | widget vs reference / budget |',
    '| --- | ---: | ---: | --- |',
    ...rows,
    '',
    `Sizes: the files as \`tests/e2e/size.test.mjs\` finds them (index.html, what it loads, and the loader's imports and words files); ` +
      `gzip level 9, brotli quality 11 (node zlib). Loads: ${chromeVersion.trim()}, headless, ${VIEWPORT.width}x${VIEWPORT.height}, ` +
      `a fresh browser per load (cold cache), CDP throttling: ${NETWORK.latency} ms latency, ` +
      `${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down and up, CPU ${CPU_SLOWDOWN}x slower; ` +
      `served from 127.0.0.1 with ${encodings.join('/')} (Chromium sent Accept-Encoding: ${acceptEncoding}). ` +
      `Time to first question: navigation start to the first animation frame in which the ` +
      `${APPS.widget.what} is rendered and visible, in the prerendered step or the app (reference: its ${APPS.reference.what}); ` +
      `taken over: the same in the app, with no prerendered step left. ` +
      `Lighthouse 12: mobile preset, simulated throttling, performance category.`,
    '',
    `All loads, ms: widget ${all('widget')}; reference ${all('reference')}.`,
    `Sites: widget ${sites.widget}, reference ${sites.reference}.`,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

main().catch((err) => {
  console.error(err?.stack ?? err);
  process.exit(1);
});
