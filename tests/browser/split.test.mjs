// The two-part download (docs/performance.md, "Two-part download"): the first
// frame comes from rolecompare.wasm alone; rolecompare.deferred.wasm follows
// it, and the widget takes input once it is in. Common ways in never need the
// synchronous fallback; when it is needed (or the second part fails) the page
// still works, or says so and shows the plain content.
import { check, guard, openWidget, state, waitFirstPaint, waitFirstFrame, click, waitState } from './lib.mjs';

const FIRST = ['', 'index.html', 'style.css', 'boot.js', 'rolecompare.js', 'rolecompare.wasm'];

// Records what the page fetched before and after its first frame, and
// Emscripten's note when the synchronous path was taken.
function watch(page, server) {
  const w = { before: [], after: [], sync: [], painted: false };
  page.on('response', (r) => {
    if (!r.url().startsWith(server.url)) return;
    (w.painted ? w.after : w.before).push(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  page.on('console', (m) => { if (/placeholder function called/.test(m.text())) w.sync.push(m.text()); });
  return w;
}

async function firstLoad(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const w = watch(page, server);
  await page.goto(server.url);
  await waitFirstPaint(page);
  w.painted = true;
  await waitFirstFrame(page);
  check('split: the first frame needs only the page and the first part',
        w.before.every((f) => FIRST.includes(f)) && w.before.includes('rolecompare.wasm'), w.before.join(', '));
  check('split: the second part is fetched after the first frame', w.after.includes('rolecompare.deferred.wasm') &&
        !w.before.includes('rolecompare.deferred.wasm'), `before: ${w.before.join(', ')}; after: ${w.after.join(', ')}`);
  check('split: a plain load never takes the synchronous path', w.sync.length === 0, w.sync.join('; '));
  await click(page, 'nav:compare');
  const s = await waitState(page, (x) => x.view === 'compare', 'the compare view');
  check('split: once in, the whole program works (Compare opens)', s.view === 'compare');
  check('split: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

// Ways in whose first frame needs the second part: it waits for it instead of
// taking the synchronous path.
async function heldFirstFrames(browser, server) {
  const cases = [
    ['?view=compare', null, (s) => s.view === 'compare'],
    ['?view=faq&theme=dark', null, (s) => s.view === 'faq'],
    ['', 'saved', (s) => s.quiz.answered >= 1],
  ];
  for (const [query, storage, ok] of cases) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    if (storage) {
      // Progress saved by an earlier visit: answer one question, then reload.
      const p0 = await context.newPage();
      await p0.goto(server.url);
      await waitFirstFrame(p0);
      await click(p0, 'nav:quiz');
      await click(p0, 'quiz:option:0');
      await p0.close();
    }
    const page = await context.newPage();
    const problems = guard(page, [new URL(server.url).host]);
    const w = watch(page, server);
    await page.goto(server.url + query);
    await waitFirstFrame(page);
    const s = await state(page);
    const what = query || 'saved progress';
    check(`split: ${what}: the first frame waits for the second part (no synchronous path)`, w.sync.length === 0, w.sync.join('; '));
    check(`split: ${what}: opens as asked`, ok(s), JSON.stringify({ view: s.view, answered: s.quiz && s.quiz.answered }));
    check(`split: ${what}: no console errors`, problems.length === 0, problems.join('\n'));
    await context.close();
  }
}

// The second part is slow: a call into it before it is in takes the
// synchronous path, and still answers.
async function slowSecondPart(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  await context.route('**/rolecompare.deferred.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const w = watch(page, server);
  await page.goto(server.url);
  await waitFirstPaint(page);
  const interactiveEarly = await page.evaluate(() => document.documentElement.classList.contains('rc-interactive'));
  const s = await state(page);  // the state export lives in the second part
  check('split: slow second part: not interactive before it is in', !interactiveEarly);
  check('split: slow second part: a call into it takes the synchronous path and answers', s.view === 'overview' && w.sync.length > 0,
        `view ${s.view}, sync notes ${w.sync.length}`);
  await waitFirstFrame(page, 20000);
  await click(page, 'nav:faq');
  const s2 = await waitState(page, (x) => x.view === 'faq', 'the FAQ view');
  check('split: slow second part: then works as usual', s2.view === 'faq');
  check('split: slow second part: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

// The second part cannot be fetched: the page says so and shows the content.
async function missingSecondPart(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  await context.route('**/rolecompare.deferred.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-failed'), null, { timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-fallback-shown'), null, { timeout: 10000 }).catch(() => {});
  const status = await page.locator('#rc-status').innerText();
  const text = await page.locator('#rc-fallback').innerText();
  check('split: second part missing: the page says the comparison could not load', /could not load/.test(status), status);
  check('split: second part missing: the plain content is shown', text.includes('Machine Learning Engineer') && text.length > 5000, `${text.length} chars`);
  await context.close();
}

export default async function ({ browser, server }) {
  await firstLoad(browser, server);
  await heldFirstFrames(browser, server);
  await slowSecondPart(browser, server);
  await missingSecondPart(browser, server);
}
