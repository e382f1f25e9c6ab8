// The one search, on a real page: from EVERY view's nav entry, the words
// people type find the expected items (read from the state export's
// search.hits) in the expected views, and a hit opens its item there
// (state.search.reveal, the "search:revealed" target on screen). Then on a
// phone by touch, and Enter in the box.
//
// Items are "view:section:index" (SearchHit: section and index). Those marked
// `forms` need word forms or the data's synonyms (salary/salaries/pay/paid,
// deploy/deployment, code/coding); their checks say so in their names.
import { check, click, settle, state, tap, target, waitState, openWidget } from './lib.mjs';

const WORDS = [
  { word: 'salary', expect: [], forms: ['faq:faq:0', 'faq:faq:6', 'faq:faq:10', 'faq:faq:14'], open: 'faq:faq:0' },
  { word: 'pay', expect: ['faq:faq:0', 'faq:faq:6', 'faq:faq:10', 'faq:faq:14'], forms: [], open: 'faq:faq:10' },
  { word: 'math', expect: ['basics:difficulty:0', 'choose:choose:1', 'faq:faq:13'], forms: [], open: 'choose:choose:1' },
  { word: 'deployment', expect: ['compare:dimension:6'], forms: ['compare:dimension:7', 'faq:faq:1'], open: 'compare:dimension:6' },
  { word: 'coding', expect: ['faq:faq:7', 'faq:faq:9'], forms: ['compare:dimension:2', 'overview:shared:2'], open: 'faq:faq:9' },
];
const key = (h) => `${h.view}:${h.section}:${h.index}`;

// Types `word` into the focused search box (cleared first with Escape, which
// clears a box with text and keeps it; in an empty box Escape leaves it).
async function searchFor(page, word) {
  if ((await state(page)).search.query) {
    await page.keyboard.press('Escape');
    await waitState(page, (s) => s.search.query === '', 'Escape cleared the box').catch(() => null);
    await settle(page, 100);  // the box takes the keyboard again in the next frame
  }
  await page.keyboard.type(word);
  return waitState(page, (s) => s.search && s.search.query === word, `search "${word}"`).catch(() => state(page));
}

function checkHits(label, s, w) {
  const got = new Set((s.search ? s.search.hits : []).map(key));
  const missing = w.expect.filter((k) => !got.has(k));
  check(`${label}: "${w.word}" finds ${w.expect.join(', ') || '(see forms)'}`, missing.length === 0,
        `missing ${missing.join(', ')}; got ${[...got].join(', ')}`);
  if (w.forms.length) {
    const missingForms = w.forms.filter((k) => !got.has(k));
    check(`${label}: "${w.word}" finds ${w.forms.join(', ')} (word forms/synonyms)`, missingForms.length === 0,
          `missing ${missingForms.join(', ')}; got ${[...got].join(', ')}`);
  }
  // Grouped by view: the per-view counts are the hits'.
  const counts = {};
  for (const h of s.search ? s.search.hits : []) counts[h.view] = (counts[h.view] || 0) + 1;
  const sorted = (o) => JSON.stringify(Object.entries(o || {}).sort());
  check(`${label}: "${w.word}" hits counted per view`, sorted(counts) === sorted(s.search && s.search.views),
        JSON.stringify({ counts, views: s.search && s.search.views }));
}

