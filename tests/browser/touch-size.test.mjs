// Touch sizing: with a finger (a coarse pointer) every control's hit area is
// at least 44x44 CSS px (WCAG 2.5.5), in every view, at 320, 390 and 768 px;
// with a mouse nothing grows. Sizes come from the state export: the named
// targets (ctx.mark) and the unnamed controls the layout functions drew
// ("controls": a citation's link, an open answer's tags), each with its hit
// area. Only what is on screen is listed, cut to the visible part and marked
// "clipped" then, so each view is scrolled through and a control is sized
// where it is whole.
import { check, openWidget, settle, state, waitState } from './lib.mjs';

const MIN = 44;
const TOUCH = [{ width: 320, height: 640 }, { width: 390, height: 844 }, { width: 768, height: 1024 }];
// Targets that name a place, not a control.
const PLACES = new Set(['choose:method']);
// Answers (option numbers from 1) with a clear result, as tests/browser/screens.test.mjs.
const ANSWERS = [5, 5, 4, 5, 4, 4, 2, 1, 2, 2, 2, 1, 1];

// A control of the accessible mirror, by its action (src/core/html.cpp):
// the same commands as the canvas's controls, and independent of where they are drawn.
async function act(page, action) {
  const sel = `#rc-mirror [data-rc-action="${action}"]`;
  await page.waitForSelector(sel, { state: 'attached', timeout: 5000 });
  await page.evaluate((s) => document.querySelector(s).click(), sel);
  await settle(page);
}

function controls(s) {
  const named = (s.targets || []).filter((t) => !PLACES.has(t.name));
  const unnamed = (s.controls || []).map((t) => ({ ...t, name: `"${t.name}"` }));
  return named.concat(unnamed);
}

// Scrolls the view from its top to its bottom and sizes every control seen
// whole. Returns Map name -> {w, h}; `partial` collects controls only ever seen cut.
async function sweep(page, viewport) {
  const seen = new Map(), cut = new Map();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  await page.mouse.wheel(0, -100000);
  await settle(page, 200);
  let last = '';
  for (let step = 0; step < 80; step++) {
    const s = await state(page);
    for (const t of controls(s)) {
      if (t.clipped) { if (!seen.has(t.name)) cut.set(t.name, t); continue; }
      if (!seen.has(t.name)) seen.set(t.name, { w: t.w, h: t.h });
      cut.delete(t.name);
    }
    const where = JSON.stringify(s.targets.map((t) => [t.name, Math.round(t.y)]));
    if (where === last) break;  // the wheel moved nothing: the bottom
    last = where;
    await page.mouse.wheel(0, viewport.height * 0.6);
    await settle(page, 80);
  }
  for (const name of seen.keys()) cut.delete(name);
  return { seen, cut };
}

async function sizeView(page, viewport, label) {
  const { seen, cut } = await sweep(page, viewport);
  const small = [...seen].filter(([, r]) => r.w < MIN - 0.01 || r.h < MIN - 0.01)
    .map(([name, r]) => `${name} ${r.w.toFixed(1)}x${r.h.toFixed(1)}`);
  check(`touch-size ${viewport.width}px ${label}: every control at least ${MIN}x${MIN} CSS px (${seen.size} sized, ${small.length} smaller)`,
        seen.size > 0 && small.length === 0, small.join('; ') || (seen.size ? '' : 'no control on screen'));
  if (cut.size) check(`touch-size ${viewport.width}px ${label}: every control seen whole once`, false, [...cut.keys()].join(', '));
  return small.length;
}

async function go(page, view) {
  await act(page, `view:${view}`);
  await waitState(page, (s) => s.view === view, `view ${view}`);
}

