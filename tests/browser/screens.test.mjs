// Screenshots of every view at phone, tablet and laptop sizes, light and dark,
// into build/artifacts/screens/. None may be blank; at DPR > 1 the canvas
// backing store must be CSS size x DPR (sharp text).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, click, guard, settle, state, waitFirstFrame, waitState } from './lib.mjs';

const SIZES = [
  { name: 'phone320', width: 320, height: 640, dpr: 2, touch: true },
  { name: 'phone', width: 390, height: 844, dpr: 3, touch: true },
  { name: 'tablet', width: 768, height: 1024, dpr: 2, touch: true },
  { name: 'laptop', width: 1366, height: 768, dpr: 1, touch: false },
];
// The views: those in the nav, from the widget's own view table (state().views).

function colours(file) {
  try { return Number(execFileSync('identify', ['-format', '%k', file]).toString()); } catch { return 0; }
}

export default async function ({ browser, server }) {
  const dir = path.join(ART, 'screens');
  fs.mkdirSync(dir, { recursive: true });
  // A result with a clear recommendation (see tests/cli/run.sh for the answers).
  const token = execFileSync(path.join(ROOT, 'build/native/rolecompare'), ['--make-token', '5,5,4,5,4,4,2,1,2,2,2,1,1']).toString().trim();
  for (const size of SIZES) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.dpr,
                                                 hasTouch: size.touch, isMobile: size.touch, colorScheme: theme });
      const page = await context.newPage();
      const problems = guard(page, [new URL(server.url).host]);
      await page.goto(server.url);
      await waitFirstFrame(page);
      const s0 = await waitState(page, (s) => s.theme === theme, `theme ${theme}`).catch(() => state(page));
      check(`screens ${size.name} ${theme}: follows prefers-color-scheme`, s0.theme === theme, s0.theme);
      if (size.dpr > 1) {
        const c = await page.evaluate(() => { const c = document.getElementById('canvas'); const r = c.getBoundingClientRect();
                                               return { w: c.width, h: c.height, cw: r.width, ch: r.height, dpr: devicePixelRatio }; });
        check(`screens ${size.name}: canvas backing ${c.w}x${c.h} = CSS ${c.cw}x${c.ch} x DPR ${c.dpr}`,
              c.w === Math.round(c.cw * c.dpr) && c.h === Math.round(c.ch * c.dpr));
      }
      const shoot = async (view) => {
        const file = path.join(dir, `${view}-${size.name}-${theme}.png`);
        await settle(page, 150);
        await page.screenshot({ path: file });
        const n = colours(file);
        check(`screens ${view} ${size.name} ${theme}: not blank (${n} colours)`, n > 40);
      };
      const VIEWS = s0.views.filter((v) => v.nav).map((v) => v.id);
      if (!VIEWS.includes('overview')) throw new Error(`state().views lists no nav views: ${JSON.stringify(s0.views)}`);
      for (const v of VIEWS) {
        if (v !== 'overview') {
          const s = await state(page);
          if (s.view !== v) {
            // The nav may be scrolled off on small screens: scroll the page up first.
            await page.mouse.move(size.width / 2, size.height / 2);
            await page.mouse.wheel(0, -5000);
            await settle(page);
            await click(page, `nav:${v}`);
          }
          await waitState(page, (s) => s.view === v, `view ${v}`);
        }
        await shoot(v);
      }
      await page.evaluate((t) => { location.hash = `quiz=${t}`; }, token);
      await waitState(page, (s) => s.view === 'result', 'result from #quiz=');
      await shoot('result');
      check(`screens ${size.name} ${theme}: no console errors`, problems.length === 0, problems.join('\n'));
      await context.close();
    }
  }
}
