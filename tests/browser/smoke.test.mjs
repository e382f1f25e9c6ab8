// Smoke: the served page loads, draws its first frame, and talks to nobody
// but its own server.
import path from 'node:path';
import { ART, check, guard, state, waitFirstFrame } from './lib.mjs';

export default async function ({ browser, server }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const t0 = Date.now();
  await page.goto(server.url);
  await waitFirstFrame(page);
  check(`smoke: first frame drawn (${Date.now() - t0} ms)`, true);
  const s = await state(page);
  check('smoke: state export names the view and dataset', s.view === 'overview' && s.dataset.id === 'ml-vs-swe', JSON.stringify(s));
  await page.screenshot({ path: path.join(ART, 'smoke.png') });
  const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
  check('smoke: canvas has a backing store', canvas[0] === 1366 && canvas[1] === 768, String(canvas));
  check('smoke: no console errors, failed or foreign requests', problems.length === 0, problems.join('\n'));
  await context.close();
}
