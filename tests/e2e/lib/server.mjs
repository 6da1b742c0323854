// A tiny static file server for the end-to-end tests: serves the built bundle
// (dist/) on 127.0.0.1 at a free port and records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIME_TYPES, listenLocal, requestPath } from './http.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// SC_DIST serves another directory (a build of one's own, an older or a
// deliberately broken copy); SC_E2E_DIST is its older name. Default: dist/.
export const DIST_DIR = path.resolve(
  REPO_ROOT,
  process.env.SC_DIST || process.env.SC_E2E_DIST || 'dist',
);

/**
 * Starts the server. Resolves to { origin, url(pathname), requests, close() };
 * `requests` lists { method, path, status } in the order they arrived.
 * `headers(pathname)` may add response headers (e.g. a Content-Security-Policy).
 */
export async function startServer({ root = DIST_DIR, headers = () => ({}) } = {}) {
  const rootDir = path.resolve(root);
  try {
    await stat(path.join(rootDir, 'index.html'));
  } catch {
    throw new Error(`${rootDir}/index.html is missing: run \`trunk build --release --offline\` first`);
  }
  const requests = [];

  const server = createServer(async (req, res) => {
    const entry = { method: req.method, path: req.url, status: 0 };
    requests.push(entry);
    const send = (status, headers, body) => {
      entry.status = status;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { allow: 'GET, HEAD' }, '');
    }
    const pathname = requestPath(req.url);
    if (pathname === null) return send(400, {}, '');
    const file = path.resolve(rootDir, `.${pathname}`);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return send(403, {}, '');
    }
    try {
      const body = await readFile(file);
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      send(200, { ...headers(pathname), 'content-type': type, 'content-length': body.length }, body);
    } catch {
      send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found');
    }
  });

  return listenLocal(server, requests);
}

/** The content version the engine ships (`CONTENT_VERSION` in src/engine/mod.rs). */
export async function contentVersion() {
  const source = await readFile(path.join(REPO_ROOT, 'src/engine/mod.rs'), 'utf8');
  const m = source.match(/pub const CONTENT_VERSION: &str = "([^"]+)";/);
  if (!m) throw new Error('CONTENT_VERSION not found in src/engine/mod.rs');
  return m[1];
}
