// Every view, in each engine, at laptop (1366x768 @1) and phone (390x844 @2,
// and @3 where the engine can) sizes, light and dark: the view named in the
// URL is the one on screen, the picture has text on it (not a blank or
// half-drawn canvas), and nothing went wrong in the console. The PNGs go to
// build/artifacts/engines/ENGINE-SIZE-VIEW-THEME.png, to look at side by side.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ART, check, interactive, makeToken, settle, state, waitState } from './lib.mjs';

// The views come from the widget's own view table (state().views): every one
// a URL can open, and the result (opened by a share link).
const SIZES = [
  { name: 'laptop', width: 1366, height: 768, dpr: 1 },
  { name: 'phone@2', width: 390, height: 844, dpr: 2, touch: true },
  { name: 'phone@3', width: 390, height: 844, dpr: 3, touch: true },
];
// Distinct colours in a PNG: text, accents and anti-aliasing give hundreds; a
// cleared canvas or a page with only its background, a handful.
const colours = (file) => Number(execFileSync('identify', ['-format', '%k', file]).toString()) || 0;
const pngSize = (file) => execFileSync('identify', ['-format', '%w %h', file]).toString().split(' ').map(Number);

export default async function ({ engine, server }) {
  const dir = path.join(ART, 'engines');
  fs.mkdirSync(dir, { recursive: true });
  const token = makeToken('5,5,4,5,4,4,2,1,2,2,2,1,1');
  let VIEWS = null;
  for (const size of SIZES.filter((s) => s.dpr <= engine.maxDpr)) {
    const page = await engine.newPage(size);
    try {
      if (!VIEWS) {
        await page.goto(server.url + 'index.html');
        await interactive(page);
        VIEWS = (await state(page)).views.filter((v) => v.url).map((v) => v.id).concat('result');
      }
      for (const theme of ['light', 'dark']) {
        for (const view of VIEWS) {
          const rest = view === 'result' ? `?theme=${theme}#quiz=${token}` : `?theme=${theme}&view=${view}`;
          await page.goto(server.url + 'index.html' + rest);
          await interactive(page).catch(async (e) => {
            // Seen once in WebKit, late in a long session: a load that never
            // became interactive. Say what the page showed, and load it again.
            const how = await page.eval(() => `${document.documentElement.className}: ${document.getElementById('rc-status')?.textContent}`).catch((x) => x.message);
            console.log(`# ${engine.name} ${size.name} ${view} ${theme}: ${e.message} (${how}); loading it again`);
            await page.goto(server.url + 'index.html' + rest);
            await interactive(page);
          });
          const s = await waitState(page, (x) => x.view === view && x.theme === theme, `${view} in ${theme}`).catch((e) => ({ err: e.message }));
          await settle(250);
          const file = path.join(dir, `${engine.name}-${size.name}-${view}-${theme}.png`);
          await page.screenshot(file);
          // Seen once in WebKit under load: a screenshot of one colour, the
          // page not yet composited, next to the same view's fine shot in the
          // other theme. Taken again after a few frames, at most twice; a
          // widget that draws nothing stays blank and fails.
          for (let again = 0; again < 2 && colours(file) <= 60; ++again) {
            console.log(`# ${engine.name} ${size.name} ${view} ${theme}: a blank screenshot (${colours(file)} colours); taken again`);
            await settle(500);
            await page.screenshot(file);
          }
          const [w, h] = pngSize(file), n = colours(file);
          check(`${engine.name} ${size.name} ${view} ${theme}: shown, ${w}x${h} device px, ${n} colours`,
                s.view === view && w === size.width * size.dpr && h === size.height * size.dpr && n > 60, s.err || '');
        }
      }
      const problems = await page.problems();
      check(`${engine.name} ${size.name}: no console or page errors over every view`, problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
    }
  }
}