export default async function ({ browser, server }) {
  let total = 0;
  for (const viewport of TOUCH) {
    const { context, page, problems } = await openWidget(browser, server, '', { viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    const s0 = await state(page);
    check(`touch-size ${viewport.width}px: the export says the pointer is coarse`, s0.coarse === true, String(s0.coarse));
    total += await sizeView(page, viewport, 'overview');
    for (const v of ['compare', 'choose', 'faq', 'basics', 'sources']) {
      await go(page, v);
      total += await sizeView(page, viewport, v);
    }
    // Compare filtered to where the roles overlap (the Reset filters pill shows).
    await go(page, 'compare');
    const overlap = (await state(page)).targets.find((t) => t.name === 'compare:overlap');
    if (overlap) {
      await page.touchscreen.tap(overlap.x + overlap.w / 2, overlap.y + overlap.h / 2);
      await settle(page);
      total += await sizeView(page, viewport, 'compare, where they overlap');
    }
    // The FAQ with answers open: their tags and source links.
    await go(page, 'faq');
    await act(page, 'faq:0');
    await act(page, 'faq:1');
    total += await sizeView(page, viewport, 'faq, answers open');
    // The quiz, question by question (each question's options and the
    // buttons around them: every question on the narrowest phone, the first
    // and the last elsewhere), then the reader's own result.
    await go(page, 'quiz');
    const n = (await state(page)).quiz.total;
    for (let q = 0; q < n; q++) {
      await waitState(page, (s) => s.quiz.current === q, `question ${q + 1}`);
      if (viewport === TOUCH[0] || q === 0 || q === n - 1) total += await sizeView(page, viewport, `quiz question ${q + 1}`);
      const options = (await state(page)).quiz.question.options.length;
      await act(page, `answer:${q}:${Math.min(ANSWERS[q] ?? 1, options) - 1}`);
      if (q + 1 < n) await act(page, 'next');
    }
    await act(page, 'result');
    const own = await waitState(page, (s) => s.view === 'result', 'the result');
    total += await sizeView(page, viewport, 'result');
    // Someone else's result (a share link), compared with the reader's answers.
    await page.evaluate((t) => { location.hash = `quiz=${t}`; }, own.quiz.token);
    await waitState(page, (s) => s.shared.active, 'the shared result');
    total += await sizeView(page, viewport, 'shared result');
    await act(page, 'compare-answers');
    total += await sizeView(page, viewport, 'shared result, compared');
    // A notice with its Dismiss button (a share link that does not open).
    await page.evaluate(() => { location.hash = 'quiz=nope'; });
    await waitState(page, (s) => s.banners.length > 0, 'a notice');
    total += await sizeView(page, viewport, `${(await state(page)).view} with a notice`);
    check(`touch-size ${viewport.width}px: no console errors`, problems.length === 0, problems.join('\n'));
    await context.close();
  }
  console.log(`# touch-size: ${total} controls under ${MIN}x${MIN} CSS px in all`);

  // With a mouse the rule is off: controls keep the sizes they had before it
  // (a nav button is the body font plus 7 px above and below: 30 px).
  const viewport = { width: 1366, height: 768 };
  const { context, page, problems } = await openWidget(browser, server, '?view=faq', { viewport });
  const s = await state(page);
  check('touch-size mouse 1366px: the export says the pointer is not coarse', s.coarse === false, String(s.coarse));
  const nav = s.targets.filter((t) => t.name.startsWith('nav:'));
  check(`touch-size mouse 1366px: the nav buttons are 30 px high, as before (${nav.map((t) => t.h.toFixed(1)).join(', ')})`,
        nav.length > 0 && nav.every((t) => Math.abs(t.h - 30) < 0.6));
  const grown = controls(s).filter((t) => t.h >= MIN && !t.name.startsWith('faq:item:'));
  check('touch-size mouse 1366px: no button, tag or search box grew to the touch size', grown.length === 0,
        grown.map((t) => `${t.name} ${t.w.toFixed(1)}x${t.h.toFixed(1)}`).join('; '));
  // A touch seen on a mouse page turns the touch sizes on (a laptop with a touch screen).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const tag = s.targets.find((t) => t.name.startsWith('faq:tag:'));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: tag.x + tag.w / 2, y: tag.y + tag.h / 2 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const after = await waitState(page, (x) => x.coarse === true, 'coarse after a touch').catch(() => state(page));
  check('touch-size mouse 1366px: a touch turns the touch sizes on', after.coarse === true, String(after.coarse));
  check('touch-size mouse 1366px: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}
