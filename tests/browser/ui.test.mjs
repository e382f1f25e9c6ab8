// The interface end to end, as a person would use it: every view by mouse and
// again by touch, typing into search, the whole quiz, the result, copying the
// share link and reopening it. Each step is checked through the state export.
import { check, click, guard, settle, state, tap, waitFirstFrame, waitState, openWidget } from './lib.mjs';

const VIEWS = ['compare', 'quiz', 'faq', 'basics', 'sources', 'overview'];

// Scrolls the view (a finger's swipe, or the wheel) until `name` is wholly on
// screen, as a reader scrolls to a button below the fold.
async function scrollTo(page, name, touch) {
  for (let i = 0; i < 12; i++) {
    const s = await state(page);
    const t = s.targets.find((x) => x.name === name);
    const h = await page.evaluate(() => innerHeight);
    if (t && !t.clipped && t.y >= 0 && t.y + t.h <= h) return;
    const down = !t || t.y + t.h > h;
    if (touch) {
      const cdp = await page.context().newCDPSession(page);
      const [y0, y1] = down ? [h * 0.7, h * 0.3] : [h * 0.3, h * 0.7];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y: y0 }] });
      for (let k = 1; k <= 8; k++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y: y0 + ((y1 - y0) * k) / 8 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    } else {
      await page.mouse.move(400, 400);
      await page.mouse.wheel(0, down ? 300 : -300);
    }
    await settle(page, 200);
  }
}

async function walk(browser, server, mode) {
  const touch = mode === 'touch';
  const context = await browser.newContext(touch
    ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true }
    : { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  const press = touch ? tap : click;
  await page.goto(server.url);
  await waitFirstFrame(page);

  for (const v of VIEWS) {
    await press(page, `nav:${v}`);
    const s = await waitState(page, (s) => s.view === v, `view ${v}`).catch(() => state(page));
    check(`${mode}: nav to ${v}`, s.view === v, s.view);
  }

  // Search in Compare: focus the box, type, see the query in the state.
  await press(page, 'nav:compare');
  await press(page, 'compare:search');
  if (touch) {
    // The tap focuses the hidden <input> inside the touch handler itself.
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    check(`${mode}: the search box brought up the on-screen keyboard input`, focused === 'rc-text-input', String(focused));
  }
  await page.keyboard.type('python');
  let s = await waitState(page, (s) => s.compare.search === 'python', 'compare search text').catch(() => state(page));
  check(`${mode}: typed into the Compare search`, s.compare.search === 'python', JSON.stringify(s.compare.search));

  // The quiz: answer every question with the first option.
  await press(page, 'nav:quiz');
  s = await waitState(page, (s) => s.view === 'quiz', 'quiz view');
  const total = s.quiz.total;
  for (let i = 0; i < total; i++) {
    s = await state(page);
    const q = s.quiz.current;
    await press(page, 'quiz:option:0');
    s = await waitState(page, (s) => s.quiz.answers[q] === 0, `answer to question ${q}`);
    if (s.quiz.current === q && q < total - 1) await press(page, 'quiz:next');
  }
  s = await waitState(page, (s) => s.quiz.answered === total, 'all answered');
  check(`${mode}: answered all ${total} questions`, s.quiz.answered === total && s.quiz.complete);
  await scrollTo(page, 'quiz:result', touch);  // on a phone the last question's See result is below the fold
  await press(page, 'quiz:result');
  s = await waitState(page, (s) => s.view === 'result', 'result view');
  check(`${mode}: the result view opens with a complete result`, s.view === 'result' && s.quiz.complete);

  await press(page, 'result:copy');
  const copied = await page.evaluate(() => window.rolecompare.lastCopied || '');
  check(`${mode}: copy share link copies this result's link`, copied.endsWith(`#quiz=${s.quiz.token}`) && copied.startsWith(server.url), copied);

  // The link reopens the same result in a fresh page.
  const page2 = await context.newPage();
  const problems2 = guard(page2, [new URL(server.url).host]);
  await page2.goto(copied);
  await waitFirstFrame(page2);
  const s2 = await waitState(page2, (x) => x.view === 'result', 'reopened result');
  // As someone else's result (UiState::shared): tests/browser/share.test.mjs.
  check(`${mode}: the share link reopens the same answers on the result`,
        s2.shared.active && JSON.stringify(s2.shared.answers) === JSON.stringify(s.quiz.answers) &&
        s2.shared.recommended === s.quiz.recommended);
  await page2.close();

  await press(page, 'result:retake');
  s = await waitState(page, (s) => s.quiz.answered === 0, 'quiz reset').catch(() => state(page));
  check(`${mode}: retake clears the answers`, s.quiz.answered === 0, `${s.quiz.answered} answered`);

  check(`${mode}: no console errors or failed requests`, problems.length === 0 && problems2.length === 0,
        [...problems, ...problems2].join('\n'));
  await context.close();
}

async function keyboard(browser, server) {
  const { context, page, problems } = await openWidget(browser, server, `?view=quiz`, { viewport: { width: 1024, height: 768 } });
  await page.focus('#canvas');
  await page.keyboard.press('5');
  const s = await waitState(page, (s) => s.quiz.answers[0] === 4, 'key 5 answers question 1').catch(() => state(page));
  check('keyboard: number key 5 picks "Strongly agree"', s.quiz.answers[0] === 4, JSON.stringify(s.quiz.answers));
  // Tab moves ImGui's keyboard focus; Enter activates the focused control.
  await page.keyboard.press('Tab');
  await settle(page);
  check('keyboard: Tab is kept by the widget (no focus loss)', await page.evaluate(() => document.activeElement.id === 'canvas'));
  check('keyboard: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

export default async function ({ browser, server }) {
  await walk(browser, server, 'mouse');
  await walk(browser, server, 'touch');
  await keyboard(browser, server);
}
