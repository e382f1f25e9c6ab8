// Shared pieces of the browser tests: the local server, Debian's Chromium
// through playwright-core (never a downloaded browser), and the guards every
// test applies (console errors, page errors, failed or foreign requests).
import { spawn } from 'node:child_process';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(ROOT, 'build/web/site');
export const ART = path.join(ROOT, 'build/artifacts');

let passed = 0, failed = 0;
export function check(name, cond, detail = '') {
  if (cond) { passed++; console.log(`ok - ${name}`); }
  else { failed++; console.log(`not ok - ${name}${detail ? `: ${detail}` : ''}`); }
  return cond;
}
export function counts() { return { passed, failed }; }

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

export async function startServer(root = SITE, host = '127.0.0.1') {
  const port = await freePort();
  const proc = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), '--root', root, '--port', String(port), '--host', host],
                     { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { if (String(d).includes('http://')) resolve(); });
    proc.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  return { port, url: `http://${host}:${port}/`, stop: () => proc.kill('SIGTERM') };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Watches a page: any console error, page error, failed request or request
// to a host other than the allowed ones is recorded as a problem.
export function guard(page, allowedHosts) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (!allowedHosts.includes(u.host)) problems.push(`request to a foreign host: ${r.url()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

export async function waitFirstFrame(page, timeout = 20000) {
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-ready'), null, { timeout });
}

export async function state(page) { return page.evaluate(() => window.rolecompare.state()); }
