// History: on the widget's own page each view is a history entry
// (?view=<id> in the address, pushState), and Back and Forward show the
// entry's view again without adding one; a reload opens the address's view;
// the #quiz= result is an entry too (Back returns to the view before it).
// Inside an iframe no entry is added (they would take over the host page's
// Back) unless the host opts in (?history=1, embed.js's data-history="1");
// a bad history= value says so in a banner and the widget keeps working.
import { check, click, guard, openWidget, settle, state, target, waitFirstFrame, waitState } from './lib.mjs';

const address = (page) => page.evaluate(() => ({ search: location.search, hash: location.hash, length: history.length }));
// The state, or {} when the page is no longer the widget (Back left it).
const stateOr = (page) => state(page).catch(() => ({ targets: [], banners: [] }));
const viewIs = (page, v, what) => waitState(page, (s) => s.view === v, what).catch(() => stateOr(page));

// A mirror action (src/core/html.cpp's data-rc-action), as the mirror's own controls send it.
const act = (page, action) => page.evaluate((a) => {
  const m = document.getElementById('rc-mirror'), b = document.createElement('button');
  b.setAttribute('data-rc-action', a);
  m.appendChild(b);
  b.click();
  b.remove();
}, action);

// Clicks a named target of the widget inside `frame` (an iframe's Frame), from the host page.
async function clickInFrame(page, frame, name) {
  const box = await (await frame.frameElement()).boundingBox();
  let t = null;
  for (let i = 0; i < 100 && !t; i++) {
    t = (await frame.evaluate(() => window.rolecompare.state())).targets.find((x) => x.name === name && x.w > 0);
    if (!t) await page.waitForTimeout(50);
  }
  if (!t) throw new Error(`target ${name} not in the frame`);
  await page.mouse.click(box.x + t.x + t.w / 2, box.y + t.y + t.h / 2);
  await settle(page);
}
const frameState = (frame) => frame.evaluate(() => window.rolecompare.state()).catch(() => ({}));
async function frameView(page, frame, v) {
  for (let i = 0; i < 100; i++) {
    const s = await frameState(frame);
    if (s.view === v) return s;
    await page.waitForTimeout(50);
  }
  return frameState(frame);
}

