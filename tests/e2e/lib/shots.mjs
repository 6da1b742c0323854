// Saves screenshots as PNGs under test-output/screenshots/ (gitignored), for a
// person to look at after a run; tests never compare them.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

/** Saves a full-page screenshot as test-output/screenshots/<name>.png; returns its path. */
export async function saveScreenshot(page, name) {
  const safeName = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${safeName}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
