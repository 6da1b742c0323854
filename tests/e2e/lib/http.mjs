// What the two local static servers share (tests/e2e/lib/server.mjs for the tests,
// bench/lib/serve.mjs for the benchmark): content types, the file a request asks
// for, and listening on 127.0.0.1 at a free port.

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The decoded path a request URL asks for (`/` gives `/index.html`); null if it cannot be decoded. */
export function requestPath(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/**
 * Starts `server` on 127.0.0.1 at a free port. Resolves to
 * { origin, url(pathname), requests, close() }.
 */
export async function listenLocal(server, requests) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    url: (pathname = '/') => new URL(pathname, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
