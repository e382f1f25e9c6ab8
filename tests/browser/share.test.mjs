// Shared results are someone else's: a #quiz= link shows "A shared result"
// beside the visitor's own quiz, never in its place. The visitor's saved
// progress (localStorage) stays byte for byte, their answers stay theirs,
// "Take the quiz yourself" and Retake take #quiz= out of the address bar
// (replaceState: no history entry), Back to the address before the link
// closes it, and the copied link is the widget's address plus the token,
// whatever settings the page was opened with (only ?data= is kept, for
// custom data).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, check, click, guard, settle, state, waitFirstFrame, waitState } from './lib.mjs';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const progressKey = (s) => `rolecompare:progress:${s.dataset.id}`;
const stored = (page, key) => page.evaluate((k) => window.localStorage.getItem(k), key);
const mirrorText = (page) => page.evaluate(() => document.getElementById('rc-mirror')?.textContent || '');
const address = (page) => page.evaluate(() => ({ search: location.search, hash: location.hash, history: history.length }));

// Answers every question of the quiz on screen by click: option `pick(q)`
// (clamped to the question's options). Ends on the last question.
async function answerAll(page, pick) {
  let s = await waitState(page, (x) => x.view === 'quiz', 'the quiz');
  for (let i = 0; i < s.quiz.total; i++) {
    s = await state(page);
    const q = s.quiz.current;
    const o = Math.min(pick(q), s.quiz.question.options.length - 1);
    await click(page, `quiz:option:${o}`);
    s = await waitState(page, (x) => x.quiz.answers[q] === o, `the answer to question ${q + 1}`);
    if (s.quiz.current === q && q < s.quiz.total - 1) await click(page, 'quiz:next');
  }
  return waitState(page, (x) => x.quiz.answered === x.quiz.total, 'every question answered');
}

async function newPage(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  return { context, page, problems };
}