// Opens the hit for item `k` (a click or a tap on search:hit:N) and checks
// that its view shows it.
async function openHit(page, label, s, k, press) {
  const i = s.search.hits.findIndex((h) => key(h) === k);
  if (i < 0) {
    check(`${label}: a hit for ${k} to open`, false, 'not among the hits');
    return;
  }
  const hit = s.search.hits[i];
  await press(page, `search:hit:${i}`);
  const after = await waitState(page, (x) => x.view === hit.view && x.search.reveal.seq > s.search.reveal.seq,
                                `hit ${k} opened`).catch(() => state(page));
  check(`${label}: the hit opens ${k} in ${hit.view}`, after.view === hit.view && after.search.reveal.index === hit.index &&
        after.search.reveal.section === hit.section, JSON.stringify({ view: after.view, reveal: after.search.reveal }));
  await settle(page, 200);
  const r = await target(page, 'search:revealed', 3000).catch(() => null);
  const size = await page.evaluate(() => [innerWidth, innerHeight]);
  check(`${label}: ${k} is scrolled into view`, r && r.rect.y >= 0 && r.rect.y < size[1], JSON.stringify(r && r.rect));
  if (hit.view === 'faq') check(`${label}: the FAQ answer is open`, after.faq.open[hit.index] === true);
}

async function fromEveryView(browser, server) {
  const { context, page, problems } = await openWidget(browser, server, '', { viewport: { width: 1366, height: 768 } });
  const views = (await state(page)).views.filter((v) => v.nav && v.id !== 'search').map((v) => v.id);
  check('search: the nav lists a search entry', (await state(page)).views.some((v) => v.id === 'search' && v.nav));
  for (let n = 0; n < views.length; n++) {
    const v = views[n];
    await click(page, `nav:${v}`);
    await waitState(page, (s) => s.view === v, `view ${v}`).catch(() => null);
    await click(page, 'nav:search');
    let s = await waitState(page, (x) => x.view === 'search', 'search view').catch(() => state(page));
    check(`search from ${v}: the nav entry opens the Search view, the box focused`, s.view === 'search' && s.focused === 'search:box',
          JSON.stringify({ view: s.view, focused: s.focused }));
    for (const w of WORDS) checkHits(`search from ${v}`, await searchFor(page, w.word), w);
    // Open one hit per view, a different word each time.
    const w = WORDS[n % WORDS.length];
    s = await searchFor(page, w.word);
    await openHit(page, `search from ${v}`, s, w.open, click);
  }
  check('search: no console errors (every view)', problems.length === 0, problems.join('\n'));
  await context.close();
}

async function phone(browser, server) {
  const { context, page, problems } = await openWidget(browser, server, '?view=faq',
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  await tap(page, 'nav:search');
  let s = await waitState(page, (x) => x.view === 'search', 'search view').catch(() => state(page));
  check('search phone: a tap on the nav entry opens the Search view', s.view === 'search');
  await tap(page, 'search:box');
  await page.keyboard.type('math');
  s = await waitState(page, (x) => x.search.query === 'math', 'typed on a phone').catch(() => state(page));
  checkHits('search phone', s, WORDS[2]);
  const small = s.targets.filter((t) => /^(search:|nav:search)/.test(t.name) && t.name !== 'search:revealed' &&
                                 t.y + t.h < 843 && t.h < 44 - 0.5);
  check('search phone: the box, the nav entry and the hits are at least 44 px high', small.length === 0,
        small.map((t) => `${t.name} ${t.w}x${t.h}`).join(', '));
  await openHit(page, 'search phone', s, 'basics:difficulty:0', tap);
  // Enter opens the first hit. The nav scrolls away with a phone's view:
  // back to the top first, as a reader would.
  await page.mouse.move(195, 400);
  await page.mouse.wheel(0, -20000);
  await settle(page, 300);
  await tap(page, 'nav:search');
  await tap(page, 'search:box');
  s = await searchFor(page, 'google');
  const first = s.search.hits[0];
  await page.keyboard.press('Enter');
  s = await waitState(page, (x) => x.view !== 'search', 'Enter opens the first hit').catch(() => state(page));
  check('search phone: Enter opens the first hit', first && s.view === first.view && s.search.reveal.index === first.index,
        JSON.stringify({ view: s.view, first }));
  check('search phone: no console errors', problems.length === 0, problems.join('\n'));
  await context.close();
}

export default async function ({ browser, server }) {
  await fromEveryView(browser, server);
  await phone(browser, server);
}
