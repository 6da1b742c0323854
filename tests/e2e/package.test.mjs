// The release as a pharmacy's web team gets it (issue: versioned release, types, manifest,
// integrity): dist/ is an npm package with the crate's version; it installs from `npm pack`
// into a project whose TypeScript (and React JSX) type-checks against its declarations; the
// custom-elements manifest, the element's observedAttributes and the README agree; the
// integrity values are the files' own and a changed file is refused; the TypeScript example host
// builds with esbuild and receives the typed event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST_DIR, REPO_ROOT, contentVersion, startServer } from './lib/server.mjs';
import { launchBrowser, recordPage } from './lib/browser.mjs';
import { takenOver } from './lib/app.mjs';

const WORK = path.join(REPO_ROOT, 'target', 'package-test');
const TSC = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const distJson = async (name) => JSON.parse(await readFile(path.join(DIST_DIR, name), 'utf8'));

async function crateVersion() {
  const cargo = await readFile(path.join(REPO_ROOT, 'Cargo.toml'), 'utf8');
  return cargo.match(/^version = "([^"]+)"/m)[1];
}

test('dist/ is an npm package: the crate\'s version, ES module, types, every file listed', async () => {
  const pkg = await distJson('package.json');
  assert.equal(pkg.name, 'spasm-check');
  assert.equal(pkg.version, await crateVersion());
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/, 'semver');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './spasm-check.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './spasm-check.d.ts', default: './spasm-check.js' });
  for (const file of pkg.files) assert.ok(existsSync(path.join(DIST_DIR, file)), `${file} is in dist/`);
  for (const file of ['spasm-check.js', 'spasm-check.d.ts', 'custom-elements.json', 'integrity.json']) {
    assert.ok(pkg.files.includes(file), `${file} is in the package`);
  }
  // The changelog has this version, with the content version beside it.
  const changelog = await readFile(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  const heading = changelog.match(new RegExp(`^## \\[?${pkg.version.replace(/\./g, '\\.')}\\]? .*$`, 'm'));
  assert.ok(heading, `CHANGELOG.md has a heading for ${pkg.version}`);
  assert.ok(heading[0].includes(`content version ${await contentVersion()}`), heading[0]);
});

test('integrity.json holds each file\'s sha384; the loader and the pages carry the values', async () => {
  const integrity = await distJson('integrity.json');
  const sri = async (file) => `sha384-${createHash('sha384').update(await readFile(path.join(DIST_DIR, file))).digest('base64')}`;
  const names = await readdir(DIST_DIR);
  const expected = names.filter((n) => n === 'spasm-check.js' || n === 'spasm-check.css' || n === 'spasm-check-app.js'
    || n === 'spasm-check-static.js'
    || n.endsWith('_bg.wasm') || /^spasm-check-(first-step|lang)-[a-z]+\.(js|bin)$/.test(n)).sort();
  assert.deepEqual(Object.keys(integrity).sort(), expected, 'every file the loader loads, and the loader');
  const loader = await readFile(path.join(DIST_DIR, 'spasm-check.js'), 'utf8');
  for (const [file, value] of Object.entries(integrity)) {
    assert.equal(value, await sri(file), `${file}: the value is the file's own`);
    if (file !== 'spasm-check.js') assert.ok(loader.includes(value), `the loader carries ${file}'s value`);
  }
  for (const page of ['index.html', 'embed.html']) {
    const html = await readFile(path.join(DIST_DIR, page), 'utf8');
    assert.ok(html.includes(`integrity="${integrity['spasm-check.js']}"`), `${page} loads the loader with its integrity`);
  }
});

test('a file changed on the server is refused: the app does not start, the first step stays', async () => {
  for (const changed of ['spasm-check-app_bg.wasm', 'spasm-check-app.js', 'spasm-check-lang-en.bin']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = recordPage(page);
    await context.route(`**/${changed}`, async (route) => {
      const response = await route.fetch();
      const body = Buffer.concat([await response.body(), Buffer.from('\n')]);
      await route.fulfill({ response, body });
    });
    await page.goto(server.url('/'));
    await page.locator('[data-prerendered][data-failed]').waitFor();
    assert.equal(await page.locator('[data-prerendered]').count(), 1, `${changed}: the app did not take over`);
    assert.ok(log.pageErrors.length === 0, `${changed}: no uncaught error (${log.pageErrors})`);
    await context.close();
  }
});

test('a language\'s words changed on the server are refused after a switch; the page stays in its language', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = recordPage(page);
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes('could not load the words of "hi"'));
  let served = 0;
  await context.route('**/spasm-check-lang-hi.bin', async (route) => {
    served += 1;
    const response = await route.fetch();
    const body = Buffer.concat([await response.body(), Buffer.from('\n')]);
    await route.fulfill({ response, body });
  });
  await page.goto(server.url('/'));
  await takenOver(page.locator('body'));
  await page.locator('.sc-app button[data-lang="hi"]').click();
  await warned;
  assert.equal(served, 1, 'the words of Hindi were fetched once');
  assert.equal(await page.locator('.sc-app').getAttribute('lang'), 'en', 'the page stays in English');
  assert.equal(await page.locator('.sc-app button[data-lang="en"]').getAttribute('aria-pressed'), 'true');
  assert.ok(log.pageErrors.length === 0, `no uncaught error (${log.pageErrors})`);
  await context.close();
  // The same switch with the file as built works: the refusal was the integrity check's.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto(server.url('/'));
  await takenOver(again.locator('body'));
  await again.locator('.sc-app button[data-lang="hi"]').click();
  await again.locator('.sc-app[lang="hi"]').waitFor();
  await fresh.close();
});

