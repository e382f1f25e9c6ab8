// A stable embed height: a host page embeds the widget on its quiz with
// web/embed.js, in an iframe 390 and 1024 CSS px wide, and a reader goes
// through every question (answers, skips one, goes Back once, answers the
// rest). Every height the widget reports (rolecompare:resize) from the first
// question to the last is the same: the host page under the iframe never
// jumps (issue 17, "a stable embed height").
import { SITE, check, guard, startServer } from './lib.mjs';

const TIMEOUT = 30000;

const frameState = (frame) => frame.evaluate(() => (window.rolecompare && window.rolecompare.state ? window.rolecompare.state() : null));

async function waitFor(what, fn, timeout = 8000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Clicks a named target inside the widget's frame with the host's mouse,
// scrolling the host page first when the target is outside its viewport.
async function clickIn(page, iframe, frame, name) {
  const t = await waitFor(`target ${name}`, async () => {
    const s = await frameState(frame);
    const r = s && s.targets.find((x) => x.name === name);
    return r && r.w > 0 && r.h > 0 ? r : null;
  });
  const vh = page.viewportSize().height;
  let box = await iframe.boundingBox();
  let y = box.y + t.y + t.h / 2;
  if (y < 20 || y > vh - 20) {
    await page.evaluate((dy) => window.scrollBy(0, dy), y - vh / 2);
    await page.waitForTimeout(100);
    box = await iframe.boundingBox();
    y = box.y + t.y + t.h / 2;
  }
  await page.mouse.click(box.x + t.x + t.w / 2, y);
  await page.waitForTimeout(150);
}

// The host page: nothing but the embed, on the quiz. Its width is set from
// the test (the server's CSP allows no inline style).
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>height test host</title><link rel="icon" href="data:,"></head>
<body><div id="widget" data-rolecompare data-view="quiz" data-title="rolecompare quiz"></div>
<p>Text under the widget.</p>
<script src="/embed.js" async></script></body></html>`;

export default async function ({ browser }) {
  const server = await startServer(SITE, '127.0.0.1', { hook: true });
  try {
    const hostUrl = await server.put('height-host.html', HOST);
    for (const width of [390, 1024]) {
      const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
      try {
        const page = await context.newPage();
        const problems = guard(page, [new URL(server.url).host]);
        // Every resize the host hears of, from the first.
        await page.addInitScript(() => {
          window.__heights = [];
          document.addEventListener('rolecompare:resize', (e) => window.__heights.push(e.detail.height), true);
        });
        await page.goto(hostUrl, { waitUntil: 'domcontentloaded' });
        await page.evaluate((w) => { document.getElementById('widget').style.width = `${w}px`; }, width);
        const iframe = await waitFor('the iframe', () => page.$('#widget iframe'));
        const frame = await waitFor('its frame', async () => {
          const f = await iframe.contentFrame();
          return f && f.url().startsWith(server.url) ? f : null;
        }, TIMEOUT);
        await frame.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: TIMEOUT });
        let s = await waitFor('the quiz', async () => { const x = await frameState(frame); return x && x.view === 'quiz' && x; });
        const frameW = await iframe.evaluate((f) => f.getBoundingClientRect().width);
        check(`${width} px: the iframe is ${width} px wide, on the quiz`, Math.abs(frameW - width) < 1, `${frameW}`);
        await page.waitForTimeout(600);  // the load's own resizes are over
        const first = await page.evaluate(() => window.__heights.length);
        const start = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));

        const total = s.quiz.total;
        let skipped = false, wentBack = false;
        const done = (x) => x.quiz.current === total - 1 && x.quiz.answers[total - 1] >= 0;
        for (let step = 0; step < 3 * total && !done(s); step++) {
          const q = s.quiz.current;
          if (q === 2 && !skipped) {  // skip one
            await clickIn(page, iframe, frame, 'quiz:skip');
            skipped = true;
          } else if (q === 3 && skipped && !wentBack) {  // and Back to it once
            await clickIn(page, iframe, frame, 'quiz:back');
            wentBack = true;
          } else {
            await clickIn(page, iframe, frame, 'quiz:option:0');
            s = await frameState(frame);
            if (s.quiz.current === q && q < total - 1) await clickIn(page, iframe, frame, 'quiz:next');
          }
          s = await frameState(frame);
        }
        await page.waitForTimeout(300);
        s = await frameState(frame);
        check(`${width} px: went through every question (one skipped, one Back)`,
              s.quiz.complete && skipped && wentBack && done(s), JSON.stringify({ ...s.quiz, question: undefined }));
        const during = (await page.evaluate(() => window.__heights)).slice(first);
        const end = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
        const heights = [...new Set([start, ...during, end])];
        check(`${width} px: the iframe keeps one height through the whole quiz (${heights.join(', ')} px; ${during.length} resize events)`,
              heights.length === 1, `heights: ${heights.join(' -> ')}`);
        check(`${width} px: no problems on the page`, problems.length === 0, problems.join('\n'));
      } finally {
        await context.close();
      }
    }
  } finally {
    server.stop();
  }
}
