// Static server for the widget: 127.0.0.1 only, application/wasm, serves the
// precompressed .br/.gz files beside each file, and sends a strict CSP.
// Usage: node tools/serve.mjs --root DIR [--port N] [--host H]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const root = path.resolve(opt('--root', 'build/web/site'));
const port = Number(opt('--port', '8080'));
const host = opt('--host', '127.0.0.1');

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
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, urlPath);
  if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] || '');
    let body = file, encoding = null;
    if (/\bbr\b/.test(accept) && fs.existsSync(file + '.br')) { body = file + '.br'; encoding = 'br'; }
    else if (/\bgzip\b/.test(accept) && fs.existsSync(file + '.gz')) { body = file + '.gz'; encoding = 'gzip'; }
    const headers = {
      'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CSP, 'Referrer-Policy': 'strict-origin-when-cross-origin', 'Vary': 'Accept-Encoding',
      // Public static files: a sandboxed iframe (opaque origin) must still be
      // able to fetch the .wasm. No cookies are ever set or read.
      'Access-Control-Allow-Origin': '*',
      'Content-Length': fs.statSync(body).size,
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    fs.createReadStream(body).pipe(res);
  });
});
server.listen(port, host, () => console.log(`rolecompare: http://${host}:${port}/`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