/** The README's attribute table: the attribute names of its rows. */
async function readmeAttributes() {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| attribute | meaning | default |'));
  const rows = table.split('\n').slice(2).filter((l) => l.startsWith('|'));
  const end = table.split('\n').slice(2).findIndex((l) => !l.startsWith('|'));
  return rows.slice(0, end).flatMap((row) => [...row.split('|')[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
}

test('the custom-elements manifest, the element\'s observedAttributes and the README name the same attributes', async () => {
  const manifest = await distJson('custom-elements.json');
  assert.equal(manifest.schemaVersion, '1.0.0');
  const decl = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'spasm-check');
  assert.ok(decl?.customElement, 'the manifest declares <spasm-check>');
  for (const a of decl.attributes) assert.ok(a.type?.text && a.description, `${a.name} has a type and a description`);
  const inManifest = decl.attributes.map((a) => a.name).sort();
  assert.deepEqual(decl.events.map((e) => e.name), ['spasm-check-result']);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url('/'));
  const observed = await page.evaluate(async () => {
    await customElements.whenDefined('spasm-check');
    return customElements.get('spasm-check').observedAttributes;
  });
  await context.close();
  // `no-shadow` is read once, when the element connects: it is not observed.
  assert.deepEqual([...observed, 'no-shadow'].sort(), inManifest, 'observedAttributes (and no-shadow)');
  assert.deepEqual((await readmeAttributes()).sort(), inManifest, 'the README table');
});

test('npm pack installs into a project whose TypeScript and React JSX type-check against the package', async () => {
  const packed = execFileSync('npm', ['pack', DIST_DIR, '--pack-destination', WORK, '--json'], { encoding: 'utf8' });
  const tarball = path.join(WORK, JSON.parse(packed)[0].filename);
  const project = path.join(WORK, 'host-project');
  await mkdir(path.join(project, 'src'), { recursive: true });
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'host-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: project, stdio: 'pipe' });
  assert.ok(existsSync(path.join(project, 'node_modules/spasm-check/spasm-check-app_bg.wasm')), 'installed');

  await writeFile(path.join(project, 'src/host.ts'), `
import 'spasm-check';
import type { SpasmCheckElement, SpasmCheckResultDetail, SpasmCheckLevel } from 'spasm-check';

const widget: SpasmCheckElement = document.createElement('spasm-check');
widget.setAttribute('lang', 'hi');
document.body.append(widget);
widget.addEventListener('spasm-check-result', (event) => {
  const detail: SpasmCheckResultDetail = event.detail;
  const level: SpasmCheckLevel = detail.level;
  console.log(level, detail.reasons.length, detail.final, detail.content_version);
});
document.addEventListener('spasm-check-result', (event) => {
  if (event.detail.level === 'emergency') console.log('call now');
  // @ts-expect-error: not a level
  if (event.detail.level === 'see_a_doctor') console.log('never');
});
const found = document.querySelector('spasm-check');
found?.addEventListener('spasm-check-result', (event) => console.log(event.detail.tips));
// @ts-expect-error: the detail is read-only
widget.addEventListener('spasm-check-result', (event) => { event.detail.level = 'self_care'; });
// @ts-expect-error: not a level
const wrong: SpasmCheckLevel = 'urgent';
console.log(wrong);
`);
  await writeFile(path.join(project, 'src/widget.tsx'), `
import type {} from 'spasm-check/react';

export const Widget = () => <spasm-check lang="hi" emergency-numbers="112,108" pharmacist-url="https://pharmacy.example/chat" pharmacist-whatsapp="+91 98765 43210" compact />;
// @ts-expect-error: not a language the widget speaks
export const Wrong = () => <spasm-check lang="fr" />;
`);
  await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true,
      lib: ['es2022', 'dom'], jsx: 'react-jsx', skipLibCheck: false,
      // React's types come from the repository's node_modules (one level up the tree).
      typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')],
    },
    // The example host as shipped, against the declarations beside it.
    include: ['src', path.join(DIST_DIR, 'examples/host.ts')],
  }));
  try {
    execFileSync(TSC, ['-p', project], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});

test('the TypeScript example host builds with esbuild and receives the typed event', async () => {
  const { build } = await import('esbuild');
  const outfile = path.join(WORK, 'host.js');
  await build({ entryPoints: [path.join(REPO_ROOT, 'examples/host.ts')], outfile, format: 'esm', logLevel: 'silent' });
  const script = await readFile(outfile, 'utf8');
  const context = await browser.newContext();
  const page = await context.newPage();
  // The freshly built script in place of the one the build put beside the example.
  await page.route('**/examples/host.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto(server.url('/examples/host.html'));
  const widget = page.locator('spasm-check');
  await takenOver(widget);
  await widget.locator('[data-question="chest_pain"] input[value="yes"]').click();
  await page.locator('#host-result[data-level="emergency"]').waitFor();
  assert.match(await page.locator('#host-result').innerText(), /Call 112 or 108 now/);
  await context.close();
});
