// Zoom and text (WCAG 1.4.4):
// - the widget's text size, 100% to 200% (A- / A+ in the nav's row): at 200%
//   everything is drawn twice as big (the nav buttons' rects), the layout
//   flows again, and the size survives a reload (localStorage);
// - a pixel ratio change (browser zoom, another screen) draws again at the
//   new ratio: the canvas' backing store and the fonts follow;
// - the canvas lets the browser pinch-zoom the page (touch-action), and a
//   two-finger pinch does zoom it, while a tap still acts once;
// - Ctrl+F opens the widget's own search (its text can be seen; the
//   browser's find would land on the screen-reader mirror, off-screen).
import { check, click, openWidget, settle, state, target, waitFirstFrame, waitState } from './lib.mjs';

const rect = (s, name) => s.targets.find((t) => t.name === name);
// Each part on its own: one that fails does not skip the others.
async function part(name, fn) {
  try { await fn(); } catch (e) { check(`zoom: ${name} ran to the end`, false, e.message); }
}
const canvasSize = (page) => page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });

export default async function ({ browser, server }) {
  await part('text size', async () => {
    const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1280, height: 800 } });
    let s = await state(page);
    const nav0 = rect(s, 'nav:compare');
    const back0 = await canvasSize(page);
    check('zoom: the text size starts at 100% with A- and A+ in the header', s.textSize === 100 &&
          !!rect(s, 'text:smaller') && !!rect(s, 'text:larger'), JSON.stringify({ textSize: s.textSize }));
    for (let i = 0; i < 4; i++) await click(page, 'text:larger');
    s = await waitState(page, (x) => x.textSize === 200, 'text size 200%').catch(() => state(page));
    await settle(page, 200);
    s = await state(page);
    const nav2 = rect(s, 'nav:compare');
    const kw = nav2 ? nav2.w / nav0.w : 0, kh = nav2 ? nav2.h / nav0.h : 0;
    check(`zoom: at 200% the nav buttons are about twice as big (${kw.toFixed(2)} x ${kh.toFixed(2)})`,
          s.textSize === 200 && kw > 1.8 && kw < 2.2 && kh > 1.8 && kh < 2.2, JSON.stringify({ nav0, nav2 }));
    check('zoom: ...drawn at twice the scale, into the same canvas (not magnified)',
          s.scale === 2 && JSON.stringify(await canvasSize(page)) === JSON.stringify(back0), JSON.stringify({ scale: s.scale }));
    check('zoom: ...and the layout flows again at half the width', Math.round(s.size[0]) === 640, JSON.stringify(s.size));
    const larger = rect(s, 'text:larger');
    await click(page, 'text:larger');
    check('zoom: 200% is the largest', (await state(page)).textSize === 200 && !!larger);
    await page.reload();
    await waitFirstFrame(page);
    s = await state(page);
    const nav3 = rect(s, 'nav:compare');
    check('zoom: the text size survives a reload', s.textSize === 200 && nav3 && Math.abs(nav3.w - nav2.w) < 1,
          JSON.stringify({ textSize: s.textSize, nav3 }));
    for (let i = 0; i < 4; i++) await click(page, 'text:smaller');
    s = await waitState(page, (x) => x.textSize === 100, 'text size 100% again').catch(() => state(page));
    await settle(page, 200);
    const nav4 = rect(await state(page), 'nav:compare');
    check('zoom: A- steps back to 100%', s.textSize === 100 && nav4 && Math.abs(nav4.w - nav0.w) < 1, JSON.stringify({ nav0, nav4 }));
    check('zoom: text size: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  // Browser zoom to 200% (Ctrl +): the CSS viewport halves, the pixel ratio doubles.
  await part('browser zoom', async () => {
    const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1280, height: 800 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
    await settle(page, 300);
    const nav0 = rect(await state(page), 'nav:compare');
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
    let s = await waitState(page, (x) => x.scale === 2 && Math.round(x.size[0]) === 640, 'the zoomed page').catch(() => state(page));
    await settle(page, 300);
    s = await state(page);
    const after = await canvasSize(page), nav1 = rect(s, 'nav:compare');
    check(`zoom: browser zoom 200%: laid out again at 640 CSS px, drawn at 2x into a 1280 px backing store (${after})`,
          s.scale === 2 && Math.round(s.size[0]) === 640 && after[0] === 1280 && after[1] === 800, JSON.stringify({ scale: s.scale, size: s.size, after }));
    check('zoom: ...the controls keep their CSS size (fonts rebuilt, not magnified)',
          nav1 && Math.abs(nav1.w - nav0.w) < 1.5 && Math.abs(nav1.h - nav0.h) < 1.5, JSON.stringify({ nav0, nav1 }));
    check('zoom: browser zoom: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  // The pixel ratio alone (another screen; DevTools' emulation): no resize comes with it.
  await part('pixel ratio', async () => {
    const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1000, height: 700 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 1, mobile: false });
    await settle(page, 300);
    const before = await canvasSize(page);
    const nav0 = rect(await state(page), 'nav:compare');
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 2, mobile: false });
    let s = await waitState(page, (x) => x.scale === 2, 'the new pixel ratio', 4000).catch(() => state(page));
    await settle(page, 300);
    s = await state(page);
    const after = await canvasSize(page);
    const nav1 = rect(s, 'nav:compare');
    check(`zoom: pixel ratio 1 -> 2: the canvas backing store follows (${before} -> ${after})`,
          before[0] === 1000 && after[0] === 2000 && after[1] === 2 * before[1], JSON.stringify({ before, after }));
    check('zoom: ...the fonts are rebuilt at 2x and the layout keeps its CSS size',
          s.scale === 2 && nav1 && Math.abs(nav1.w - nav0.w) < 1.5 && Math.abs(nav1.h - nav0.h) < 1.5, JSON.stringify({ scale: s.scale, nav0, nav1 }));
    check('zoom: pixel ratio: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  // Pinch-zoom on a phone.
  await part('pinch', async () => {
    const { context, page, problems } = await openWidget(browser, server, '?view=faq',
      { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    const ta = await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).touchAction);
    check(`zoom: the canvas lets the browser pinch-zoom (touch-action: ${ta})`, /pinch-zoom|auto|manipulation/.test(ta), ta);
    const meta = await page.evaluate(() => document.querySelector('meta[name=viewport]').content);
    check(`zoom: the viewport does not forbid zooming (${meta})`, !/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/.test(meta), meta);
    // One tap first: it opens the item under the finger, once (no mouse click after it).
    const t = await target(page, 'faq:item:2');
    await page.touchscreen.tap(t.x, t.y);
    await settle(page, 400);
    let s = await state(page);
    check('zoom: a tap opens the item under the finger, once', s.faq.open[2] === true, JSON.stringify(s.faq.open));
    // Two fingers moving apart on the canvas.
    const cdp = await context.newCDPSession(page);
    const fingers = (d) => [{ x: 195 - d, y: 420, id: 1 }, { x: 195 + d, y: 420, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (let i = 1; i <= 15; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(30 + i * 4) });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page, 400);
    const zoomed = await page.evaluate(() => window.visualViewport.scale);
    check(`zoom: a two-finger pinch zooms the page (visual viewport scale ${zoomed.toFixed(2)})`, zoomed > 1.3, String(zoomed));
    s = await state(page);
    check('zoom: ...and is neither a tap nor a scroll in the widget', JSON.stringify(s.faq.open.slice(0, 4)) === '[false,false,true,false]' &&
          rect(s, 'faq:item:2') && Math.abs(rect(s, 'faq:item:2').y - t.rect.y) < 1, JSON.stringify({ open: s.faq.open.slice(0, 4) }));
    check('zoom: pinch: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  // A trackpad's pinch (Ctrl + wheel to the page): the page's zoom, not a scroll of the widget.
  await part('trackpad pinch', async () => {
    const { context, page, problems } = await openWidget(browser, server, '?view=faq', { viewport: { width: 1024, height: 768 } });
    const y0 = rect(await state(page), 'faq:item:3').y;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', { x: 500, y: 400, scaleFactor: 2, gestureSourceType: 'mouse' });
    await settle(page, 400);
    const zoomed = await page.evaluate(() => window.visualViewport.scale);
    const y1 = rect(await state(page), 'faq:item:3')?.y;
    check(`zoom: a trackpad pinch zooms the page (visual viewport scale ${zoomed.toFixed(2)}), the widget does not scroll`,
          zoomed > 1.3 && y1 === y0, JSON.stringify({ zoomed, y0, y1 }));
    check('zoom: trackpad pinch: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  // Ctrl+F: the widget's own search (helper S2's "search" view).
  await part('find', async () => {
    const { context, page, problems } = await openWidget(browser, server, '?view=compare', { viewport: { width: 1024, height: 768 } });
    const s0 = await state(page);
    if (!s0.views.some((v) => v.id === 'search')) {
      console.log('# zoom: no "search" view in this build: the Ctrl+F checks wait for it');
    } else {
      await page.evaluate(() => {
        window.findPrevented = null;
        window.addEventListener('keydown', (e) => { if (e.code === 'KeyF') setTimeout(() => { window.findPrevented = e.defaultPrevented; }); });
      });
      await page.keyboard.press('Control+f');  // nothing focused: the page's body
      const s = await waitState(page, (x) => x.view === 'search', 'the search view').catch(() => state(page));
      check('zoom: Ctrl+F opens the widget\'s search (the browser\'s find does not open)',
            s.view === 'search' && (await page.evaluate(() => window.findPrevented)) === true, JSON.stringify({ view: s.view }));
      await page.keyboard.type('salary');
      await settle(page, 200);
      const typed = JSON.stringify(await state(page));
      check('zoom: ...and typing goes into it', typed.includes('salary'), '');
    }
    check('zoom: find: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });
}
