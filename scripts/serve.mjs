// A plain static file server for dist/: no rewrite rules, like an intranet web server.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /intranet/digiwijzer/] [--no-csp]
//
// It sends the same strict security headers the README recommends for nginx, Apache
// and IIS, so what passes here passes there. Used by the serve command and the tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'self'; base-uri 'self'; " +
  "form-action 'self'; object-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.webmanifest', '.svg']);

// Brotli at full quality takes seconds for the wasm; compress each file version once.
const compressed = new Map();
function compress(file, info, body, encoding) {
  const key = `${encoding} ${file} ${info.mtimeMs} ${info.size}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return compressed.get(key);
}

/** Starts a server; resolves to `{ server, url }` once it listens. `csp` is true (the
 * policy above), false (none) or a policy of its own (a host page in the embedding tests). */
export function serve({ dir = 'dist', port = 8080, base = '/', csp = true, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    };
    if (csp) headers['Content-Security-Policy'] = typeof csp === 'string' ? csp : CSP;
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403, headers);
      return res.end();
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const ext = extname(file);
      headers['Content-Type'] = TYPES[ext] ?? 'application/octet-stream';
      // The worker script must always be revalidated so a new deployment is seen.
      headers['Cache-Control'] = rel === 'sw.js' || ext === '.html' ? 'no-cache' : 'public, max-age=3600';
      const accept = req.headers['accept-encoding'] ?? '';
      if (COMPRESSIBLE.has(ext) && body.length > 1024) {
        if (/\bbr\b/.test(accept)) {
          body = compress(file, info, body, 'br');
          headers['Content-Encoding'] = 'br';
        } else if (/\bgzip\b/.test(accept)) {
          body = compress(file, info, body, 'gzip');
          headers['Content-Encoding'] = 'gzip';
        }
        headers['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}${base}` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const { url } = await serve({
    dir: opt('--dir', 'dist'),
    port: Number(opt('--port', process.env.PORT ?? 8080)),
    base: opt('--base', '/'),
    csp: !args.includes('--no-csp'),
  });
  console.log(`Digiwijzer draait op ${url}  (stoppen: Ctrl+C)`);
}
