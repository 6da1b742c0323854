// Saves screenshots as PNGs under test-output/screenshots/ (gitignored), for a
// person to look at after a run; tests never compare them.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

/**
 * Saves a full-page screenshot as test-output/screenshots/<name>.png and
 * returns its path. `name` may hold folders ("en-360x800-light/01-step").
 * Transitions are finished first, so a just-ticked answer shows as ticked.
 */
export async function saveScreenshot(page, name) {
  const safeName = name
    .split('/')
    .map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-'))
    .join(path.sep);
  const file = path.join(SCREENSHOT_DIR, `${safeName}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Empties test-output/screenshots/<folder>/, so it holds only this run's pictures. */
export async function clearScreenshots(folder) {
  await rm(path.join(SCREENSHOT_DIR, folder), { recursive: true, force: true });
}
