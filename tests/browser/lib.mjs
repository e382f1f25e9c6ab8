// Shared pieces of the browser tests: the local server, Debian's Chromium
// through playwright-core (never a downloaded browser), and the guards every
// test applies (console errors, page errors, failed or foreign requests).
import { spawn } from 'node:child_process';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// RC_SITE: another build's site (several builds side by side); default the one ./dev test builds.
export const SITE = process.env.RC_SITE ? path.resolve(process.env.RC_SITE) : path.join(ROOT, 'build/web/site');
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

// The local static server (tools/serve.mjs) on a free port. With hook, its
// test mode: the request log (server.requests()) and the page hook
// (tests/engines/page-hook.js) in every HTML page.
export async function startServer(root = SITE, host = '127.0.0.1', { hook = false } = {}) {
  const port = await freePort();
  const args = [path.join(ROOT, 'tools/serve.mjs'), '--root', root, '--port', String(port), '--host', host];
  if (hook) args.push('--hook', path.join(ROOT, 'tests/engines/page-hook.js'));
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { if (String(d).includes('http://')) resolve(); });
    proc.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const url = `http://${host}:${port}/`;
  // [{ method, path, search, t, status }] since the last clear.
  const requests = async ({ clear = false } = {}) => (await fetch(`${url}__rc_test__/requests${clear ? '?clear' : ''}`)).json();
  // A file the server keeps and serves at the returned URL (test mode).
  const put = async (name, body) => {
    const r = await fetch(`${url}__rc_test__/files/${name}`, { method: 'PUT', body });
    if (r.status !== 204) throw new Error(`test server: PUT ${name}: HTTP ${r.status}`);
    return `${url}__rc_test__/files/${name}`;
  };
  return { port, url, requests, put, stop: () => proc.kill('SIGTERM') };
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

// The first frame is on screen ('rc-ready').
export async function waitFirstPaint(page, timeout = 20000) {
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-ready'), null, { timeout });
}

// The widget is on screen and takes input: its first frame is drawn and the
// second part of its program is in ('rc-interactive'; docs/performance.md,
// "Two-part download"). Pages without that second part: the first frame.
export async function waitFirstFrame(page, timeout = 20000) {
  await waitFirstPaint(page, timeout);
  // ...and the program's third part in (or failed): state() (rc_state_json)
  // is there, and would bring it in by the synchronous path (web/boot.js).
  await page.waitForFunction(() => typeof rcLoadDeferred !== 'function' ||
                             (document.documentElement.classList.contains('rc-interactive') && (rcRest.state === 2 || rcRest.problem !== '')),
                             null, { timeout });
}

export async function state(page) { return page.evaluate(() => window.rolecompare.state()); }

// Test targets: the app lists the rects of named controls (CSS px) in its
// state export (ctx.mark in src/ui). Waits until the target is on screen.
export async function target(page, name, timeout = 5000) {
  const t0 = Date.now();
  for (;;) {
    const s = await state(page);
    const t = s.targets.find((x) => x.name === name);
    if (t && t.w > 0 && t.h > 0) return { x: t.x + t.w / 2, y: t.y + t.h / 2, rect: t };
    if (Date.now() - t0 > timeout) throw new Error(`target '${name}' not on screen; have: ${s.targets.map((x) => x.name).join(', ')}`);
    await page.waitForTimeout(50);
  }
}

// Frames settle a few frames after each input; give them time.
export async function settle(page, ms = 120) { await page.waitForTimeout(ms); }

export async function click(page, name) {
  const t = await target(page, name);
  await page.mouse.click(t.x, t.y);
  await settle(page);
}

export async function tap(page, name) {
  const t = await target(page, name);
  await page.touchscreen.tap(t.x, t.y);
  await settle(page);
}

export async function waitState(page, pred, what, timeout = 5000) {
  const t0 = Date.now();
  let s;
  for (;;) {
    s = await state(page);
    if (pred(s)) return s;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}; state: ${JSON.stringify({ ...s, targets: undefined })}`);
    await page.waitForTimeout(50);
  }
}

// A fresh context and page on the widget at `path` (query and fragment),
// guarded (see guard()), after its first frame. `options` are Playwright
// context options (viewport, deviceScaleFactor, hasTouch, colorScheme...).
export async function openWidget(browser, server, path = '', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(server.url + path);
  await waitFirstFrame(page);
  return { context, page, problems };
}
