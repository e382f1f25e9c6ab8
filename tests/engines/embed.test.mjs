// The embed contract in each engine, through embed.js on a host page:
// - events and sizing: ready, resize (the iframe takes the content's
//   height), view after a host command;
// - a command to a widget out of view (the browser holds back its animation
//   frames) is answered with its event within 100 ms;
// - a widget over 10,000 CSS px tall at the engine's highest pixel ratio:
//   the canvas stays inside the device's limits (the GL's largest size,
//   Safari's 16.7 M pixel cap) at full sharpness, and wherever the host
//   page is scrolled, what can be seen of the widget is drawn.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ART, problemsWithFrame, ROOT, check, sleep, until } from './lib.mjs';

const FRAME = '[data-rolecompare] iframe';

// A host page of the test server's own (absolute URLs: it is served from /__rc_test__/files/).
const hostPage = (attrs, before = '') => `<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title><link rel="icon" href="data:,">
<script src="/__rc_test__/files/listen.js"></script><script src="/embed.js" async></script></head>
<body>${before}<div data-rolecompare data-src="/" ${attrs}></div><p>after the widget</p></body></html>`;

// The host's script, before embed.js: records every rolecompare:* event
// (window.hostEvents), so none is missed however soon it comes.
const LISTEN = `window.hostEvents = [];
['ready', 'resize', 'view', 'quiz-progress', 'quiz-complete', 'error'].forEach(function (t) {
  document.addEventListener('rolecompare:' + t, function (e) { window.hostEvents.push({ type: t, detail: e.detail, t: performance.now() }); });
});`;
const events = (page, type) => page.eval((t) => (window.hostEvents || []).filter((e) => e.type === t), type);

// The shipped data with its comparison three times over: a compare view
// far taller than any GPU draws on a phone.
function tallData() {
  const d = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/roles/ml-vs-swe.json'), 'utf8'));
  const dims = d.dimensions;
  d.dimensions = [1, 2, 3].flatMap((k) => dims.map((x) => (k === 1 ? x : { ...x, id: `${x.id}-${k}`, title: `${x.title} ${k}` })));
  return JSON.stringify(d);
}

