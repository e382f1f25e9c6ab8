// Browser soak: random clicks, taps, keys, text, wheel and resizes across all
// views for RC_SOAK_SECONDS (15 s in ./dev test, 60 s in ./dev soak). No
// console error, and the wasm heap does not grow after warm-up.
import { check, state, openWidget } from './lib.mjs';

export default async function ({ browser, server }) {
  const seconds = Number(process.env.RC_SOAK_SECONDS || 15);
  const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1024, height: 768 }, hasTouch: true });
  let seed = 12345;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const heap = () => page.evaluate(() => Module.HEAP8.length);
  const sizes = [[1024, 768], [360, 740], [768, 1024], [1366, 768], [320, 568], [1920, 1080]];
  const keys = ['Tab', 'Shift+Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Space', 'Escape', '1', '3', '5', 'Backspace'];
  const texts = ['python', 'ML', 'engineer ', 'zz', 'F1-score', 'données', 'مهندس', '🙂'];
  let actions = 0, warmHeap = 0, views = new Set();
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000) {
    if (!warmHeap && Date.now() - t0 > Math.min(3000, seconds * 200)) warmHeap = await heap();
    const vp = page.viewportSize();
    const k = rnd(100);
    try {
      if (k < 30) {
        const s = await state(page);
        views.add(s.view);
        const t = s.targets[rnd(Math.max(1, s.targets.length))];
        if (t) await page.mouse.click(t.x + t.w / 2, t.y + t.h / 2);
      } else if (k < 45) {
        await page.mouse.click(rnd(vp.width), rnd(vp.height));
      } else if (k < 55) {
        await page.touchscreen.tap(rnd(vp.width), rnd(vp.height));
      } else if (k < 70) {
        await page.keyboard.press(keys[rnd(keys.length)]);
      } else if (k < 78) {
        await page.keyboard.type(texts[rnd(texts.length)]);
      } else if (k < 90) {
        await page.mouse.move(rnd(vp.width), rnd(vp.height));
        await page.mouse.wheel(0, rnd(1200) - 600);
      } else if (k < 97) {
        const [w, h] = sizes[rnd(sizes.length)];
        await page.setViewportSize({ width: w, height: h });
      } else {
        await page.evaluate(() => { location.hash = Math.random() < 0.5 ? 'quiz=AWddxQ2220kpInXG' : 'quiz=garbage'; });
      }
    } catch (e) {
      problems.push(`action failed: ${e.message}`);
    }
    actions++;
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(500);
  const endHeap = await heap();
  console.log(`# soak: ${actions} actions in ${seconds} s, views ${[...views].join(',')}, heap ${warmHeap} -> ${endHeap} bytes`);
  check(`browser soak: ${actions} random actions over ${seconds} s with no console error`, problems.length === 0, problems.slice(0, 5).join('\n'));
  check(`browser soak: the wasm heap did not grow after warm-up (${warmHeap} -> ${endHeap})`, warmHeap > 0 && endHeap <= warmHeap);
  await context.close();
}
