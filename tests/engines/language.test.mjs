// The interface's language in each engine (tests/browser/language.test.mjs
// holds the rest, in Chromium): ?lang=de, ?lang=ja and ?lang=ar fetch their
// catalogue and draw the first frame in it, right to left for Arabic (the nav's order); the German and Arabic translations of the
// data (tests/data/de.json, ar.json) bring their own language (meta.language)
// with them; <html lang dir> follows; the mirror has no English nav left.
// Screenshots: build/artifacts/engines/<engine>-lang-<case>.png.
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, openWidget, settle, state } from './lib.mjs';

// The nav's English labels (assets/ui/en.json): none may be left in another language.
const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/ui/en.json'), 'utf8')).messages;
const NAV = Object.entries(en).filter(([k]) => k.startsWith('nav.')).map(([, v]) => v)
  .filter((v) => !['Quiz', 'FAQ'].includes(v));  // German keeps these two words

export default async function ({ engine, server }) {
  const E = engine.name;
  const de = await server.put('lang-de.json', fs.readFileSync(path.join(ROOT, 'tests/data/de.json'), 'utf8'));
  const ar = await server.put('lang-ar.json', fs.readFileSync(path.join(ROOT, 'tests/data/ar.json'), 'utf8'));
  const rel = (url) => url.slice(server.url.length);
  const CASES = [
    { name: '?lang=de', file: 'lang-de', rest: '?lang=de', ui: 'de', dir: 'ltr', nav: 'Vergleich' },
    { name: '?lang=ja', file: 'lang-ja', rest: '?lang=ja', ui: 'ja', dir: 'ltr', nav: '比較' },
    { name: '?lang=ar', file: 'lang-ar', rest: '?lang=ar', ui: 'ar', dir: 'rtl', nav: 'المقارنة' },
    { name: 'German data', file: 'data-de', rest: `?data=${encodeURIComponent(rel(de))}`, ui: 'de', dir: 'ltr', nav: 'Vergleich' },
    { name: 'Arabic data', file: 'data-ar', rest: `?data=${encodeURIComponent(rel(ar))}`, ui: 'ar', dir: 'rtl', nav: 'المقارنة' },
  ];
  for (const c of CASES) {
    const page = await openWidget(engine, server, c.rest, { width: 390, height: 844, dpr: Math.min(2, engine.maxDpr), touch: true });
    try {
      // Custom data arrives after the first frame: wait for its language.
      let s = await state(page);
      for (let i = 0; i < 40 && s.language?.ui !== c.ui; i++) { await settle(100); s = await state(page); }
      await settle(300);
      // Read again: the export that first said the language can carry the
      // targets of the frame drawn before it (the nav still left to right).
      s = await state(page);
      const html = await page.eval(() => `${document.documentElement.lang}/${document.documentElement.dir}`);
      const mirror = await page.eval(() => document.getElementById('rc-mirror').textContent);
      const left = NAV.filter((w) => mirror.includes(w));
      check(`${E} ${c.name}: the interface is ${c.ui}, ${c.dir} (state export, <html lang dir>)`,
            s.language?.ui === c.ui && s.language?.dir === c.dir && html === `${c.ui}/${c.dir}`, JSON.stringify({ language: s.language, html }));
      check(`${E} ${c.name}: the mirror's nav is translated, no English nav label left`, mirror.includes(c.nav) && left.length === 0,
            JSON.stringify({ left, start: mirror.slice(0, 200) }));
      // The layout follows the direction: the nav's first entry (Overview) is
      // left of the second (Compare) left to right, right of it right to left.
      const at = (n) => s.targets.find((x) => x.name === n);
      const first = at('nav:overview'), second = at('nav:compare');
      const oneRow = first && second && Math.abs(first.y - second.y) < 1;
      check(`${E} ${c.name}: the nav runs ${c.dir === 'rtl' ? 'right to left' : 'left to right'}`,
            oneRow && (c.dir === 'rtl' ? first.x > second.x : first.x < second.x), JSON.stringify({ first, second }));
      await page.screenshot(path.join(ART, 'engines', `${E}-${c.file}.png`));
      const problems = await page.problems();
      check(`${E} ${c.name}: no console or page errors`, problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
    }
  }
}
