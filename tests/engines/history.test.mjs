// History and text size in each engine (tests/browser/history.test.mjs and
// zoom.test.mjs hold the rest, in Chromium): on the widget's own page each
// view is a history entry with ?view= in the address, and Back and Forward
// (history.back/forward, as the browser's buttons) show the views again; the
// A+ text size doubles the nav buttons at 200% and survives a reload; the
// canvas lets the engine pinch-zoom.
import { check, clickTarget, interactive, openWidget, settle, state, until, waitState } from './lib.mjs';

const address = (page) => page.eval(() => ({ search: location.search, length: history.length }));
const viewAfter = (page, v, what) => waitState(page, (s) => s.view === v, what).catch(() => state(page).catch(() => ({})));
const rect = (s, name) => (s.targets || []).find((t) => t.name === name);

export default async function ({ engine, server }) {
  const E = engine.name;
  const page = await openWidget(engine, server, '', { width: 1280, height: 800, dpr: 1 });
  try {
    const a0 = await address(page);
    await clickTarget(page, 'nav:compare');
    await viewAfter(page, 'compare', 'compare');
    await clickTarget(page, 'nav:faq');
    let s = await viewAfter(page, 'faq', 'faq');
    const a2 = await address(page);
    check(`${E} history: two view changes are two entries (?view=faq)`, s.view === 'faq' && a2.search === '?view=faq' && a2.length === a0.length + 2,
          JSON.stringify({ a0, a2 }));
    await page.eval(() => history.back());
    s = await viewAfter(page, 'compare', 'compare by Back');
    check(`${E} history: Back shows compare`, s.view === 'compare' && (await address(page)).search === '?view=compare', s.view);
    await page.eval(() => history.back());
    s = await viewAfter(page, 'overview', 'overview by Back');
    check(`${E} history: Back again shows the start view`, s.view === 'overview' && (await address(page)).search === a0.search, s.view);
    await page.eval(() => history.forward());
    s = await viewAfter(page, 'compare', 'compare by Forward');
    const f = await address(page);
    check(`${E} history: Forward shows compare, no entry added`, s.view === 'compare' && f.length === a2.length, JSON.stringify(f));

    // Text size 200%, kept over a reload.
    const nav0 = rect(await state(page), 'nav:compare');
    for (let i = 0; i < 4; i++) await clickTarget(page, 'text:larger');
    s = await waitState(page, (x) => x.textSize === 200, 'text size 200%').catch(() => state(page));
    await settle(300);
    const nav2 = rect(await state(page), 'nav:compare');
    const k = nav2 && nav0 ? nav2.h / nav0.h : 0;
    check(`${E} text size: at 200% the nav buttons are twice as tall (${k.toFixed(2)}x)`, s.textSize === 200 && k > 1.8 && k < 2.2,
          JSON.stringify({ nav0, nav2 }));
    // Reloaded after the call returns: a reload inside it ends the script's
    // context under Playwright before the call can answer.
    await page.eval(() => { setTimeout(() => location.reload(), 0); });
    // The new document (not yet interactive); a call during the navigation may fail: poll on.
    await until('the reload', async () => {
      try { return await page.eval(() => !document.documentElement.classList.contains('rc-interactive')); } catch { return false; }
    }, 5000).catch(() => null);
    await settle(500);
    await interactive(page);
    s = await state(page);
    check(`${E} text size: kept over a reload`, s.textSize === 200 && s.view === 'compare', JSON.stringify({ textSize: s.textSize, view: s.view }));
    for (let i = 0; i < 4; i++) await clickTarget(page, 'text:smaller');  // the engine's profile may outlive the page
    const ta = await page.eval(() => getComputedStyle(document.getElementById('canvas')).touchAction);
    check(`${E} zoom: the canvas lets the engine pinch-zoom (touch-action: ${ta})`, /pinch-zoom|auto|manipulation/.test(ta), ta);
    const problems = await page.problems();
    check(`${E} history: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally {
    await page.close();
  }
}
