// The interface's language on the web (docs/embedding.md, "Languages"):
// - ?lang= picks a built-in catalogue; the site's ui/<lang>.json is fetched
//   once, the first frame is already in that language, and <html lang dir>
//   and the ready event say it;
// - without ?lang=, the data's meta.language comes before the reader's
//   browser languages;
// - a language without a catalogue, a bad ?lang= and a catalogue that cannot
//   be fetched leave English, with a console warning, and the widget works;
// - English fetches no catalogue (its words are in the program).
import { check, guard, state, waitFirstFrame } from './lib.mjs';

// Each part on its own: one that fails does not skip the others.
async function part(name, fn) {
  try { await fn(); } catch (e) { check(`language: ${name} ran to the end`, false, e.message); }
}
const mirror = (page) => page.evaluate(() => document.getElementById('rc-mirror').textContent);
const htmlLang = (page) => page.evaluate(() => `${document.documentElement.lang}/${document.documentElement.dir}`);
const syncLoads = (page) => page.evaluate(() => rcDeferred.syncLoads);
// The catalogue requests a page made (ui/<lang>.json), and what it warned.
function watch(page) {
  const seen = { ui: [], warnings: [], firstFrameLang: null };
  page.on('request', (r) => { const m = new URL(r.url()).pathname.match(/\/ui\/([a-z]+)\.json$/); if (m) seen.ui.push(m[1]); });
  page.on('console', (m) => { if (m.type() === 'warning') seen.warnings.push(m.text()); });
  return seen;
}
async function open(browser, server, query, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-US', ...options });
  // The <html lang> when the first frame is on screen ('rc-ready' is set then).
  await context.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (!document.documentElement?.classList.contains('rc-ready')) return;
      window.firstFrameLang = document.documentElement.lang;
      obs.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
  });
  const page = await context.newPage();
  const seen = watch(page);
  const problems = guard(page, [new URL(server.url).host]);
  await page.goto(server.url + query);
  await waitFirstFrame(page);
  return { context, page, problems, seen };
}

export default async function ({ browser, server }) {
  await part('?lang=de', async () => {
    const { context, page, problems, seen } = await open(browser, server, '?lang=de');
    const s = await state(page);
    const text = await mirror(page);
    check('language: ?lang=de: the interface is German (state export)', s.language?.ui === 'de' && s.language?.dir === 'ltr',
          JSON.stringify(s.language));
    check('language: ?lang=de: <html lang="de" dir="ltr">', (await htmlLang(page)) === 'de/ltr', await htmlLang(page));
    check('language: ?lang=de: the first frame is already German (no English frame first)',
          (await page.evaluate(() => window.firstFrameLang)) === 'de', String(await page.evaluate(() => window.firstFrameLang)));
    check('language: ?lang=de: the mirror has the German nav, not the English one',
          text.includes('Vergleich') && text.includes('Entscheidungshilfe') && !text.includes('How to choose'), text.slice(0, 300));
    check('language: ?lang=de: ui/de.json fetched once, no other catalogue', JSON.stringify(seen.ui) === '["de"]', JSON.stringify(seen.ui));
    check('language: ?lang=de: never the synchronous fallback', (await syncLoads(page)) === 0);
    check('language: ?lang=de: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('?lang=ar', async () => {
    const { context, page, problems } = await open(browser, server, '?lang=ar');
    const s = await state(page);
    check('language: ?lang=ar: Arabic, right to left (state export and <html dir>)',
          s.language?.ui === 'ar' && s.language?.dir === 'rtl' && (await htmlLang(page)) === 'ar/rtl', JSON.stringify(s.language));
    check('language: ?lang=ar: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('the data before the browser', async () => {
    const { context, page, problems, seen } = await open(browser, server, '', { locale: 'ja-JP' });
    const s = await state(page);
    check('language: a Japanese browser on the built-in data (meta.language "en"): English, the data\'s language first, nothing fetched',
          s.language?.ui === 'en' && seen.ui.length === 0 && (await htmlLang(page)) === 'en/ltr', JSON.stringify({ language: s.language, ui: seen.ui }));
    check('language: a Japanese browser: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('?lang= beats the browser', async () => {
    const { context, page } = await open(browser, server, '?lang=fr', { locale: 'es-ES' });
    const s = await state(page);
    check('language: ?lang=fr in a Spanish browser: French', s.language?.ui === 'fr', JSON.stringify(s.language));
    await context.close();
  });

  await part('English', async () => {
    const { context, page, problems, seen } = await open(browser, server, '');
    const s = await state(page);
    check('language: English: no catalogue is fetched (its words are in the program)',
          s.language?.ui === 'en' && seen.ui.length === 0 && (await htmlLang(page)) === 'en/ltr', JSON.stringify({ language: s.language, ui: seen.ui }));
    check('language: English: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('a language without a catalogue', async () => {
    const { context, page, problems, seen } = await open(browser, server, '?lang=sw');
    const s = await state(page);
    check('language: ?lang=sw (none built in): English, nothing fetched', s.language?.ui === 'en' && seen.ui.length === 0,
          JSON.stringify({ language: s.language, ui: seen.ui }));
    check('language: ?lang=sw: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('a bad ?lang=', async () => {
    const { context, page, problems, seen } = await open(browser, server, '?lang=%3Cscript%3E');
    const s = await state(page);
    check('language: ?lang=<script>: English, and a warning names lang',
          s.language?.ui === 'en' && seen.warnings.some((w) => w.includes('lang=')), JSON.stringify({ language: s.language, warnings: seen.warnings }));
    check('language: a bad ?lang=: no console errors', problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await part('a catalogue that cannot be fetched', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-US' });
    await context.route('**/ui/de.json', (route) => route.abort('failed'));
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(server.url + '?lang=de');
    await waitFirstFrame(page);
    const s = await state(page);
    check('language: ui/de.json fails: the widget draws, in English, and the console says why',
          s.language?.ui === 'en' && seen.warnings.some((w) => w.includes("could not load the interface in 'de'")),
          JSON.stringify({ language: s.language, warnings: seen.warnings }));
    await context.close();
  });
}
