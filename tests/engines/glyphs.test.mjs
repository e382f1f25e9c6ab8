// Glyph integrity: the font atlas the widget builds (rcFont in web/boot.js)
// holds each glyph as the engine draws that character on its own. For the
// atlas the app asked for at pixel ratios 1, 2 and 3, and for a later one
// (a typed character the fonts lacked), every glyph's box is compared with a
// reference drawn glyph by glyph at the font's own size, with no transform:
// a glyph whose ink lies more than a pixel off, or whose shape differs (a
// ligature, a contextual alternate, kerning inside a run), fails.
import path from 'node:path';
import { ART, check, clickTarget, interactive, settle, until, withInkDiff } from './lib.mjs';

// In the page: compares the atlas for spec with the reference. Returns the
// glyph count and the glyphs that differ, worst first.
function compareAtlas(spec) {
  var job = rcFont.run(rcFont.job(spec, 0)), a = job.atlas;
  var atlas = a.canvas.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, a.w, a.h).data;
  var M = 4, ref = document.createElement('canvas');
  ref.width = 400; ref.height = 400;
  var g = ref.getContext('2d', { willReadFrequently: true });
  g.textBaseline = 'alphabetic'; g.textAlign = 'left'; g.fillStyle = '#fff';
  var bad = [], n = 0, o = 0;
  for (var i = 0; i < spec.length; i += 3 + spec[i + 2]) {
    var face = spec[i], px = spec[i + 1];
    g.font = rcFont.css(face, px);
    for (var j = 0; j < spec[i + 2]; j++, o += 9) {
      var cp = spec[i + 3 + j], e = a.glyphs.subarray(o, o + 9);
      if (!(e[3] > e[1])) continue;  // no ink (a space)
      n++;
      var bx = e[5], by = e[6], w = e[7] - e[5], h = e[8] - e[6];
      // The reference: this character alone, its pen where the atlas says.
      g.clearRect(0, 0, ref.width, ref.height);
      g.fillText(String.fromCodePoint(cp), M - e[1], M - e[2]);
      var r = g.getImageData(0, 0, w + 2 * M, h + 2 * M).data;
      var at = function (x, y) { return atlas[((by + y) * a.w + bx + x) * 4 + 3]; };
      var rf = function (x, y) { return r[((y + M) * (w + 2 * M) + x + M) * 4 + 3]; };
      // The reference's ink may spill over the box: compared with the margin.
      var name = face + '/' + px + ' U+' + cp.toString(16).toUpperCase().padStart(4, '0') + ' ' + String.fromCodePoint(cp);
      var diff = inkDiff(at, rf, w, h, M), off = diff.off, shape = diff.shape;
      if (diff.why) { bad.push({ glyph: name, why: diff.why === 'no ink' ? 'no ink in the atlas' : diff.why, off: 99 }); continue; }
      if (off > 1 || shape > 0.25) bad.push({ glyph: name, off: Math.round(off * 100) / 100, shape: Math.round(shape * 100) / 100 });
    }
  }
  a.canvas.width = a.canvas.height = 0;
  bad.sort(function (p, q) { return q.off - p.off || q.shape - p.shape; });
  return { glyphs: n, bad: bad };
}

export default async function ({ engine, server }) {
  const ratios = [1, 2, 3].filter((r) => r <= engine.maxDpr);
  for (const dpr of ratios) {
    const page = await engine.newPage({ width: 1024, height: 700, dpr });
    try {
      await page.goto(`${server.url}?view=compare`);
      await interactive(page);
      const first = await page.eval(() => rcFont.lastSpec);
      const r1 = await page.eval(withInkDiff(compareAtlas), first);
      check(`${engine.name} glyphs @${dpr}: the first atlas matches glyph-by-glyph drawing (${r1.glyphs} glyphs, ${r1.bad.length} off)`,
            r1.glyphs > 400 && r1.bad.length === 0, JSON.stringify(r1.bad.slice(0, 8)));
      if (dpr === ratios[0]) await page.screenshot(path.join(ART, `engines-glyphs-${engine.name}.png`));
      // A later atlas: characters the fonts lack, typed into the search (as
      // the phone keyboard's hidden input brings them: the same in every engine).
      await clickTarget(page, 'compare:search');
      await page.eval(() => {
        const input = document.getElementById('rc-text-input');
        input.dispatchEvent(new InputEvent('input', { data: '\u00e9\u00df', inputType: 'insertText' }));
      });
      await until('an atlas with the typed characters', () => page.eval(() => rcFont.lastSpec.indexOf(0xdf) > 0));
      await settle();
      const later = await page.eval(() => rcFont.lastSpec);
      const r2 = await page.eval(withInkDiff(compareAtlas), later);
      check(`${engine.name} glyphs @${dpr}: a later atlas (typed characters) matches too (${r2.glyphs} glyphs, ${r2.bad.length} off)`,
            r2.glyphs > r1.glyphs && r2.bad.length === 0, JSON.stringify(r2.bad.slice(0, 8)));
    } finally {
      await page.close();
    }
  }
}
