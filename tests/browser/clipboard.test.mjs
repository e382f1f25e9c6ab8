// Clipboard in the browser: paste into the search box (a 'paste' listener
// brings the text to ImGui), and copy out of it (navigator.clipboard).
import { check, click, guard, settle, state, waitFirstFrame, waitState } from './lib.mjs';

export default async function ({ browser, server }) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(`${server.url}?view=compare`);
  await waitFirstFrame(page);
  await click(page, 'compare:search');
  // A real paste: the browser fires 'paste' on the focused canvas.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'tensorflow');
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const s = await waitState(page, (x) => x.compare.search === 'tensorflow', 'pasted search text').catch(() => state(page));
  check('clipboard: pasting into the search box types the text', s.compare.search === 'tensorflow', JSON.stringify(s.compare.search));
  // Copy: select all in the box, Ctrl+C; ImGui hands the text to navigator.clipboard.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page, 200);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(`clipboard: Ctrl+C copies the selected text (${JSON.stringify(copied)})`, copied === 'tensorflow');
  check('clipboard: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}
