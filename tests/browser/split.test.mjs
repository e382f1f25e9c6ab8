// The two-part download (docs/performance.md, "Two-part download"): the first
// frame comes from rolecompare.wasm alone; rolecompare.deferred.wasm follows
// it, and the widget takes input once it is in. Common ways in never need the
// synchronous fallback; when it is needed (or the second part fails) the page
// still works, or says so and shows the plain content.
import { check, guard, state, target, waitFirstPaint, waitFirstFrame, click, waitState } from './lib.mjs';

const FIRST = ['style.css', 'boot.js', 'rolecompare.js', 'rolecompare.wasm'];  // besides the page itself

// Records Emscripten's note when the synchronous path was taken.
function watch(page) {
  const w = { sync: [] };
  page.on('console', (m) => { if (/placeholder function called/.test(m.text())) w.sync.push(m.text()); });
  return w;
}

async function firstLoad(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  // The first frame's time by the page's own clock, to compare with the
  // Resource Timing start of every request.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (!window.__painted && document.documentElement.classList.contains('rc-ready')) window.__painted = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
  });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const w = watch(page);
  await page.goto(server.url);
  await waitFirstFrame(page);
  const { painted, entries } = await page.evaluate(() => ({
    painted: window.__painted,
    entries: performance.getEntriesByType('resource').map((e) => ({ file: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd })),
  }));
  // The second part is fetched from the moment the first part's bytes are
  // all in (web/boot.js): maybe before the first frame, never beside its files.
  const second = entries.find((e) => e.file === 'rolecompare.deferred.wasm');
  const first = entries.filter((e) => e !== second && e.start <= painted);
  const before = first.map((e) => e.file);
  check('split: the first frame needs only the page and the first part',
        before.every((f) => FIRST.includes(f)) && before.includes('rolecompare.wasm'), before.join(', '));
  const lastFirst = Math.max(...first.map((e) => e.end));
  check('split: the second part is requested once the first frame\'s files are all in, never beside them',
        !!second && second.start >= lastFirst,
        second ? `second part asked at ${second.start.toFixed(1)} ms; first frame's files in by ${lastFirst.toFixed(1)} ms` : 'never asked for');
  // ... and while the page compiles and starts (before its first frame): the
  // network would be idle then (seconds on a slow phone).
  check('split: the second part\'s download starts before the first frame, not after it', !!second && second.start < painted,
        second ? `second part asked at ${second.start.toFixed(1)} ms; first frame at ${painted.toFixed(1)} ms` : 'never asked for');
  check('split: a plain load never takes the synchronous path', w.sync.length === 0, w.sync.join('; '));
  const builds0 = await page.evaluate(() => rcFont.builds.slice());
  check('split: the first frame\'s font atlas was started ahead (the same glyphs and sizes as the app asks for)',
        builds0.length === 1 && /^ahead/.test(builds0[0]), builds0.join());
  await click(page, 'nav:compare');
  const s = await waitState(page, (x) => x.view === 'compare', 'the compare view').catch(() => state(page));
  check('split: once in, the whole program works (Compare opens)', s.view === 'compare', s.view);
  // A character the fonts lack, typed into a search: the atlas is rebuilt with it.
  await click(page, 'compare:search');
  await page.keyboard.type('caf');
  await page.evaluate(() => {  // pasted: Playwright cannot type it as a key
    const dt = new DataTransfer();
    dt.setData('text', '\u00e9');
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await waitState(page, (x) => x.compare.search === 'caf\u00e9', 'the search text');
  await page.waitForTimeout(200);
  const builds1 = await page.evaluate(() => rcFont.builds.slice());
  check('split: a typed character the fonts lacked rebuilds the atlas with it', builds1.length === 2 && builds1[1] === 'now', builds1.join());
  check('split: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

// On a slow connection the page is idle while the program downloads: the
// first frame's font atlas is built then, whole, and the first frame takes it.
async function slowDownload(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  await context.route('**/rolecompare.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(server.url);
  // The loading text waits 0.3 s (a quick first frame replaces a blank
  // page), then shows until the first frame.
  const shown = () => page.evaluate(() => {
    const el = document.getElementById('rc-loading'), r = el.getBoundingClientRect();
    return getComputedStyle(el).display !== 'none' && r.height > 0 && /Loading/.test(el.innerText);
  });
  await page.waitForFunction(() => performance.now() > 900);
  const waiting = await shown();
  await waitFirstFrame(page);
  const builds = await page.evaluate(() => rcFont.builds.slice());
  check('split: slow download: the loading text shows while the program downloads', waiting);
  await page.waitForTimeout(400);  // its fade-out
  check('split: slow download: the loading text is gone after the first frame', !(await page.evaluate(() => {
    const el = document.getElementById('rc-loading');
    return getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden';
  })));
  check('split: slow download: the font atlas was built whole while the program downloaded', builds.join() === 'ahead', builds.join());
  check('split: slow download: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

// Ways in whose first frame needs the second part: it waits for it instead of
// taking the synchronous path.
async function heldFirstFrames(browser, server) {
  const cases = [
    ['?view=compare', null, (s) => s.view === 'compare'],
    ['?view=faq&theme=dark', null, (s) => s.view === 'faq'],
    ['', 'saved', (s) => s.quiz.answered >= 1],
    // A link's fragment is read by the third part (the quiz's token).
    ['#quiz=AAAA', null, (s) => s.banners.length > 0],
    ['#x=1', null, (s) => s.view === 'overview'],
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
    const w = watch(page);
    await page.goto(server.url + query);
    await waitFirstFrame(page);
    const restSync = await page.evaluate(() => rcRest.syncLoads);
    const s = await state(page);
    const what = query || 'saved progress';
    check(`split: ${what}: the first frame waits for the second and third parts (no synchronous path)`,
          w.sync.length === 0 && restSync === 0, JSON.stringify({ second: w.sync, third: restSync }));
    check(`split: ${what}: opens as asked`, ok(s), JSON.stringify({ view: s.view, answered: s.quiz && s.quiz.answered }));
    check(`split: ${what}: no console errors`, problems.length === 0, problems.join('\n'));
    await context.close();
  }
}

// The second part is slow: a call into it before it is in takes the
// synchronous path, and still answers.
async function slowSecondPart(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  // The app's own request waits; the synchronous path's (an XHR) does not.
  await context.route('**/rolecompare.deferred.wasm', async (route) => {
    if (route.request().resourceType() !== 'xhr') await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const w = watch(page);
  await page.goto(server.url);
  await waitFirstPaint(page);
  const interactiveEarly = await page.evaluate(() => document.documentElement.classList.contains('rc-interactive'));
  const s = await state(page);  // the state export lives in the second part
  check('split: slow second part: not interactive before it is in', !interactiveEarly);
  check('split: slow second part: a call into it takes the synchronous path and answers', s.view === 'overview' && w.sync.length > 0,
        `view ${s.view}, sync notes ${w.sync.length}`);
  // A click while the second part is still on its way: queued, then handled.
  const faq = s.targets.find((t) => t.name === 'nav:faq');
  await page.mouse.click(faq.x + faq.w / 2, faq.y + faq.h / 2);
  const stillWaiting = await page.evaluate(() => !document.documentElement.classList.contains('rc-interactive'));
  await waitFirstFrame(page, 20000);
  const s2 = await waitState(page, (x) => x.view === 'faq', 'the FAQ view');
  check('split: slow second part: a click made before it was in is not lost', stillWaiting && s2.view === 'faq',
        `clicked before: ${stillWaiting}, view ${s2.view}`);
  await click(page, 'nav:compare');
  const s3 = await waitState(page, (x) => x.view === 'compare', 'the compare view').catch(() => state(page));
  check('split: slow second part: then works as usual', s3.view === 'compare', s3.view);
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
  check('split: second part missing: the page says the comparison could not load', /could not load/.test(status), JSON.stringify(status));
  check('split: second part missing: the plain content is shown', text.includes('Machine Learning Engineer') && text.length > 5000, `${text.length} chars`);
  await context.close();
}

// The third part (docs/performance.md, "Third part"): fetched once the
// widget is interactive, never before; the page's calls that need it, and a
// move to a view it draws, wait for it instead of taking the synchronous
// path; without it the page says so and shows the plain content.
async function thirdPart(browser, server) {
  const host = new URL(server.url).host;
  const open = async (query, route) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    await context.addInitScript(() => {
      window.addEventListener('rolecompare:interactive', () => { window.__interactive = performance.now(); });
      window.addEventListener('rolecompare:event', (e) => { (window.__events = window.__events || []).push(e.detail.type); });
    });
    if (route) await context.route('**/rolecompare.rest.wasm', route);
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const problems = guard(page, [host]);
    await page.goto(server.url + query);
    return { context, page, warnings, problems };
  };
  const rest = (page) => page.evaluate(() => ({ state: rcRest.state, syncLoads: rcRest.syncLoads, problem: rcRest.problem }));

  let { context, page, problems } = await open('');
  await page.waitForFunction(() => window.rcRest && rcRest.state === 2, null, { timeout: 20000 });
  const t = await page.evaluate(() => ({
    interactive: window.__interactive,
    entry: performance.getEntriesByType('resource').find((e) => /rolecompare\.rest\.wasm$/.test(e.name)),
  }));
  check('split: the third part is requested only once the widget is interactive',
        !!t.entry && t.interactive !== undefined && t.entry.startTime >= t.interactive,
        t.entry ? `asked at ${t.entry.startTime.toFixed(1)} ms; interactive at ${t.interactive}` : 'never asked for');
  check('split: a plain load brings the third part in without the synchronous path', (await rest(page)).syncLoads === 0);
  check('split: third part: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();

  // A data= file that answers (badly) long before the third part: its error
  // waits for the third part, then shows.
  const slow = async (route) => {
    if (route.request().resourceType() !== 'xhr') await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  };
  ({ context, page, problems } = await open('?data=bad.json', slow));
  await page.route('**/bad.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"roles":[]}' }));
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: 20000 });
  await page.waitForTimeout(1000);  // bad.json is in by now; the third part is not
  const waiting = await rest(page);
  await page.waitForFunction(() => rcRest.state === 2, null, { timeout: 20000 });
  const s = await waitState(page, (x) => x.banners.length > 0, 'the data file\'s banner', 10000);
  check('split: slow third part: a data= answer waits for it, without the synchronous path',
        waiting.state === 1 && (await rest(page)).syncLoads === 0, JSON.stringify({ waiting, after: await rest(page) }));
  check('split: slow third part: then the data file\'s error shows, on the built-in data',
        s.banners.some((b) => /error/.test(b)) && s.dataset.id === 'ml-vs-swe', JSON.stringify(s.banners));
  check('split: slow third part: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();

  // A move to another view before the third part is in: the move is taken
  // at once (its event), the view is drawn once the part is in, and nothing
  // takes the synchronous path meanwhile. The nav button's spot is read from
  // a load with the part in (state() is the third part's).
  ({ context, page } = await open(''));
  await waitFirstFrame(page);
  const spot = await target(page, 'nav:compare');
  await context.close();
  ({ context, page, problems } = await open('', slow));
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: 20000 });
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(() => (window.__events || []).includes('view'), null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
  const moved = { events: await page.evaluate(() => window.__events || []), rest: await rest(page) };
  await page.waitForFunction(() => rcRest.state === 2, null, { timeout: 20000 });
  const shown = await waitState(page, (x) => x.view === 'compare' && x.targets.some((t) => t.name === 'compare:overlap'), 'the Compare view drawn', 10000).catch((e) => ({ error: e.message }));
  check('split: a move to another view before the third part: taken at once, waiting for the part without the synchronous path',
        moved.events.includes('view') && moved.rest.state === 1 && moved.rest.syncLoads === 0, JSON.stringify(moved));
  check('split: a move to another view before the third part: drawn once the part is in, still without the synchronous path',
        shown.view === 'compare' && (await rest(page)).syncLoads === 0, JSON.stringify({ shown: shown.error || shown.view, rest: await rest(page) }));
  check('split: a move before the third part: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();

  // Without the third part only the first view could work: the page says
  // so, names the file, and shows the plain content.
  ({ context, page, problems } = await open('', (route) => route.fulfill({ status: 404, body: 'gone' })));
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-fallback-shown'), null, { timeout: 20000 }).catch(() => {});
  const status = await page.locator('#rc-status').innerText();
  const text = await page.locator('#rc-fallback').innerText();
  check('split: third part missing: the page says what could not load',
        /could not load \(HTTP 404 for rolecompare\.rest\.wasm\)/.test(status), JSON.stringify(status));
  check('split: third part missing: the plain content is shown', text.includes('Machine Learning Engineer') && text.length > 5000, `${text.length} chars`);
  check('split: third part missing: no other console errors', problems.every((p) => /404/.test(p)), problems.join('\n'));
  await context.close();

  // Saved progress is read by the third part: a returning reader's first
  // frame waits for it and opens with the answers; without it, the first
  // frame still comes and the saved answers are never saved over.
  const saved = async (route) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitFirstFrame(page);
    await click(page, 'nav:quiz');
    const q = (await state(page)).quiz.current;
    await click(page, 'quiz:option:1');
    const answers = (await waitState(page, (x) => x.quiz.answers[q] === 1, 'an answer')).quiz.answers;
    const stored = await page.evaluate(() => localStorage.getItem('rolecompare:progress:ml-vs-swe'));
    await context.route('**/rolecompare.rest.wasm', route);
    const problems = guard(page, [host]);
    await page.reload();
    return { context, page, answers, stored, problems };
  };
  let r = await saved(slow);
  await waitFirstPaint(r.page, 20000);
  const at = await r.page.evaluate(() => ({ rest: rcRest.state, syncLoads: rcRest.syncLoads }));
  let s2 = await state(r.page);
  check('split: saved progress: the first frame waits for the third part (no synchronous path)',
        at.rest === 2 && at.syncLoads === 0, JSON.stringify(at));
  check('split: saved progress: the first frame opens with the answers',
        JSON.stringify(s2.quiz.answers) === JSON.stringify(r.answers), JSON.stringify({ now: s2.quiz.answers, before: r.answers }));
  check('split: saved progress, slow third part: no console errors', r.problems.length === 0, r.problems.join('\n'));
  await r.context.close();

  r = await saved((route) => route.fulfill({ status: 404, body: 'gone' }));
  await r.page.waitForFunction(() => document.documentElement.classList.contains('rc-failed'), null, { timeout: 20000 });
  await r.page.waitForTimeout(300);
  const after = await r.page.evaluate(() => localStorage.getItem('rolecompare:progress:ml-vs-swe'));
  check('split: saved progress, third part missing: the saved answers are kept as they were', after === r.stored,
        JSON.stringify({ before: r.stored, after }));
  await r.context.close();
}

export default async function ({ browser, server }) {
  await firstLoad(browser, server);
  await slowDownload(browser, server);
  await heldFirstFrames(browser, server);
  await slowSecondPart(browser, server);
  await missingSecondPart(browser, server);
  await thirdPart(browser, server);
}