export default async function ({ engine, server }) {
  const E = engine.name;
  await server.put('listen.js', LISTEN);

  // Events and sizing, then a command out of view.
  let page = await engine.newPage({ width: 1280, height: 900, dpr: 1 });
  try {
    await page.goto(await server.put('host.html', hostPage('data-view="overview" data-title="Compare roles"')));
    await until('the ready event', async () => (await events(page, 'ready')).length, 30000);
    const ready = (await events(page, 'ready'))[0].detail;
    check(`${E} embed: ready with the v1 envelope`, ready.source === 'rolecompare' && ready.v === 1, JSON.stringify(ready));
    const sized = await until('the iframe sized to the content', async () => {
      const r = await events(page, 'resize');
      if (!r.length) return null;
      const want = r[r.length - 1].detail.height;
      const h = await page.eval((sel) => document.querySelector(sel).getBoundingClientRect().height, FRAME);
      return Math.abs(h - want) < 2 && { h, want };
    }, 10000).catch(() => null);
    check(`${E} embed: the iframe takes the content's height (${sized ? sized.h : '?'} px)`, sized && sized.h > 700);

    await page.eval(() => { document.querySelector('[data-rolecompare]').rolecompare.setView('faq'); });
    const v = await until('the view event', async () => (await events(page, 'view')).find((e) => e.detail.name === 'faq'), 5000).catch(() => null);
    check(`${E} embed: setView from the host gets a view event`, !!v);

    // Out of view: a tall block above the widget, the page at its top, a
    // second for the engine to stop the iframe's animation frames.
    await page.eval(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '6000px';
      document.body.prepend(spacer);
      window.scrollTo(0, 0);
    });
    await sleep(1200);
    const answer = await page.eval(() => new Promise((resolve) => {
      const el = document.querySelector('[data-rolecompare]');
      const r = el.querySelector('iframe').getBoundingClientRect();
      const t0 = performance.now();
      const on = (e) => { if (e.detail.name === 'sources') { el.removeEventListener('rolecompare:view', on); resolve({ ms: performance.now() - t0, top: r.top }); } };
      el.addEventListener('rolecompare:view', on);
      el.rolecompare.setView('sources');
      setTimeout(() => resolve({ ms: -1, top: r.top }), 3000);
    }));
    check(`${E} embed: set-view to a widget out of view (${Math.round(answer.top)} px down) answered in ${Math.round(answer.ms)} ms (< 100)`,
          answer.top > 900 && answer.ms >= 0 && answer.ms < 100);
    const problems = await problemsWithFrame(page, FRAME);
    check(`${E} embed: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally { await page.close(); }

  // Taller than any GPU draws, at the highest pixel ratio the engine has.
  const dpr = Math.min(3, engine.maxDpr);
  const dataUrl = await server.put('tall.json', tallData());
  page = await engine.newPage({ width: 390, height: 844, dpr, touch: true });
  try {
    await page.goto(await server.put('tall.html', hostPage(`data-view="compare" data-max-height="20000" data-data="${dataUrl}"`)));
    const tall = await until('the widget over 10,000 px tall', async () => {
      const r = await events(page, 'resize');
      const h = r.length ? r[r.length - 1].detail.height : 0;
      return h > 10000 && h;
    }, 30000).catch(() => 0);
    check(`${E} tall embed @${dpr}: the content is over 10,000 CSS px (${tall})`, tall > 10000);
    const dir = path.join(ART, 'engines');
    fs.mkdirSync(dir, { recursive: true });
    for (const where of [0, 0.33, 0.66, 1]) {
      // Scroll the host so that this part of the widget fills the viewport.
      const vis = await page.eval((sel, f) => {
        const fr = document.querySelector(sel);
        const top = fr.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, Math.round(top + f * (fr.offsetHeight - window.innerHeight)));
        const r = fr.getBoundingClientRect();
        return [Math.max(0, -r.top), Math.min(r.height, window.innerHeight - r.top), r.top];
      }, FRAME, where);
      // The band follows (an IntersectionObserver, then a frame).
      const band = await until('the canvas band over what is seen', async () => {
        const b = await page.evalIn(FRAME, () => {
          const c = document.getElementById('canvas'), r = c.getBoundingClientRect();
          return { top: rcBand.top, height: rcBand.height, limit: rcBand.limit, w: c.width, h: c.height, cssW: r.width, dpr: window.devicePixelRatio };
        });
        return b.top <= vis[0] + 1 && b.top + b.height >= vis[1] - 1 && b;
      }, 5000).catch(() => null);
      const name = `${E} tall embed @${dpr}, scrolled ${Math.round(where * 100)}%`;
      check(`${name}: the canvas covers what is seen (${Math.round(vis[0])}-${Math.round(vis[1])} px)`, !!band);
      if (!band) continue;
      check(`${name}: the canvas is within the device's limits (${band.w}x${band.h}, limit ${band.limit})`,
            band.w <= band.limit && band.h <= band.limit && band.w * band.h <= 16777216);
      check(`${name}: at full sharpness (${band.w} px for ${band.cssW} CSS px at ${band.dpr})`, Math.abs(band.w - Math.round(band.cssW * band.dpr)) <= 1);
      await sleep(300);
      const file = path.join(dir, `${E}-tall-${Math.round(where * 100)}.png`);
      await page.screenshot(file);
      // The widget's part of the screen has text on it.
      const y0 = Math.round(Math.max(0, vis[2]) * dpr), y1 = Math.round(Math.min(844, vis[2] + vis[1]) * dpr);
      const n = y1 - y0 > 20 ? Number(execFileSync('convert', [file, '-crop', `${390 * dpr}x${y1 - y0}+0+${y0}`, '-format', '%k', 'info:']).toString()) : 0;
      check(`${name}: what is seen is drawn (${n} colours)`, n > 60);
    }
    const problems = await problemsWithFrame(page, FRAME);
    check(`${E} tall embed: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally { await page.close(); }
}
