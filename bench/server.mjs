// A static file server for the benchmark: files from the repository root, plus pages
// the benchmark registers in memory. Localhost only, no caching headers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const compressed = new Map();

/** Text as a host would serve it: brotli or gzip when the browser accepts it. */
function send(req, res, path, type, body) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (encoding && /text|javascript|json|svg/.test(type)) {
    const key = `${encoding}:${path}:${body.length}`;
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body));
    body = compressed.get(key);
    headers['content-encoding'] = encoding;
  }
  res.writeHead(200, headers);
  res.end(body);
}

/** Starts the server on a free port; `pages` maps a path to the HTML served there. */
export async function startServer(root, pages = new Map()) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requests.push(path);
    const page = pages.get(path);
    if (page !== undefined) {
      return send(req, res, path, types['.html'], page);
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      send(req, res, path, types[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${server.address().port}`;
  return {
    origin,
    pages,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
