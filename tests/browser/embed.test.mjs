// The embed contract end to end, across origins: the host page (the demo,
// on http://127.0.0.1:PORT) embeds the widget from a second server
// (http://localhost:PORT2) with web/embed.js, and a third origin
// (http://localhost:PORT, the first server under another name) tries to
// drive it. Checks events, commands, origin rules, the quiz token, sizing,
// scroll and focus on the host, and embed.js's size.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, SITE, check, guard, startServer } from './lib.mjs';

const TIMEOUT = 30000;

// The widget's state export, from inside its frame (null until it is up).
const frameState = (frame) => frame.evaluate(() => (window.rolecompare && window.rolecompare.state ? window.rolecompare.state() : null));

async function waitFor(what, fn, timeout = 8000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const events = (page) => page.evaluate(() => window.rolecompareDemo.events.map((e) => ({ type: e.type, detail: e.detail })));
const eventCount = async (page) => (await events(page)).length;
async function waitEvent(page, after, pred, what, timeout = 8000) {
  return waitFor(what, async () => (await events(page)).slice(after).find(pred), timeout);
}
const iframeHeight = (page) => page.evaluate(() => document.querySelector('#widget iframe').getBoundingClientRect().height);

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
  await page.waitForTimeout(120);
}

export default async function ({ browser, server }) {
  const gz = zlib.gzipSync(fs.readFileSync(path.join(ROOT, 'web/embed.js')), { level: 9 }).length;
  check(`embed.js is under 3 KB gzip (${gz} bytes)`, gz < 3072, `${gz} bytes`);
  const built = path.join(SITE, 'embed.js');
  if (!check('the site has embed.js and the demo page (built from web/)',
             fs.existsSync(built) && fs.existsSync(path.join(SITE, 'embed-demo.html')) && fs.existsSync(path.join(SITE, 'embed-demo.js')))) return;
  // (and so are the precompressed copies the server prefers, when present)
  const current = fs.readFileSync(path.join(ROOT, 'web/embed.js'), 'utf8');
  const copies = [[built, (b) => b], [`${built}.gz`, zlib.gunzipSync], [`${built}.br`, zlib.brotliDecompressSync]]
    .filter(([f]) => fs.existsSync(f)).map(([f, unpack]) => [f, String(unpack(fs.readFileSync(f)))]);
  const stale = copies.filter(([, text]) => text !== current).map(([f]) => path.basename(f));
  check('the site\'s embed.js (and its .gz/.br) is the current web/embed.js', stale.length === 0, `stale: ${stale.join(', ')}`);

  const widgetServer = await startServer(SITE, 'localhost');
  const host = `http://127.0.0.1:${server.port}`;
  const widgetOrigin = `http://localhost:${widgetServer.port}`;
  const widget = `${widgetOrigin}/`;
  const third = `http://localhost:${server.port}`;
  const hosts = [new URL(host).host, new URL(widgetOrigin).host, new URL(third).host];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = guard(page, hosts);

    // 1. Load: the host keeps its focus and its scroll position. The widget's
    // page is held back until the host's input has the focus.
    let release;
    const gate = new Promise((r) => { release = r; });
    const held = (u) => u.origin === widgetOrigin && u.pathname === '/';
    await page.route(held, async (route) => { await gate; await route.continue(); });
    await page.goto(`${host}/embed-demo.html?widget=${encodeURIComponent(widget)}`, { waitUntil: 'domcontentloaded' });
    await page.focus('#notes');
    const early = await eventCount(page);
    release();
    const gotReady = await waitEvent(page, 0, (e) => e.type === 'rolecompare:ready', 'the ready event', TIMEOUT).then(() => true, () => false);
    await page.unroute(held);
    // (A host CSP without frame-src for the widget's origin shows up here.)
    if (!check('the widget in the host page\'s iframe says ready', gotReady, problems.join('\n') || 'no ready event')) return;
    const resize0 = await waitEvent(page, 0, (e) => e.type === 'rolecompare:resize', 'a resize event', TIMEOUT);
    const iframe = await page.$('#widget iframe');
    const frame = await iframe.contentFrame();
    await frame.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: TIMEOUT });
    await page.waitForTimeout(500);  // a late focus() or scrollIntoView would show by now
    const ready = (await events(page)).find((e) => e.type === 'rolecompare:ready');
    check('ready arrives as a rolecompare:ready DOM event with the v1 envelope',
          ready.detail.source === 'rolecompare' && ready.detail.v === 1 && ready.detail.type === 'ready', JSON.stringify(ready.detail));
    check('the notes input was focused before the widget was ready', early === 0, `${early} events before focus`);
    const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
    check('the host keeps its focus while the widget loads (no focus on load)', active === 'notes', String(active));
    check('the host page does not scroll when the widget loads', (await page.evaluate(() => window.scrollY)) === 0);

    const attrs = await iframe.evaluate((f) => ({
      title: f.title, loading: f.getAttribute('loading'), allow: f.getAttribute('allow'), referrer: f.getAttribute('referrerpolicy'),
      tabindex: f.hasAttribute('tabindex'), autofocus: f.hasAttribute('autofocus'), src: f.src, width: f.getBoundingClientRect().width,
      parentWidth: f.parentElement.clientWidth, border: getComputedStyle(f).borderTopWidth }));
    const src = new URL(attrs.src);
    check('the iframe has the title, lazy loading, clipboard-write and the referrer policy',
          attrs.title === 'Compare Machine Learning Engineer and Software Engineer' && attrs.loading === 'lazy' &&
          attrs.allow === 'clipboard-write' && attrs.referrer === 'strict-origin-when-cross-origin', JSON.stringify(attrs));
    check('the iframe has no tabindex or autofocus, full width, no border',
          !attrs.tabindex && !attrs.autofocus && Math.abs(attrs.width - attrs.parentWidth) < 1 && attrs.border === '0px', JSON.stringify(attrs));
    check('the iframe URL carries the widget address, the data-* options and parentOrigin',
          src.origin === widgetOrigin && src.searchParams.get('parentOrigin') === host &&
          src.searchParams.get('theme') === 'auto' && src.searchParams.get('view') === 'overview', attrs.src);

    const h0 = resize0.detail.height;
    check(`resize reports a plausible content height (${h0})`, typeof h0 === 'number' && h0 > 300, JSON.stringify(resize0.detail));
    const lastResize = async () => [...await events(page)].reverse().find((e) => e.type === 'rolecompare:resize').detail.height;
    const expect = (h) => Math.min(4000, Math.max(320, Math.round(h)));
    const hNow = await lastResize();
    check('the iframe takes the reported height', Math.abs(await iframeHeight(page) - expect(hNow)) < 2.5, `${await iframeHeight(page)} vs ${hNow}`);

    // 2. Commands from the host, through the element's API.
    let s = await frameState(frame);
    check('the widget starts on the view from data-view', s.view === 'overview', s.view);
    let n = await eventCount(page);
    await page.evaluate(() => document.getElementById('widget').rolecompare.setView('compare'));
    s = await waitFor('view compare', async () => { const x = await frameState(frame); return x.view === 'compare' && x; }).catch(() => frameState(frame));
    check('set-view from the host changes the widget\'s view', s.view === 'compare', s.view);
    const viewEv = await waitEvent(page, n, (e) => e.type === 'rolecompare:view', 'a view event').catch(() => null);
    check('the widget reports the view change (rolecompare:view {name})', viewEv && viewEv.detail.name === 'compare', JSON.stringify(viewEv));
    const resize1 = await waitEvent(page, n, (e) => e.type === 'rolecompare:resize', 'a resize after the view change').catch(() => null);
    check('resize follows a view change with a new height', resize1 && resize1.detail.height !== h0 && resize1.detail.height > 300,
          `${h0} -> ${resize1 && resize1.detail.height}`);
    await page.waitForTimeout(300);
    const hCompare = await lastResize();
    check('the iframe follows the new height (clamped to 4000)', Math.abs(await iframeHeight(page) - expect(hCompare)) < 2.5,
          `${await iframeHeight(page)} vs ${hCompare}`);

    await page.evaluate(() => document.getElementById('widget').rolecompare.setTheme('dark'));
    s = await waitFor('theme dark', async () => { const x = await frameState(frame); return x.theme === 'dark' && x; }).catch(() => frameState(frame));
    check('set-theme dark from the host', s.theme === 'dark', s.theme);
    await page.evaluate(() => document.getElementById('widget').rolecompare.setTheme('light'));
    s = await waitFor('theme light', async () => { const x = await frameState(frame); return x.theme === 'light' && x; }).catch(() => frameState(frame));
    check('set-theme light from the host', s.theme === 'light', s.theme);
    // The demo's buttons use the same API.
    await page.click('button[data-view-cmd="faq"]');
    s = await waitFor('view faq', async () => { const x = await frameState(frame); return x.view === 'faq' && x; }).catch(() => frameState(frame));
    check('the demo\'s view buttons drive the widget', s.view === 'faq', s.view);

    // 3. Nothing else drives the widget: malformed messages from the host,
    // messages from the widget's own window, and from a third origin.
    const before = await frameState(frame);
    n = await eventCount(page);
    await page.evaluate((origin) => {
      const w = document.querySelector('#widget iframe').contentWindow;
      const cyclic = { source: 'rolecompare', v: 1, type: 'set-view', name: 'sources' };
      cyclic.self = cyclic;
      const bad = [
        { source: 'rolecompare', v: 2, type: 'set-view', name: 'sources' },
        { source: 'rolecompare', v: '1', type: 'set-view', name: 'sources' },
        { v: 1, type: 'set-view', name: 'sources' },
        { source: 'other', v: 1, type: 'set-view', name: 'sources' },
        { source: 'rolecompare', v: 1, type: 'set-colour', theme: 'dark' },
        { source: 'rolecompare', v: 1, type: 'set-view', name: 'nope' },
        { source: 'rolecompare', v: 1, type: 'set-view', name: 'result' },
        { source: 'rolecompare', v: 1, type: 'set-view' },
        { source: 'rolecompare', v: 1, type: 'set-theme', theme: 'blue' },
        { source: 'rolecompare', v: 1, type: 'set-theme', theme: ['dark'] },
        { source: 'rolecompare', v: 1, type: 'reset-quiz ' },
        { source: 'rolecompare', v: 1, type: 'set-view', name: 'sources', big: 10n },
        cyclic,
        JSON.stringify({ source: 'rolecompare', v: 1, type: 'set-view', name: 'sources' }),
        null, 42, 'set-view', [1, 2], new ArrayBuffer(8),
      ];
      for (const m of bad) w.postMessage(m, origin);
    }, widgetOrigin);
    await frame.evaluate(() => {
      window.postMessage({ source: 'rolecompare', v: 1, type: 'set-view', name: 'sources' }, '*');
      window.postMessage({ source: 'rolecompare', v: 1, type: 'set-theme', theme: 'dark' }, '*');
    });
    // A third origin inside the host page posts well-formed commands to the
    // widget, and forged widget events to the host.
    await page.evaluate((u) => new Promise((resolve, reject) => {
      const f = document.createElement('iframe');
      f.id = 'third';
      f.src = u;
      f.onload = resolve;
      f.onerror = reject;
      document.body.appendChild(f);
    }), `${third}/embed-demo.css`);
    const thirdFrame = await (await page.$('#third')).contentFrame();
    const hBefore = await iframeHeight(page);
    await thirdFrame.evaluate(() => {
      const target = window.parent.frames[0];  // the widget's iframe
      for (const m of [{ type: 'set-view', name: 'sources' }, { type: 'set-theme', theme: 'dark' }, { type: 'reset-quiz' }])
        target.postMessage({ source: 'rolecompare', v: 1, ...m }, '*');
      window.parent.postMessage({ source: 'rolecompare', v: 1, type: 'resize', height: 999 }, '*');
      window.parent.postMessage({ source: 'rolecompare', v: 1, type: 'quiz-complete', token: 'forged' }, '*');
    }).catch((e) => { throw new Error(`third-origin frame: ${e.message}`); });
    // Malformed events from the widget's own frame are not re-dispatched.
    await frame.evaluate((origin) => {
      for (const m of [{ source: 'rolecompare', v: 2, type: 'resize', height: 999 }, { v: 1, type: 'resize', height: 999 },
                       { source: 'rolecompare', v: 1, type: 'Resize!', height: 999 }, { source: 'rolecompare', v: 1, type: 7 }, 'resize'])
        window.parent.postMessage(m, origin);
    }, host);
    await page.waitForTimeout(800);
    const after = await frameState(frame);
    check('malformed, self-posted and third-origin commands change nothing',
          after.view === before.view && after.theme === before.theme && after.quiz.answered === before.quiz.answered,
          `${JSON.stringify([before.view, before.theme])} -> ${JSON.stringify([after.view, after.theme])}`);
    const stray = (await events(page)).slice(n);
    check('no widget events follow them', !stray.some((e) => e.type === 'rolecompare:view' || e.type === 'rolecompare:quiz-complete'),
          JSON.stringify(stray));
    check('forged events (third origin, wrong shape) are not re-dispatched and do not resize the iframe',
          !stray.some((e) => e.detail && (e.detail.height === 999 || e.detail.token === 'forged')) && (await iframeHeight(page)) === hBefore,
          JSON.stringify(stray));
    await page.evaluate(() => document.getElementById('third').remove());
    await page.evaluate(() => document.getElementById('widget').rolecompare.setView('overview'));
    s = await waitFor('view overview', async () => { const x = await frameState(frame); return x.view === 'overview' && x; }).catch(() => frameState(frame));
    check('a well-formed command from the host still works afterwards', s.view === 'overview', s.view);

    // 4. The quiz, by real clicks inside the iframe: quiz-complete carries a
    // token, and the token reopens the same result on the widget's own page.
    await page.evaluate(() => document.getElementById('widget').rolecompare.resetQuiz());
    await waitFor('quiz reset', async () => (await frameState(frame)).quiz.answered === 0);
    n = await eventCount(page);
    await clickIn(page, iframe, frame, 'nav:quiz');
    s = await waitFor('quiz view', async () => { const x = await frameState(frame); return x.view === 'quiz' && x; });
    const total = s.quiz.total;
    for (let i = 0; i < total; i++) {
      s = await frameState(frame);
      const q = s.quiz.current;
      await clickIn(page, iframe, frame, 'quiz:option:0');
      s = await waitFor(`answer to question ${q}`, async () => { const x = await frameState(frame); return x.quiz.answers[q] >= 0 && x; });
      if (s.quiz.current === q && q < total - 1) await clickIn(page, iframe, frame, 'quiz:next');
    }
    s = await waitFor('all answered', async () => { const x = await frameState(frame); return x.quiz.complete && x; });
    const progress = (await events(page)).slice(n).filter((e) => e.type === 'rolecompare:quiz-progress');
    check('quiz-progress events count the answers', progress.length > 0 &&
          progress[progress.length - 1].detail.answered === total && progress[progress.length - 1].detail.total === total,
          JSON.stringify(progress.map((e) => e.detail)));
    await clickIn(page, iframe, frame, 'quiz:result');
    s = await waitFor('result view', async () => { const x = await frameState(frame); return x.view === 'result' && x; });
    // The result view re-sends quiz-complete: the last one has the final answers.
    await waitEvent(page, n, (e) => e.type === 'rolecompare:view' && e.detail.name === 'result', 'view result').catch(() => null);
    await page.waitForTimeout(300);
    const done = (await events(page)).slice(n).reverse().find((e) => e.type === 'rolecompare:quiz-complete');
    const d = done && done.detail;
    check('quiz-complete arrives with fit, recommended, closeCall, a token and shared: false (the reader\'s own)',
          d && /^[A-Za-z0-9_-]+$/.test(d.token) && typeof d.closeCall === 'boolean' && d.fit && typeof d.fit === 'object' &&
          d.shared === false &&
          Object.values(d.fit).every((v) => typeof v === 'number') && d.recommended === s.quiz.recommended && d.token === s.quiz.token,
          JSON.stringify(d));
    if (d && d.token) {
      const page2 = await context.newPage();
      const problems2 = guard(page2, hosts);
      await page2.goto(`${widget}#quiz=${d.token}`);
      await page2.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'), null, { timeout: TIMEOUT });
      const s2 = await waitFor('reopened result', async () => { const x = await frameState(page2.mainFrame()); return x && x.view === 'result' && x; })
        .catch(() => frameState(page2.mainFrame()));
      check('the token reopens the same result on the widget\'s own page (as a shared result)',
            s2.view === 'result' && s2.shared.active && s2.shared.recommended === d.recommended &&
            JSON.stringify(s2.shared.answers) === JSON.stringify(s.quiz.answers),
            JSON.stringify({ view: s2.view, recommended: s2.shared.recommended, want: d.recommended }));
      check('the widget\'s own page: no console errors or foreign requests', problems2.length === 0, problems2.join('\n'));
      await page2.close();
    }
    await page.evaluate(() => document.getElementById('widget').rolecompare.resetQuiz());
    s = await waitFor('quiz reset', async () => { const x = await frameState(frame); return x.quiz.answered === 0 && x; }).catch(() => frameState(frame));
    check('reset-quiz from the host clears the answers', s.quiz.answered === 0, String(s.quiz.answered));

    // 5. embed.js's sizing rules, with resize events posted from inside a
    // frame on the widget's origin (right source and origin): a static file,
    // so the widget's own resize events cannot interleave. Clamping, the
    // 2 px dead band, and a steady host when the frame is above the viewport.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate((src) => {
      const el = document.createElement('div');
      el.id = 'probe';
      el.dataset.src = src;
      el.dataset.height = '400';
      document.querySelector('main').prepend(el);
      window.RoleCompare.mount(el);
    }, `${widgetOrigin}/embed-demo.css`);
    const probeEl = await page.$('#probe iframe');
    const probe = await waitFor('the probe frame', async () => {
      const f = await probeEl.contentFrame();
      return f && f.url().startsWith(widgetOrigin) && f;
    });
    await probe.waitForLoadState('load');
    const probeHeight = () => page.evaluate(() => document.querySelector('#probe iframe').getBoundingClientRect().height);
    const post = (h) => probe.evaluate(([origin, height]) =>
      window.parent.postMessage({ source: 'rolecompare', v: 1, type: 'resize', height }, origin), [host, h]);
    const settleH = async (want) => waitFor(`iframe height ${want}`, async () => Math.abs(await probeHeight() - want) < 0.5, 3000)
      .then(() => true, () => false);
    await post(100);
    check('resize is clamped to the minimum height (320)', await settleH(320), String(await probeHeight()));
    await post(123456);
    check('resize is clamped to the maximum height (4000)', await settleH(4000), String(await probeHeight()));
    await post(900.4);
    check('resize rounds to whole px', await settleH(900), String(await probeHeight()));
    await post(901.4);
    await post('1200');
    await post(NaN);
    await page.waitForTimeout(200);
    check('changes under 2 px and non-numeric heights are ignored', (await probeHeight()) === 900, String(await probeHeight()));
    await post(1000);
    await settleH(1000);
    check('a frame in view grows without scrolling the host', (await page.evaluate(() => window.scrollY)) === 0);

    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.id = 'spacer';
      spacer.style.height = '6000px';
      document.getElementById('probe').after(spacer);  // right below the frame: nothing else moves it
      const r = document.querySelector('#probe iframe').getBoundingClientRect();
      window.scrollTo(0, window.scrollY + r.bottom + 150);
    });
    const mark = () => page.evaluate(() => document.getElementById('spacer').getBoundingClientRect().top);
    // Chromium's scroll anchoring already keeps content in place; Safari has
    // none (overflow-anchor: none here): embed.js must be right either way.
    let height = 1000;
    for (const anchoring of ['auto', 'none']) {
      await page.evaluate((v) => { document.documentElement.style.overflowAnchor = v; }, anchoring);
      const m0 = await mark();
      const seen = [];
      for (const h of [height + 600, height - 300]) {
        await post(h);
        await settleH(h);
        await page.waitForTimeout(150);
        seen.push(await mark());
      }
      height -= 300;
      check(`the host content below stays put when a frame above the viewport grows and shrinks (overflow-anchor: ${anchoring})`,
            seen.every((m) => Math.abs(m - m0) < 1.5), `${m0} -> ${seen.join(' -> ')}`);
    }
    await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = '';
      document.getElementById('spacer').remove();
      document.getElementById('probe').remove();
      window.scrollTo(0, 0);
    });

    // 6. SPA use: RoleCompare.mount is idempotent, and commands sent before
    // the widget is ready are delivered once it is.
    const spa = await page.evaluate((src) => {
      const el = document.createElement('div');
      el.id = 'spa';
      el.dataset.src = src;
      el.dataset.height = '400';
      document.querySelector('main').prepend(el);  // in view: offscreen frames may be throttled
      window.spaEvents = [];
      for (const t of ['ready', 'view']) el.addEventListener(`rolecompare:${t}`, (e) => window.spaEvents.push(e.detail));
      const a = window.RoleCompare.mount(el), b = window.RoleCompare.mount(el);
      a.setView('sources');
      return { same: a === b && el.rolecompare === a, frames: el.querySelectorAll('iframe').length, height: a.iframe.style.height,
               version: window.RoleCompare.version };
    }, widget);
    check('RoleCompare.mount returns the same API twice and adds one iframe',
          spa.same && spa.frames === 1 && spa.height === '400px' && spa.version === 1, JSON.stringify(spa));
    const queued = await waitFor('the queued set-view', () => page.evaluate(() => window.spaEvents.find((e) => e.type === 'view')), TIMEOUT)
      .catch(() => null);
    check('a command sent before ready is delivered after ready', queued && queued.name === 'sources', JSON.stringify(queued));
    await page.evaluate(() => document.getElementById('spa').remove());

    check('host page: no console errors, failed or foreign requests', problems.length === 0, problems.join('\n'));
  } finally {
    await context.close();
    widgetServer.stop();
  }
}
