// Nothing the reader did is lost: a bad #quiz= link or a bad data= file never
// costs the answers in progress; bad data URLs (404, HTML, timeout) leave a
// clear banner and the built-in data working.
import { check, click, guard, openWidget, settle, state, waitFirstFrame, waitState } from './lib.mjs';

async function answerSome(page, n) {
  await click(page, 'nav:quiz');
  for (let i = 0; i < n; i++) {
    const q = (await state(page)).quiz.current;
    await click(page, 'quiz:option:1');
    await waitState(page, (s) => s.quiz.answers[q] === 1, `answer ${q}`);
  }
  return (await state(page)).quiz.answers;
}

export default async function ({ browser, server }) {
  const host = new URL(server.url).host;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems = guard(page, [host]);
  await page.goto(server.url);
  await waitFirstFrame(page);
  const answers = await answerSome(page, 3);
  check('reliability: three answers in progress', answers.filter((a) => a >= 0).length === 3);

  // Progress survives a reload.
  await page.reload();
  await waitFirstFrame(page);
  let s = await state(page);
  check('reliability: answers in progress survive a reload', JSON.stringify(s.quiz.answers) === JSON.stringify(answers));

  // A corrupted share link: a notice, an error event, and the progress kept.
  const events = [];
  await page.exposeFunction('rcTestEvent', (e) => events.push(e));
  await page.evaluate(() => window.addEventListener('rolecompare:event', (e) => window.rcTestEvent(e.detail)));
  await page.evaluate(() => { location.hash = 'quiz=AWddxQ2220kpInXX'; });
  await settle(page, 300);
  s = await state(page);
  check('reliability: a bad #quiz= link shows a notice', s.banners.some((b) => /could not be opened/.test(b)), JSON.stringify(s.banners));
  check('reliability: a bad #quiz= link keeps the answers in progress', JSON.stringify(s.quiz.answers) === JSON.stringify(answers));
  check('reliability: a bad #quiz= link sends an error event', events.some((e) => e.type === 'error'));
  await page.reload();
  await waitFirstFrame(page);
  s = await state(page);
  check('reliability: ...and after a reload the progress is still there', JSON.stringify(s.quiz.answers) === JSON.stringify(answers));

  // Bad data= URLs: 404, an HTML page, an invalid dataset, a timeout.
  const cases = [
    ['404', 'missing.json', /HTTP 404/],
    ['an HTML page', 'index.html', /HTML page|syntax error/],
    ['an invalid dataset', 'bad.json', /error/],
  ];
  await page.route('**/bad.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"roles":[]}' }));
  for (const [what, file, re] of cases) {
    const p2 = await context.newPage();
    const probs2 = guard(p2, [host]);
    await p2.route('**/bad.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"roles":[]}' }));
    await p2.goto(`${server.url}?data=${file}`);
    await waitFirstFrame(p2);
    const s2 = await waitState(p2, (x) => x.banners.length > 0, `banner for ${what}`, 15000);
    check(`reliability: data= ${what}: a banner says what went wrong`, s2.banners.some((b) => re.test(b)), JSON.stringify(s2.banners));
    check(`reliability: data= ${what}: the built-in data still works`, s2.dataset.id === 'ml-vs-swe' && !s2.dataset.custom);
    check(`reliability: data= ${what}: saved progress for the default data is kept`,
          JSON.stringify(s2.quiz.answers) === JSON.stringify(answers), JSON.stringify(s2.quiz.answers));
    // The only console noise allowed is the failed fetch itself (a 404) and our warnings.
    const unexpected = probs2.filter((p) => !(what === '404' && /404/.test(p)));
    check(`reliability: data= ${what}: no other console errors`, unexpected.length === 0, unexpected.join('\n'));
    await p2.close();
  }
  const p3 = await context.newPage();
  await p3.route('**/slow.json', () => {});  // never answers
  await p3.goto(`${server.url}?data=slow.json`);
  await waitFirstFrame(p3);
  const s3 = await waitState(p3, (x) => x.banners.length > 0, 'timeout banner', 15000);
  check('reliability: data= that never answers: a banner after the timeout, built-in data in use',
        s3.banners.some((b) => /timed out/.test(b)) && !s3.dataset.custom, JSON.stringify(s3.banners));
  await p3.close();
  // A lost WebGL context (a GPU reset, the browser reclaiming it) comes back
  // drawn as before (src/platform/web/renderer.cpp makes everything anew), and
  // the widget still answers.
  {
    const { context: c4, page: p4, problems: probs4 } = await openWidget(browser, server);
    await settle(p4, 300);
    const before = await p4.screenshot();
    const lost = await p4.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      window.rcTestLose = gl.getExtension('WEBGL_lose_context');
      window.rcTestLose.loseContext();
      return gl.isContextLost();
    });
    check('reliability: lost context: WEBGL_lose_context loses it', lost);
    await settle(p4, 200);
    await p4.evaluate(() => window.rcTestLose.restoreContext());
    await p4.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2').isContextLost());
    await settle(p4, 500);
    const after = await p4.screenshot();
    check('reliability: lost context: once back, the widget is drawn as before', before.equals(after));
    await click(p4, 'nav:compare');
    await waitState(p4, (x) => x.view === 'compare', 'the compare view after the context came back');
    await settle(p4, 300);
    const compare = await p4.screenshot();
    check('reliability: lost context: once back, input works and draws', !compare.equals(after));
    check('reliability: lost context: no console errors', probs4.length === 0, probs4.join('\n'));
    await c4.close();
  }
  check('reliability: no console errors on the main page', problems.length === 0, problems.join('\n'));
  await context.close();
}
