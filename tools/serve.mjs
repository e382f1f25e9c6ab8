// Static server for the widget: 127.0.0.1 only, application/wasm, serves the
// precompressed .br/.gz files beside each file, and sends a strict CSP.
// Usage: node tools/serve.mjs --root DIR [--port N] [--host H] [--hook FILE]
// For the tests, --hook FILE makes it
// - record every request, listed by GET /__rc_test__/requests (JSON; add
//   ?clear to empty the list; each with its status), so a test counts
//   downloads and failed requests in any engine;
// - put <script src="/__rc_test__/hook.js"> (FILE) first in every HTML
//   page's <head>, for engines whose driver cannot see the console;
// - keep files a test PUTs to /__rc_test__/files/NAME (in memory, at most
//   4 MiB each) and serve them back, as a host's own pages and data files.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const root = path.resolve(opt('--root', 'build/web/site'));
const port = Number(opt('--port', '8080'));
const host = opt('--host', '127.0.0.1');
const hook = opt('--hook', '') && path.resolve(opt('--hook', ''));
const TEST = '/__rc_test__/';
const requests = [];
const testFiles = new Map();  // NAME -> { type, body }
// An HTML page with the page hook first in its <head> (test mode).
const withHook = (html) => Buffer.from(html.replace(/<head>/i, `<head><script src="${TEST}hook.js"></script>`));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};
export const CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self' https: http:", "font-src 'self'", "frame-src 'self' http://localhost:* http://127.0.0.1:*",
  "base-uri 'none'", "form-action 'none'",
].join('; ');

const server = http.createServer((req, res) => {
  let urlPath;
  try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
  if (hook && urlPath.startsWith(TEST)) { testRoute(req, res, urlPath.slice(TEST.length)); return; }
  if (hook) {
    const entry = { method: req.method, path: urlPath, search: new URL(req.url, 'http://x').search, t: Date.now(), status: 0 };
    requests.push(entry);
    res.on('finish', () => { entry.status = res.statusCode; });
  }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, urlPath);
  if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] || '');
    let body = file, encoding = null, text = null;
    if (hook && type.startsWith('text/html')) {
      text = withHook(fs.readFileSync(file, 'utf8'));
    } else if (/\bbr\b/.test(accept) && fs.existsSync(file + '.br')) { body = file + '.br'; encoding = 'br'; }
    else if (/\bgzip\b/.test(accept) && fs.existsSync(file + '.gz')) { body = file + '.gz'; encoding = 'gzip'; }
    const headers = {
      'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CSP, 'Referrer-Policy': 'strict-origin-when-cross-origin', 'Vary': 'Accept-Encoding',
      // Public static files: a sandboxed iframe (opaque origin) must still be
      // able to fetch the .wasm. No cookies are ever set or read.
      'Access-Control-Allow-Origin': '*',
      'Content-Length': text ? text.length : fs.statSync(body).size,
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    if (text) { res.end(text); return; }
    fs.createReadStream(body).pipe(res);
  });
});
// Test mode (--hook): the request log and the page hook.
function testRoute(req, res, name) {
  if (name === 'requests') {
    const body = JSON.stringify(requests);
    if (new URL(req.url, 'http://x').searchParams.has('clear')) requests.length = 0;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }).end(body);
  } else if (name === 'hook.js') {
    res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' }).end(fs.readFileSync(hook));
  } else if (name.startsWith('files/') && req.method === 'PUT') {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => { size += c.length; if (size <= 4 << 20) chunks.push(c); });
    req.on('end', () => {
      if (size > 4 << 20) { res.writeHead(413).end(); return; }
      testFiles.set(name, { type: TYPES[path.extname(name)] || 'application/octet-stream', body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  } else if (testFiles.has(name) && (req.method === 'GET' || req.method === 'HEAD')) {
    const f = testFiles.get(name);
    const body = f.type.startsWith('text/html') ? withHook(f.body.toString('utf8')) : f.body;
    res.writeHead(200, { 'Content-Type': f.type, 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP,
                         'Access-Control-Allow-Origin': '*', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } else {
    res.writeHead(404).end();
  }
}

server.listen(port, host, () => console.log(`rolecompare: http://${host}:${port}/`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
