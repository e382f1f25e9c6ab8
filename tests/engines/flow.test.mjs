// The widget as a visitor uses it, in each engine: every view from the nav,
// typing into a search, the quiz to its result, a share link reopened, Copy
// share link (by mouse, touch and keyboard: what is on the system clipboard
// afterwards), and a source link opening a tab (by mouse, touch and
// keyboard). Copying and opening must run inside the user's event: WebKit
// refuses both from the app's later frames.
import { check, clickTarget, interactive, makeToken, openWidget, settle, state, tapTarget, until, waitState } from './lib.mjs';

const VIEWS = ['compare', 'quiz', 'faq', 'basics', 'sources', 'overview'];
const LAPTOP = { width: 1366, height: 768, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 2, touch: true };

// What the clipboard holds once it holds `want` (or what it held last).
async function clipboardFor(page, want) {
  let last = '';
  await until('the clipboard', async () => (last = await page.clipboard()) === want, 4000).catch(() => {});
  return last;
}

// Presses Tab until the widget's keyboard focus is on `name`.
async function tabTo(page, name, most = 60) {
  await page.eval(() => document.getElementById('canvas').focus());
  for (let i = 0; i < most; i++) {
    await page.press('Tab');
    await settle(60);
    if ((await state(page)).focused === name) return true;
  }
  return false;
}

async function copyLink(engine, page, how, act) {
  await page.clearClipboard();
  const s0 = await state(page);
  await act();
  const want = `${page.widgetUrl}#quiz=${s0.shared.active ? s0.shared.token : s0.quiz.token}`;  // a shared result copies its own link
  const got = await clipboardFor(page, want);
  const s = await waitState(page, (x) => x.share.copy !== 'pending', 'the copy to finish').catch(() => state(page));
  check(`${engine.name} copy share link by ${how}: the clipboard holds the link`, got === want, `clipboard ${JSON.stringify(got)}, want ${want}`);
  check(`${engine.name} copy share link by ${how}: the widget says copied`, s.share.copy === 'copied', s.share.copy);
}

async function openSource(engine, page, how, act) {
  const before = await page.windowCount();
  await act();
  const after = await until('a new tab', async () => { const n = await page.windowCount(); return n > before ? n : 0; }, 5000).catch(() => before);
  check(`${engine.name} a source link by ${how} opens a tab`, after === before + 1, `windows ${before} -> ${after}`);
}

export default async function ({ engine, server }) {
  const E = engine.name;
  const token = makeToken('5,5,4,5,4,4,2,1,2,2,2,1,1');

  // Laptop, mouse and keyboard.
  let page = await openWidget(engine, server, '', LAPTOP);
  page.widgetUrl = server.url;
  try {
    for (const v of VIEWS) {
      await clickTarget(page, `nav:${v}`);
      const s = await waitState(page, (x) => x.view === v, `view ${v}`).catch(() => state(page));
      check(`${E} mouse: the nav opens ${v}`, s.view === v, s.view);
    }
    await clickTarget(page, 'nav:compare');
    await clickTarget(page, 'compare:search');
    await page.type('python');
    let s = await waitState(page, (x) => x.compare.search === 'python', 'the Compare search text').catch(() => state(page));
    check(`${E} keyboard: typed into the Compare search`, s.compare.search === 'python', JSON.stringify(s.compare.search));

    // The quiz, each question answered by a click, to its result.
    await clickTarget(page, 'nav:quiz');
    s = await waitState(page, (x) => x.view === 'quiz', 'the quiz');
    for (let i = 0; i < s.quiz.total; i++) {
      const q = (await state(page)).quiz.current;
      await clickTarget(page, `quiz:option:${i % 2}`);
      s = await waitState(page, (x) => x.quiz.answers[q] === i % 2, `the answer to question ${q + 1}`);
      if (s.quiz.current === q && q < s.quiz.total - 1) await clickTarget(page, 'quiz:next');
    }
    await clickTarget(page, 'quiz:result');
    s = await waitState(page, (x) => x.view === 'result' && x.quiz.complete, 'the result').catch(() => state(page));
    check(`${E} mouse: the quiz ends on its result (${s.quiz.answered} answers, ${s.quiz.recommended || s.quiz.outcome})`,
          s.view === 'result' && s.quiz.complete, `view ${s.view}, complete ${s.quiz.complete}`);

    await copyLink(engine, page, 'mouse', () => clickTarget(page, 'result:copy'));
    const link = `${server.url}#quiz=${s.quiz.token}`;
    const page2 = await engine.newPage(LAPTOP);
    try {
      await page2.goto(link);
      await interactive(page2);
      const s2 = await waitState(page2, (x) => x.view === 'result', 'the shared result');
      check(`${E}: the share link reopens the same answers on the result (as a shared one)`,
            s2.shared.active && JSON.stringify(s2.shared.answers) === JSON.stringify(s.quiz.answers));
    } finally { await page2.close(); }

    // Keyboard: Tab to the button, Enter.
    const onCopy = await tabTo(page, 'result:copy');
    check(`${E} keyboard: Tab reaches Copy share link`, onCopy);
    if (onCopy) await copyLink(engine, page, 'keyboard', async () => { await page.press('Enter'); await settle(); });

    await clickTarget(page, 'nav:sources');
    await waitState(page, (x) => x.view === 'sources', 'the sources');
    await openSource(engine, page, 'mouse', () => clickTarget(page, 'sources:link:0'));
    const onLink = await tabTo(page, 'sources:link:1');
    check(`${E} keyboard: Tab reaches a source link`, onLink);
    if (onLink) await openSource(engine, page, 'keyboard', async () => { await page.press('Enter'); await settle(); });
    const problems = await page.problems();
    check(`${E} laptop: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally { await page.close(); }

  // Phone, touch (WebKitGTK's driver sends a tap as a mouse click: no touch device under Xvfb).
  const how = engine.touch === 'touch' ? 'touch' : 'tap (sent as a click)';
  page = await openWidget(engine, server, `#quiz=${token}`, PHONE);
  page.widgetUrl = server.url;
  try {
    await waitState(page, (x) => x.view === 'result', 'the shared result');
    await copyLink(engine, page, how, () => tapTarget(page, 'result:copy'));
    await page.goto(`${server.url}?view=sources`);
    await interactive(page);
    await openSource(engine, page, how, () => tapTarget(page, 'sources:link:0'));
    const problems = await page.problems();
    check(`${E} phone: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally { await page.close(); }
}
