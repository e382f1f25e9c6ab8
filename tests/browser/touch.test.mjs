// Touch: dragging scrolls the view (and never activates what the finger
// started on); a tap acts at the finger.
import { check, settle, state, target, openWidget } from './lib.mjs';

async function drag(cdp, x, y0, y1, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

export default async function ({ browser, server }) {
  const { context, page, problems } = await openWidget(browser, server, `?view=faq`, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const cdp = await context.newCDPSession(page);
  const before = await target(page, 'faq:item:3');
  // Start the drag on a FAQ item: it must scroll, not open the item.
  await drag(cdp, before.x, before.y, before.y - 300);
  await settle(page, 300);
  const s = await state(page);
  const after = s.targets.find((t) => t.name === 'faq:item:3');
  const moved = after ? before.rect.y - after.y : Infinity;
  check(`touch: dragging up 300 px scrolls the view (item moved ${Math.round(moved)} px)`, moved > 150);
  check('touch: the drag did not open the FAQ item it started on', s.view === 'faq' &&
        (await page.locator('#rc-mirror [data-rc-action="faq:3"]').getAttribute('aria-expanded')) === 'false');
  // A tap opens the item under the finger.
  const t = await target(page, 'faq:item:5');
  await page.touchscreen.tap(t.x, t.y);
  await settle(page, 300);
  check('touch: a tap opens the item under the finger',
        (await page.locator('#rc-mirror [data-rc-action="faq:5"]').getAttribute('aria-expanded')) === 'true');
  check('touch: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}
