// Smoke: the served page loads, draws its first frame, and talks to nobody
// but its own server.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ART, check, guard, state, waitFirstFrame } from './lib.mjs';

// Distinct colours in a PNG: a drawn widget has hundreds, a cleared canvas a few.
const colours = (file) => { try { return Number(execFileSync('identify', ['-format', '%k', file]).toString()); } catch { return 0; } };

export default async function ({ browser, server }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const t0 = Date.now();
  await page.goto(server.url);
  await waitFirstFrame(page);
  const ms = Date.now() - t0;
  const s = await state(page);
  check('smoke: state export names the view and dataset', s.view === 'overview' && s.dataset.id === 'ml-vs-swe', JSON.stringify(s));
  await page.waitForTimeout(400);  // the loading text's fade-out (style.css, .25 s)
  const shot = path.join(ART, 'smoke.png');
  await page.screenshot({ path: shot });
  const n = colours(shot);
  const loading = await page.evaluate(() => { const c = getComputedStyle(document.getElementById('rc-loading')); return c.display === 'none' || c.visibility === 'hidden'; });
  check(`smoke: first frame drawn (${ms} ms): ${s.frames} frames, ${n} colours on screen, loading text gone`,
        s.frames >= 1 && n > 40 && loading, `frames ${s.frames}, colours ${n}, loading text hidden: ${loading}`);
  const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
  check('smoke: canvas has a backing store', canvas[0] === 1366 && canvas[1] === 768, String(canvas));
  check('smoke: no console errors, failed or foreign requests', problems.length === 0, problems.join('\n'));
  await context.close();
}
