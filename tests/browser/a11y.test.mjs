// Accessibility and fallbacks: the DOM mirror beside the canvas (same
// questions, options and results, usable on its own), axe-core on the page,
// the page without JavaScript, without WebGL2, and in a sandboxed iframe.
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, guard, settle, state, waitFirstFrame, waitState, openWidget } from './lib.mjs';

const SAMPLES = ['Work environment', 'Do machine learning engineers make more than software engineers?',
  'Supervised learning', 'Sertis', 'Choose Machine Learning Engineer if you have:'];

// Screen-reader users act through the keyboard on the (visually hidden) mirror.
async function press(loc, key = 'Enter') {
  await loc.focus();
  await loc.page().keyboard.press(key);
}

async function mirror(browser, server) {
  const { context, page, problems } = await openWidget(browser, server, `?view=quiz`, { viewport: { width: 1024, height: 768 } });
  let s = await state(page);
  const m = page.locator('#rc-mirror');
  const legend = await m.locator('fieldset legend').innerText();
  const labels = await m.locator('fieldset label').allInnerTexts();
  check('mirror: shows the same question as the canvas', legend === s.quiz.question.prompt, `${legend} / ${s.quiz.question.prompt}`);
  check('mirror: shows the same options', JSON.stringify(labels) === JSON.stringify(s.quiz.question.options), labels.join('|'));
  // Complete the quiz through the mirror alone, as a screen-reader user would.
  for (let q = 0; q < s.quiz.total; q++) {
    await press(m.locator(`[data-rc-action="answer:${q}:0"]`), 'Space');
    s = await waitState(page, (x) => x.quiz.answers[q] === 0, `mirror answer ${q}`);
    if (q < s.quiz.total - 1) {
      await press(m.locator('[data-rc-action="next"]'));
      s = await waitState(page, (x) => x.quiz.current === q + 1, `mirror next ${q}`);
      const l2 = await m.locator('fieldset legend').innerText();
      if (q === 0) check('mirror: follows the canvas to the next question', l2 === s.quiz.question.prompt);
    }
  }
  await press(m.locator('[data-rc-action="result"]'));
  s = await waitState(page, (x) => x.view === 'result', 'mirror result');
  const live = await page.locator('#rc-m-result[aria-live="polite"]').innerText();
  // The first option everywhere: Strongly disagree with every statement, the
  // SWE side of each choice: ML 0%, SWE 50%, and a role fits from 60%.
  check('mirror: the result is in an aria-live region and matches the canvas',
        s.quiz.complete && s.quiz.outcome === 'neither' && live.includes('Neither role stands out'), `${s.quiz.outcome}: ${live.slice(0, 200)}`);
  const fits = Object.values(s.quiz.fits).map((v) => `${Math.round(v)}%`);
  check('mirror: lists the same fits', fits.every((f) => live.includes(f)), `${fits} in ${live.slice(0, 300)}`);
  // With no role standing out, the result itself offers the FAQ (and Compare);
  // FAQ items are buttons with aria-expanded.
  await press(m.locator('#rc-m-result [data-rc-action="view:faq"]'));
  await waitState(page, (x) => x.view === 'faq', 'mirror faq');
  const b = m.locator('[data-rc-action="faq:0"]');
  check('mirror: FAQ items are collapsed buttons', (await b.getAttribute('aria-expanded')) === 'false');
  await press(b);
  await settle(page);
  check('mirror: a FAQ button expands its answer', (await m.locator('[data-rc-action="faq:0"]').getAttribute('aria-expanded')) === 'true');
  await press(m.locator('[data-rc-action="view:compare"]'));
  await waitState(page, (x) => x.view === 'compare', 'mirror compare');
  check('mirror: the comparison is a table with row and column headers',
        (await m.locator('table th[scope="col"]').count()) === 3 && (await m.locator('table th[scope="row"]').count()) >= 10);
  check('mirror: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

async function axe(browser, server) {
  // axe-core is injected as a script: the test context bypasses the page's CSP for that alone.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  const summary = [];
  let bad = 0;
  // Every view a URL can open, from the widget's own view table.
  await page.goto(server.url);
  await waitFirstFrame(page);
  const views = (await state(page)).views.filter((v) => v.url).map((v) => v.id);
  for (const view of views) {
    await page.goto(`${server.url}?view=${view}`);
    await waitFirstFrame(page);
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    bad += serious.length;
    summary.push(`${view}: ${r.violations.length} violations (${serious.length} serious/critical)` +
                 (r.violations.length ? ` [${r.violations.map((v) => `${v.id}:${v.impact}`).join(', ')}]` : '') +
                 `, ${r.passes.length} rules passed`);
  }
  fs.writeFileSync(path.join(ART, 'axe-summary.txt'), summary.join('\n') + '\n');
  summary.forEach((l) => console.log(`# axe ${l}`));
  check('axe-core: no serious or critical violations on any view', bad === 0, summary.join('; '));
  await context.close();
}

async function noJs(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  // index.html sends no-JS readers to the plain page (a <noscript> refresh).
  await page.waitForURL(/content\.html$/, { timeout: 10000 }).catch(() => {});
  check('no JS: the page sends the reader to content.html', page.url().endsWith('/content.html'), page.url());
  const text = await page.locator('body').innerText();
  for (const t of SAMPLES) check(`no JS: the page shows "${t}"`, text.includes(t));
  check('no JS: the full comparison table is there', (await page.locator('table th[scope="row"]').count()) >= 15);
  const index = await (await fetch(server.url)).text();
  check('no JS: index.html itself links the plain page too (if the refresh is blocked)', /<noscript><p[^>]*>[^<]*<a href="content.html">/.test(index));
  check('index.html stays small: the plain content is not in the first download', index.length < 4096, `${index.length} bytes`);
  await page.screenshot({ path: path.join(ART, 'no-js.png'), fullPage: false });
  await context.close();
}

async function noWebGL(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript(() => {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) { return type === 'webgl2' ? null : orig.call(this, type, ...rest); };
  });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-failed'), null, { timeout: 20000 });
  const status = await page.locator('#rc-status').innerText();
  check('no WebGL2: the page says so plainly', /WebGL 2 is not available/.test(status), status);
  await page.waitForFunction(() => document.documentElement.classList.contains('rc-fallback-shown'), null, { timeout: 10000 }).catch(() => {});
  const text = await page.locator('#rc-fallback').innerText();
  check('no WebGL2: the plain-HTML content is shown instead', SAMPLES.every((t) => text.includes(t)));
  check('no WebGL2: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

async function sandboxed(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const problems = guard(page, [new URL(server.url).host]);
  // A host page of its own (about:blank), framing the widget in a sandbox.
  await page.setContent(`<link rel="icon" href="data:,"><iframe sandbox="allow-scripts allow-popups" title="rolecompare" src="${server.url}?view=compare" width="900" height="700"></iframe>`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: 20000 });
  const s = await frame.evaluate(() => window.rolecompare.state());
  check('sandboxed iframe (allow-scripts allow-popups): the widget runs without storage', s.view === 'compare', JSON.stringify(s.view));
  check('sandboxed iframe: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

export default async function ({ browser, server }) {
  await mirror(browser, server);
  await noJs(browser, server);
  await noWebGL(browser, server);
  await sandboxed(browser, server);
  await axe(browser, server);
}
