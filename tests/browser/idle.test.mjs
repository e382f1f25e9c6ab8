// Idle: after the last input the page draws no more frames within half a
// second (the main loop pauses until the next event).
import { check, state, openWidget } from './lib.mjs';

export default async function ({ browser, server }) {
  const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1024, height: 700 } });
  await page.mouse.move(200, 200);
  await page.mouse.move(300, 260);
  await page.waitForTimeout(500);
  const a = (await state(page)).frames;
  await page.waitForTimeout(3000);
  const b = (await state(page)).frames;
  check(`idle: no frames drawn over 3 s without input (${a} -> ${b})`, a === b);
  await page.mouse.move(320, 280);
  await page.waitForTimeout(300);
  const c = (await state(page)).frames;
  check(`idle: input wakes it up (${b} -> ${c})`, c > b);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForTimeout(300);
  const d = await state(page);
  check(`idle: a resize redraws at the new size (${c} -> ${d.frames}, ${d.size})`, d.frames > c && Math.round(d.size[0]) === 800);
  check('idle: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}
