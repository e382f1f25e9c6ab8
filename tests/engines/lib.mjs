// Widget helpers for the engine tests, written against the driver interface
// of drivers.mjs, so each test runs unchanged in Chromium, Firefox and WebKit.
// Everything is read from the page (the state export, the page hook) or the
// test server's request log, never from an engine's own protocol.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../browser/lib.mjs';

export { ART, ROOT, SITE, check, counts } from '../browser/lib.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls fn (in node) until it returns something truthy.
export async function until(what, fn, timeout = 10000, every = 50) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(every);
  }
}

// The widget takes input (its first frame is drawn and the second part of
// the program is in), and the third part is in or failed: the tests'
// state() (rc_state_json) lives there, and asking earlier would bring it in
// by the synchronous path, a second request for it (web/boot.js).
export const interactive = (page, timeout = 30000) => until('the widget to be interactive',
  () => page.eval(() => {
    const c = document.documentElement.classList;
    const rest = !window.rcRest || rcRest.state === 2 || rcRest.problem !== '';
    return (c.contains('rc-ready') && c.contains('rc-interactive') && rest) || c.contains('rc-failed');
  }), timeout, 100);

export const state = (page) => page.eval(() => window.rolecompare.state());

export async function waitState(page, pred, what, timeout = 8000) {
  let last;
  try {
    return await until(what, async () => { last = await state(page); return pred(last) ? last : null; }, timeout);
  } catch (e) {
    throw new Error(`${e.message}; state: ${JSON.stringify({ ...last, targets: undefined })}`);
  }
}

// A named target's rect (CSS px), once it is on screen.
export async function target(page, name, timeout = 6000) {
  let names = [];
  try {
    return await until(`target ${name}`, async () => {
      const s = await state(page);
      names = s.targets.map((t) => t.name);
      const t = s.targets.find((x) => x.name === name);
      return t && t.w > 0 && t.h > 0 ? { x: t.x + t.w / 2, y: t.y + t.h / 2, rect: t } : null;
    }, timeout);
  } catch (e) { throw new Error(`${e.message}; have: ${names.join(', ')}`); }
}

// Frames settle a few frames after each input.
export const settle = (ms = 150) => sleep(ms);

export async function clickTarget(page, name) { const t = await target(page, name); await page.click(t.x, t.y); await settle(); }
export async function tapTarget(page, name) { const t = await target(page, name); await page.tap(t.x, t.y); await settle(); }

// A fresh page of `engine` on the widget at server.url + rest, interactive.
export async function openWidget(engine, server, rest = '', size = { width: 1366, height: 768, dpr: 1 }) {
  const page = await engine.newPage(size);
  await page.goto(server.url + rest);
  await interactive(page);
  return page;
}

// Requests that went wrong, and files fetched more than once, in a request log.
export function requestTrouble(log) {
  const failed = log.filter((r) => r.status >= 400).map((r) => `HTTP ${r.status} ${r.path}`);
  const n = {};
  for (const r of log) n[r.path] = (n[r.path] || 0) + 1;
  const twice = Object.entries(n).filter(([, k]) => k > 1).map(([p, k]) => `${p} x${k}`);
  return { failed, twice };
}

// How often the page took Emscripten's synchronous path to the second part
// (boot.js counts it; never, on every way in).
export const syncLoads = (page) => page.eval(() => (window.rcDeferred ? rcDeferred.syncLoads : -1));

// A share token for answers (option numbers from 1), from the desktop build's CLI.
export function makeToken(answers) {
  return execFileSync(path.join(ROOT, 'build/native/rolecompare'), ['--make-token', answers]).toString().trim();
}

// A host page's problems and those of the widget in its iframe (the page hook runs in both).
export const problemsWithFrame = async (page, frame) =>
  [...(await page.problems()), ...(await page.evalIn(frame, () => (window.__rcProblems || []).slice()))];

// In the page (with withInkDiff): how a glyph's coverage at(x, y), w x h,
// differs from a reference drawing rf(x, y) of the same glyph that has an M
// px margin round that box. off: the distance between their ink centroids,
// px; shape: the least difference of the two over whole-pixel shifts of up
// to one pixel, as a share of the larger ink. No ink in either: why says
// which, off and shape are 99.
export function inkDiff(at, rf, w, h, M) {
  var sa = 0, xa = 0, ya = 0, sr = 0, xr = 0, yr = 0, x, y, v;
  for (y = 0; y < h; y++) for (x = 0; x < w; x++) { v = at(x, y); sa += v; xa += v * x; ya += v * y; }
  for (y = -M; y < h + M; y++) for (x = -M; x < w + M; x++) { v = rf(x, y); sr += v; xr += v * x; yr += v * y; }
  if (sa === 0 || sr === 0) return { off: 99, shape: 99, why: sa ? 'the reference has no ink' : 'no ink' };
  var dx = xa / sa - xr / sr, dy = ya / sa - yr / sr, best = Infinity;
  for (var sy = -1; sy <= 1; sy++) for (var sx = -1; sx <= 1; sx++) {
    var d = 0;
    for (y = -M + 1; y < h + M - 1; y++) for (x = -M + 1; x < w + M - 1; x++) {
      var inBox = x >= 0 && y >= 0 && x < w && y < h;
      d += Math.abs((inBox ? at(x, y) : 0) - (x - sx >= -M && y - sy >= -M && x - sx < w + M && y - sy < h + M ? rf(x - sx, y - sy) : 0));
    }
    best = Math.min(best, d);
  }
  return { off: Math.sqrt(dx * dx + dy * dy), shape: best / Math.max(sa, sr) };
}
// `fn` with inkDiff in its scope, as page.eval takes it (it sends the source).
export const withInkDiff = (fn) => `(function () { var inkDiff = ${inkDiff}; return ${fn}; })()`;
