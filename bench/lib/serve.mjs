// A static server for the benchmark: serves a built site on 127.0.0.1 at a
// free port with the compression a real host would use (brotli when the
// browser accepts it, else gzip; both at maximum levels, made once at start),
// so the throttled network carries what it would carry in production.
// It records every request (path, encoding, bytes sent).
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { MIME_TYPES, listenLocal, requestPath } from '../../tests/e2e/lib/http.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** The encodings an Accept-Encoding header allows (q > 0). */
function acceptedEncodings(header) {
  const out = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

/** Serves `root`. Resolves to { origin, url(p), requests, close() }. */
export async function serveSite(root) {
  const rootDir = path.resolve(root);
  const files = new Map();
  for await (const full of walk(rootDir)) {
    const ext = path.extname(full).toLowerCase();
    // Pre-compressed copies a build may leave beside its assets are not served as files.
    if (ext === '.gz' || ext === '.br') continue;
    const body = await readFile(full);
    const entry = { body, type: MIME_TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext)) {
      entry.gzip = gzipSync(body, { level: 9, memLevel: 9 });
      entry.br = brotliCompressSync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
          [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
          [zlib.BROTLI_PARAM_MODE]: ext === '.wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
    }
    files.set('/' + path.relative(rootDir, full).split(path.sep).join('/'), entry);
  }

  const requests = [];
  const server = createServer((req, res) => {
    const log = { path: req.url, status: 0, encoding: 'identity', bytes: 0, acceptEncoding: req.headers['accept-encoding'] ?? '' };
    requests.push(log);
    const entry = files.get(requestPath(req.url));
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      log.status = entry ? 405 : 404;
      res.writeHead(log.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const accepts = (enc) => acceptedEncodings(log.acceptEncoding).has(enc);
    let body = entry.body;
    const headers = { 'content-type': entry.type, vary: 'accept-encoding', 'cache-control': 'no-cache' };
    if (entry.br && accepts('br')) {
      body = entry.br;
      log.encoding = headers['content-encoding'] = 'br';
    } else if (entry.gzip && accepts('gzip')) {
      body = entry.gzip;
      log.encoding = headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    log.status = 200;
    log.bytes = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return listenLocal(server, requests);
}