export default async function ({ browser, server }) {
  const origin = new URL(server.url).origin;

  // Someone else: every question answered with the first option; their token.
  let theirs;
  {
    const { context, page } = await newPage(browser, server);
    await page.goto(`${server.url}?view=quiz`);
    await waitFirstFrame(page);
    theirs = await answerAll(page, () => 0);
    await context.close();
  }
  const token = theirs.quiz.token;
  check('share: the sharer\'s quiz is complete and has a token', theirs.quiz.complete && /^[A-Za-z0-9_-]+$/.test(token), token);

  // The visitor: three answers of their own, other than the sharer's, saved.
  const { context, page, problems } = await newPage(browser, server);
  await page.goto(`${server.url}?view=quiz`);
  await waitFirstFrame(page);
  for (let q = 0; q < 3; q++) {
    await click(page, 'quiz:option:1');
    await waitState(page, (x) => x.quiz.answers[q] === 1, `own answer ${q + 1}`);
  }
  let s = await state(page);
  const own = s.quiz;
  const key = progressKey(s);
  const saved = await stored(page, key);
  check('share: the visitor\'s own answers are saved', !!saved && own.answered === 3, String(saved));

  // The link, opened with settings of the visitor's own page in the URL.
  await page.goto(`${server.url}?view=quiz&theme=dark#quiz=${token}`);
  await waitFirstFrame(page);
  s = await waitState(page, (x) => x.view === 'result' && x.shared?.active, 'the shared result').catch(() => state(page));
  check('share: a #quiz= link opens the Result view on the shared result', s.view === 'result' && s.shared?.active && s.shared?.token === token,
        JSON.stringify({ view: s.view, shared: s.shared }));
  check('share: the shared result is the sharer\'s answers', same(s.shared?.answers, theirs.quiz.answers) &&
        s.shared?.recommended === theirs.quiz.recommended, JSON.stringify(s.shared));
  await settle(page, 300);
  const text = await mirrorText(page);
  check('share: it is labelled "A shared result"', text.includes('A shared result'), text.slice(0, 300));
  check('share: it does not call the answers the visitor\'s ("Your result", "Your answers")',
        !/Your result|Your answers/.test(text), text.slice(0, 600));
  check('share: the saved progress in localStorage is byte-identical', (await stored(page, key)) === saved,
        `${await stored(page, key)} vs ${saved}`);
  check('share: the state export shows the visitor\'s own answers untouched', same(s.quiz.answers, own.answers) && s.quiz.token === own.token,
        JSON.stringify(s.quiz.answers));
  const names = s.targets.map((t) => t.name);
  check('share: its actions are Take the quiz yourself, Compare with your answers and Copy share link (no Retake, no Review)',
        ['result:take-quiz', 'result:compare', 'result:copy'].every((n) => names.includes(n)) &&
        !names.includes('result:retake') && !names.includes('result:back'), names.filter((n) => n.startsWith('result:')).join(', '));

  // Copy share link: the widget's address and the token, nothing else.
  await click(page, 'result:copy');
  const copied = await page.evaluate(() => window.rolecompare.lastCopied || '');
  const want = await page.evaluate((t) => location.origin + location.pathname + '#quiz=' + t, token);
  check(`share: the copied link is origin + path + #quiz=token, without ?view=quiz&theme=dark (${copied})`,
        copied === want && copied === `${origin}/#quiz=${token}`, `want ${want}`);

  // Compare with your answers: both results side by side, and nothing saved.
  await click(page, 'result:compare');
  s = await waitState(page, (x) => x.shared?.comparing, 'the comparison').catch(() => state(page));
  await settle(page, 200);
  check('share: Compare with your answers shows the visitor\'s fits beside the shared ones',
        s.shared?.comparing && /Their fits and yours/.test(await mirrorText(page)));
  check('share: ...and leaves the saved progress alone', (await stored(page, key)) === saved);

  // Take the quiz yourself: the visitor's own answers; #quiz= leaves the address, no history entry added.
  const before = await address(page);
  await click(page, 'result:take-quiz');
  s = await waitState(page, (x) => x.view === 'quiz', 'the quiz').catch(() => state(page));
  const after = await address(page);
  check('share: Take the quiz yourself opens the quiz with the visitor\'s own answers',
        s.view === 'quiz' && !s.shared?.active && same(s.quiz.answers, own.answers), JSON.stringify(s.quiz.answers));
  check('share: ...and removes #quiz= from the address (the rest kept, no history entry added)',
        !/quiz=/.test(after.hash) && after.search === '?view=quiz&theme=dark' && after.history === before.history,
        JSON.stringify({ before, after }));
  check('share: the saved progress is still byte-identical', (await stored(page, key)) === saved);

  // Back to the address before a link closes the shared result; Forward opens it again.
  await page.goto(`${server.url}?view=faq`);
  await waitFirstFrame(page);
  await page.evaluate((t) => { location.hash = `quiz=${t}`; }, token);
  s = await waitState(page, (x) => x.view === 'result' && x.shared?.active, 'the shared result after a hash change').catch(() => state(page));
  check('share: a #quiz= hash change opens the shared result', s.view === 'result' && s.shared?.active);
  await page.goBack();
  s = await waitState(page, (x) => !x.shared?.active, 'the shared result closed by Back').catch(() => state(page));
  check('share: Back to the address without #quiz= closes it and shows the view it was opened from',
        !s.shared?.active && s.view === 'faq', JSON.stringify({ view: s.view, shared: s.shared?.active }));
  await page.goForward();
  s = await waitState(page, (x) => x.shared?.active, 'the shared result again by Forward').catch(() => state(page));
  check('share: Forward opens it again', s.view === 'result' && s.shared?.active);
  // Leaving by the nav: #quiz= leaves the address, and Back does not bring it up again as a new entry.
  const h0 = (await address(page)).history;
  await click(page, 'nav:compare');
  s = await waitState(page, (x) => x.view === 'compare', 'compare').catch(() => state(page));
  const a1 = await address(page);
  check('share: leaving by the nav ends it and removes #quiz= (no history entry added)',
        !s.shared?.active && !/quiz=/.test(a1.hash) && a1.history === h0, JSON.stringify(a1));
  check('share: the saved progress is still byte-identical after all that', (await stored(page, key)) === saved);

  // Retake on the visitor's own result takes #quiz= out of the address too
  // (here a link that could not be opened, left in the address bar).
  await page.goto(`${server.url}?view=quiz`);
  await waitFirstFrame(page);
  await answerAll(page, () => 1);
  await page.evaluate(() => { location.hash = 'quiz=AAAA'; });
  await waitState(page, (x) => x.banners.length > 0, 'the bad link notice').catch(() => null);
  await click(page, 'quiz:result');
  s = await waitState(page, (x) => x.view === 'result' && !x.shared?.active, 'the visitor\'s own result').catch(() => state(page));
  const names2 = s.targets.map((t) => t.name);
  check('share: the visitor\'s own result has Retake and Review, not Take the quiz yourself',
        names2.includes('result:retake') && names2.includes('result:back') && !names2.includes('result:take-quiz'));
  const h1 = (await address(page)).history;
  await click(page, 'result:retake');
  s = await waitState(page, (x) => x.view === 'quiz' && x.quiz.answered === 0, 'the retaken quiz').catch(() => state(page));
  const a2 = await address(page);
  check('share: Retake removes #quiz= from the address (no history entry added)',
        s.quiz.answered === 0 && !/quiz=/.test(a2.hash) && a2.search === '?view=quiz' && a2.history === h1, JSON.stringify(a2));
  check('share: no console errors or failed requests', problems.length === 0, problems.join('\n'));
  await context.close();

  // Custom data: the link keeps ?data= (the token opens only against that data), nothing else.
  {
    const mini = fs.readFileSync(path.join(ROOT, 'tests/data/mini.json'));
    const { context: c2, page: p2, problems: probs2 } = await newPage(browser, server);
    await c2.route('**/custom-roles.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: mini }));
    await p2.goto(`${server.url}?data=custom-roles.json&theme=dark&view=quiz`);
    await waitFirstFrame(p2);
    let s2 = await waitState(p2, (x) => x.dataset.custom, 'the custom data', 15000).catch(() => state(p2));
    if (check('share: custom data is in use', s2.dataset.custom, JSON.stringify(s2.dataset))) {
      s2 = await answerAll(p2, () => 0);
      await click(p2, 'quiz:result');
      s2 = await waitState(p2, (x) => x.view === 'result', 'the custom data\'s result');
      await click(p2, 'result:copy');
      const link = await p2.evaluate(() => window.rolecompare.lastCopied || '');
      check(`share: with custom data the link is origin + path + ?data= + #quiz=token (${link})`,
            link === `${origin}/?data=custom-roles.json#quiz=${s2.quiz.token}`);
      await p2.goto(link);
      await waitFirstFrame(p2);
      const s3 = await waitState(p2, (x) => x.dataset.custom && x.shared?.active, 'the custom shared result', 15000).catch(() => state(p2));
      check('share: that link opens the shared result on the custom data', s3.shared?.active && same(s3.shared?.answers, s2.quiz.answers));
    }
    check('share: custom data: no console errors', probs2.length === 0, probs2.join('\n'));
    await c2.close();
  }
}