// A host page on the test server's origin, embedding the widget with embed.js.
async function openHost(browser, server, attrs) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const url = `${server.url}history-host.html`;
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8">
<title>host</title><link rel="icon" href="data:,"><script src="/embed.js" async></script></head>
<body style="margin:0"><div data-rolecompare data-src="/" ${attrs}></div></body></html>` }));
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(url);
  await page.waitForSelector('[data-rolecompare] iframe');
  const frame = await (await page.$('[data-rolecompare] iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: 20000 });
  await frame.waitForFunction(() => window.rolecompare.state().targets.some((t) => t.name === 'nav:compare'), null, { timeout: 10000 });
  return { context, page, frame, problems };
}

export default async function ({ browser, server }) {
  // A share token: every question answered with its first option (a page of its own).
  let token;
  {
    const { context, page } = await openWidget(browser, server, '?view=quiz');
    const total = (await state(page)).quiz.total;
    for (let q = 0; q < total; q++) await act(page, `answer:${q}:0`);
    token = (await waitState(page, (s) => s.quiz.answered === total, 'every answer').catch(() => state(page))).quiz.token;
    await context.close();
  }

  // The widget's own page: overview -> compare -> faq, Back, Back, Forward.
  const { context, page, problems } = await openWidget(browser, server, '');
  const a0 = await address(page);
  await click(page, 'nav:compare');
  let s = await viewIs(page, 'compare', 'compare');
  const a1 = await address(page);
  check('history: a view change is a history entry with ?view= in the address',
        s.view === 'compare' && a1.search === '?view=compare' && a1.length === a0.length + 1, JSON.stringify({ a0, a1 }));
  await click(page, 'nav:faq');
  s = await viewIs(page, 'faq', 'faq');
  const a2 = await address(page);
  check('history: ...and the next one too', a2.search === '?view=faq' && a2.length === a0.length + 2, JSON.stringify(a2));
  await page.goBack();
  s = await viewIs(page, 'compare', 'compare by Back');
  const b1 = await address(page);
  check('history: Back shows the view before (compare) and its address, adding no entry',
        s.view === 'compare' && b1.search === '?view=compare' && b1.length === a2.length, JSON.stringify({ view: s.view, b1 }));
  await page.goBack();
  s = await viewIs(page, 'overview', 'overview by Back');
  const b2 = await address(page);
  check('history: Back again shows the start view (overview) and the start address',
        s.view === 'overview' && b2.search === a0.search && b2.length === a2.length, JSON.stringify({ view: s.view, b2 }));
  await page.goForward();
  s = await viewIs(page, 'compare', 'compare by Forward');
  const f1 = await address(page);
  check('history: Forward shows compare again', s.view === 'compare' && f1.search === '?view=compare' && f1.length === a2.length,
        JSON.stringify({ view: s.view, f1 }));
  await page.reload();
  await waitFirstFrame(page);
  s = await viewIs(page, 'compare', 'compare after a reload');
  check('history: a reload opens the address\'s view', s.view === 'compare', s.view);

  // A shared result (#quiz=) is an entry of its own: Back returns to the view before it.
  await page.evaluate((t) => { location.hash = `quiz=${t}`; }, token);
  s = await waitState(page, (x) => x.view === 'result' && x.shared?.active, 'the shared result').catch(() => state(page));
  check('history: a #quiz= link opens the shared result', s.view === 'result' && s.shared?.active, JSON.stringify({ view: s.view }));
  const q1 = await address(page);
  await page.goBack();
  s = await waitState(page, (x) => x.view === 'compare' && !x.shared?.active, 'compare by Back from the result').catch(() => stateOr(page));
  const q2 = await address(page);
  check('history: Back from the shared result shows the view before it, and #quiz= is gone from the address',
        s.view === 'compare' && !s.shared?.active && !/quiz=/.test(q2.hash) && q2.length === q1.length,
        JSON.stringify({ view: s.view, q1, q2 }));
  await page.goForward();
  s = await waitState(page, (x) => x.view === 'result' && x.shared?.active, 'the shared result by Forward').catch(() => stateOr(page));
  check('history: Forward opens the shared result again', s.view === 'result' && s.shared?.active);
  // Leaving it by the nav: a new view in its place (the link is done with; see share.test.mjs).
  await click(page, 'nav:basics');
  s = await viewIs(page, 'basics', 'basics');
  const q3 = await address(page);
  check('history: leaving the shared result by the nav replaces its entry, without #quiz=',
        s.view === 'basics' && !s.shared?.active && q3.search === '?view=basics' && !/quiz=/.test(q3.hash) && q3.length === q1.length,
        JSON.stringify({ view: s.view, q3 }));
  await page.goBack();
  s = await viewIs(page, 'compare', 'compare by Back from basics');
  check('history: ...and Back from there shows the view before the link', s.view === 'compare' && !s.shared?.active, s.view);
  check('history: own page: no console errors or failed requests', problems.length === 0, problems.join('\n'));
  await context.close();

  // A bad history= value: a banner names it; the widget works, on its own page with history as usual.
  {
    const { context: c, page: p, problems: probs } = await openWidget(browser, server, '?history=maybe');
    let s2 = await waitState(p, (x) => x.banners.length > 0, 'the banner').catch(() => state(p));
    check('history: a bad history= value shows a banner naming it', s2.banners.some((b) => /history='maybe'/.test(b) && /1 or 0/.test(b)),
          JSON.stringify(s2.banners));
    await click(p, 'nav:faq');
    s2 = await viewIs(p, 'faq', 'faq');
    check('history: ...and the widget keeps working', s2.view === 'faq');
    check('history: bad value: no console errors', probs.length === 0, probs.join('\n'));
    await c.close();
  }

  // Inside an iframe: no entries by default.
  {
    const { context: c, page: p, frame, problems: probs } = await openHost(browser, server, '');
    const len0 = await p.evaluate(() => history.length);
    const src0 = await frame.evaluate(() => location.search);
    await clickInFrame(p, frame, 'nav:compare');
    await clickInFrame(p, frame, 'nav:faq');
    const s3 = await frameView(p, frame, 'faq');
    const len1 = await p.evaluate(() => history.length);
    const src1 = await frame.evaluate(() => location.search);
    check('history: in an iframe, view changes add no history entry (the host\'s Back stays the host\'s)',
          s3.view === 'faq' && len1 === len0 && src1 === src0, JSON.stringify({ view: s3.view, len0, len1, src0, src1 }));
    check('history: iframe: no console errors', probs.length === 0, probs.join('\n'));
    await c.close();
  }
  // ...unless the host opts in (data-history="1" -> ?history=1).
  {
    const { context: c, page: p, frame, problems: probs } = await openHost(browser, server, 'data-history="1"');
    const src = await frame.evaluate(() => location.search);
    check('history: embed.js passes data-history="1" as ?history=1', /[?&]history=1(&|$)/.test(src), src);
    const len0 = await p.evaluate(() => history.length);
    await clickInFrame(p, frame, 'nav:compare');
    await clickInFrame(p, frame, 'nav:faq');
    let s4 = await frameView(p, frame, 'faq');
    const len1 = await p.evaluate(() => history.length);
    check('history: opted in, each view change in the iframe is an entry', s4.view === 'faq' && len1 === len0 + 2,
          JSON.stringify({ view: s4.view, len0, len1 }));
    await p.evaluate(() => history.back());  // the host page's Back (the joint history: the frame's entry)
    s4 = await frameView(p, frame, 'compare');
    const hostUrl = await p.evaluate(() => location.pathname);
    check('history: ...and the host page\'s Back shows the widget\'s view before', s4.view === 'compare' && hostUrl === '/history-host.html',
          JSON.stringify({ view: s4.view, hostUrl }));
    await p.evaluate(() => history.back());
    s4 = await frameView(p, frame, 'overview');
    check('history: ...back to its start view', s4.view === 'overview', s4.view);
    check('history: opted-in iframe: no console errors', probs.length === 0, probs.join('\n'));
    await c.close();
  }
}
