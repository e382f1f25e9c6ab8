// Complex scripts (src/core/clusters.h): a Devanagari conjunct with its vowel
// signs, a Thai consonant with its marks, is one glyph in the atlas, drawn by
// the browser from the whole cluster string (rcFont.clusterBox/clusterPixels
// in web/boot.js, fonts_canvas.cpp's ClusterFaces), not character by
// character. With tests/data/mini.json given Hindi and Thai text (as
// tests/desktop/run.sh makes scripts.json), in each engine:
// - the page with that data is interactive, without console errors, and
//   the clusters' code (in the program's second part) loaded no part in a hurry;
// - rcFont's clusters, at each of the theme's font sizes, match the browser
//   drawing the whole string at that size, and differ from the string drawn a
//   character at a time (so the comparison can fail: "हि", "क्षे");
// - an atlas built with the data: every cluster the theme measured is drawn
//   (in every font), its pixels reach the font texture (the upload's rows
//   below rcFont's canvas hold them), and no cluster's code point (the
//   Private Use Area) went to the canvas as a character of its own (it would
//   be drawn as a missing-glyph box);
// - screenshots at 390x844 and 1280x800: build/artifacts/engines/<engine>-scripts-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, clickTarget, openWidget, settle, state, syncLoads, until, withInkDiff } from './lib.mjs';

// The data: mini.json with one role's summary in Hindi and Thai (real words).
const TEXT = 'सॉफ़्टवेयर बनाता है। हिन्दी क्षेत्र สร้างซอฟต์แวร์';
// Clusters of TEXT as core/clusters.cpp cuts them (a virama joins the next
// consonant; marks stay with their base), each a glyph of its own.
const EXPECTED = ['सॉ', 'फ़्ट', 'वे', 'हि', 'न्दी', 'क्षे', 'त्र', 'ร้', 'ต์', 'ร์'];
// Where the old drawing (a character at a time) must differ from the whole cluster.
const UNSHAPED = ['हि', 'क्षे'];

// In the page: compares a cluster's image (alpha, w x h, pen at penX,
// baseY) with the cluster drawn by the browser, whole (shaped) and a
// character at a time (unshaped: each character where the previous one's
// advance left the pen), each at the font's own size with no transform, and
// at size 100 scaled to it (as rcFont draws every glyph of the atlas). A
// drawing differs when the ink lies more than a pixel off or its shape
// differs by over a quarter (glyphs.test.mjs's compareAtlas). A cluster
// matches when its ink lies where the font's own size puts it (its size and
// baseline) and has the shape of the whole string as the atlas draws glyphs:
// WebKit draws Noto Sans Devanagari at 14 px in a shape of its own (a lone
// र, ब too, as 0.25 to 0.36 of their ink), scaled from size 100 it does not.
// Unshaped differs from it in both drawings.
function compareClusters(items) {
  var M = 4, ref = document.createElement('canvas');
  ref.width = 600; ref.height = 400;
  var g = ref.getContext('2d', { willReadFrequently: true });
  g.textBaseline = 'alphabetic'; g.textAlign = 'left'; g.fillStyle = '#fff'; g.direction = 'ltr';
  var compare = function (img, w, h, r) {
    var at = function (x, y) { return img[y * w + x]; };
    var rf = function (x, y) { return r[((y + M) * (w + 2 * M) + x + M) * 4 + 3]; };
    var d = inkDiff(at, rf, w, h, M);
    return d.why ? d : { off: Math.round(d.off * 100) / 100, shape: Math.round(d.shape * 100) / 100 };
  };
  var bad = function (c) { return c.off > 1 || c.shape > 0.25; };
  // The reference at `size` (the font's px, or 100 scaled to it as the atlas draws).
  var draw = function (it, size, whole) {
    var k = it.px / size;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, ref.width, ref.height);
    g.font = rcFont.css(it.face, size);
    g.setTransform(k, 0, 0, k, 0, 0);
    if (whole) g.fillText(it.text, (M + it.penX) / k, (M + it.baseY) / k);
    else {
      var x = (M + it.penX) / k;
      for (var ch of it.text) { g.fillText(ch, x, (M + it.baseY) / k); x += g.measureText(ch).width; }
    }
    return compare(it.img, it.w, it.h, g.getImageData(0, 0, it.w + 2 * M, it.h + 2 * M).data);
  };
  return items.map(function (it) {
    var own = draw(it, it.px, true), at100 = draw(it, 100, true), split = draw(it, it.px, false), split100 = draw(it, 100, false);
    return { name: it.face + '/' + it.px + ' ' + it.text, own: own, at100: at100, split: split, split100: split100,
             matches: own.off <= 1 && !bad(at100), differs: bad(split) && bad(split100) };
  });
}

// In the page: rcFont's clusters, measured and drawn as the app has them
// drawn, for each font of the atlas last built (face, px from its spec).
function drawDirect(texts) {
  var spec = rcFont.lastSpec, S = rcShared.spec, out = [];
  for (var i = 0; i < spec.length; i += S.size + spec[i + S.count]) {
    var face = spec[i + S.face], px = spec[i + S.px];
    texts.forEach(function (text) {
      var b = rcFont.clusterBox(face, px, text);
      if (!b) { out.push({ face: face, px: px, text: text, missing: true }); return; }
      var w = b[3] - b[1], h = b[4] - b[2], s = rcFont.clusterPixels(face, px, text, w, h, -b[1], -b[2]), img = [];
      for (var k = 0; k < w * h; k++) img.push(s.data[((s.y + Math.floor(k / w)) * s.width + s.x + k % w) * 4 + 3]);
      out.push({ face: face, px: px, text: text, w: w, h: h, penX: -b[1], baseY: -b[2], img: img, advance: b[0] });
    });
  }
  return out;
}

// In the page: from now on, records what the theme measures and draws
// (rcFont.clusterBox/clusterPixels, as library_rolecompare.js calls them)
// and the font texture's uploads from the program's memory (the rows below
// rcFont's canvas: ImGui's rectangles, the clusters among them).
function record() {
  var rec = window.__rcScripts = { measured: [], drawn: [], uploads: [] };
  var box = rcFont.clusterBox, pixels = rcFont.clusterPixels;
  rcFont.clusterBox = function (face, px, text) {
    var b = box.apply(rcFont, arguments);
    rec.measured.push({ face: face, px: px, text: text, box: b && b.slice() });
    return b;
  };
  rcFont.clusterPixels = function (face, px, text, w, h, penX, baseY) {
    var s = pixels.apply(rcFont, arguments), img = new Uint8Array(w * h);
    for (var k = 0; k < w * h; k++) img[k] = s.data[((s.y + Math.floor(k / w)) * s.width + s.x + k % w) * 4 + 3];
    rec.drawn.push({ face: face, px: px, text: text, w: w, h: h, penX: penX, baseY: baseY, img: img });
    return s;
  };
  var sub = WebGL2RenderingContext.prototype.texSubImage2D;
  WebGL2RenderingContext.prototype.texSubImage2D = function (target, level, x, y, w, h, format, type, src, offset) {
    if (arguments.length >= 10 && src instanceof Uint8Array && format === this.ALPHA)
      rec.uploads.push({ x: x, y: y, w: w, h: h, px: src.slice(offset, offset + w * h) });
    return sub.apply(this, arguments);
  };
}

// In the page: each cluster drawn, found in the last upload (its exact
// pixels), with its image as uploaded; and the canvas's code points in the
// Private Use Area (none may be).
function drawnInUpload() {
  var rec = window.__rcScripts, up = rec.uploads[rec.uploads.length - 1], pua = [];
  rcFont.lastSpec.forEach(function (v, i) { if (v >= 0xE000 && v <= 0xF8FF) pua.push(i); });
  var found = rec.drawn.map(function (c) {
    var fx = -1, fy = -1, k;
    for (k = 0; k < c.w * c.h && fx < 0; k++) if (c.img[k]) { fx = k % c.w; fy = Math.floor(k / c.w); }
    if (fx < 0 || !up) return { face: c.face, px: c.px, text: c.text, at: null };
    for (var y = 0; y + c.h <= up.h; y++) for (var x = 0; x + c.w <= up.w; x++) {
      if (up.px[(y + fy) * up.w + x + fx] !== c.img[fy * c.w + fx]) continue;
      var same = true;
      for (var yy = 0; yy < c.h && same; yy++) for (var xx = 0; xx < c.w; xx++)
        if (up.px[(y + yy) * up.w + x + xx] !== c.img[yy * c.w + xx]) { same = false; break; }
      if (same) {
        var img = [];
        for (yy = 0; yy < c.h; yy++) for (xx = 0; xx < c.w; xx++) img.push(up.px[(y + yy) * up.w + x + xx]);
        return { face: c.face, px: c.px, text: c.text, at: [x, up.y + y], w: c.w, h: c.h, penX: c.penX, baseY: c.baseY, img: img };
      }
    }
    return { face: c.face, px: c.px, text: c.text, at: null };
  });
  return { found: found, measured: rec.measured, uploads: rec.uploads.length, pua: pua.length };
}

export default async function ({ engine, server }) {
  const E = engine.name;
  fs.mkdirSync(path.join(ART, 'engines'), { recursive: true });
  const mini = fs.readFileSync(path.join(ROOT, 'tests/data/mini.json'), 'utf8');
  if (!mini.includes('"Builds software."')) throw new Error('tests/data/mini.json: no "Builds software." to replace');
  const url = await server.put('scripts.json', mini.replace('"Builds software."', JSON.stringify(TEXT)));
  const data = `?data=${encodeURIComponent(url.slice(server.url.length))}`;
  // At pixel ratios 1 and 2 (the fonts' px differ).
  for (const dpr of [1, 2].filter((r) => r <= engine.maxDpr)) {
    const page = await openWidget(engine, server, `${data}&view=overview`, { width: 1024, height: 700, dpr });
    try {
      await until('the data with Hindi and Thai', async () => (await state(page)).dataset?.custom === true, 15000);
      await settle(300);
      const s = await state(page);
      check(`${E} scripts @${dpr}: the page with Hindi and Thai data is interactive`, s.dataset?.id === 'mini' && s.dataset?.custom === true,
            JSON.stringify(s.dataset));
      // The clusters' code is in the program's second part: there by the time the data is drawn, not loaded in a hurry.
      const sync = await syncLoads(page);
      check(`${E} scripts @${dpr}: the data's clusters waited for the second part (synchronous loads: ${sync})`, sync === 0);

      // rcFont on its own: the clusters at the sizes of the atlas built for the data.
      const direct = await page.eval(withInkDiff(compareClusters), await page.eval(drawDirect, EXPECTED));
      const missing = direct.filter((c) => !c.matches);
      check(`${E} scripts @${dpr}: rcFont's clusters match the browser's drawing of the whole string (${direct.length} in ${direct.length / EXPECTED.length} fonts)`,
            direct.length >= EXPECTED.length * 5 && missing.length === 0, JSON.stringify(missing.slice(0, 6)));
      const same = direct.filter((c) => UNSHAPED.includes(c.name.split(' ')[1]) && !c.differs);
      check(`${E} scripts @${dpr}: ... and the comparison fails for a character at a time (${UNSHAPED.join(', ')})`, same.length === 0,
            JSON.stringify(same.slice(0, 6)));

      // The atlas: recorded from a rebuild (a typed character the fonts lack,
      // as glyphs.test.mjs does; the data's own build may come before the page
      // can listen).
      await page.eval(record);
      await clickTarget(page, 'nav:compare');
      await clickTarget(page, 'compare:search');
      await page.eval(() => {
        const input = document.getElementById('rc-text-input');
        input.dispatchEvent(new InputEvent('input', { data: '\u00df', inputType: 'insertText' }));
      });
      await until('an atlas with the typed character', () => page.eval(() => rcFont.lastSpec.indexOf(0xdf) > 0));
      await settle(300);
      const r = await page.eval(drawnInUpload);
      const texts = [...new Set(r.found.map((c) => c.text))];
      const fonts = new Set(r.found.map((c) => `${c.face}/${c.px}`)).size;
      const absent = EXPECTED.filter((t) => !texts.includes(t));
      const undrawn = r.measured.filter((m) => m.box && m.box[3] > m.box[1] &&
        !r.found.some((c) => c.face === m.face && c.px === m.px && c.text === m.text));
      check(`${E} scripts @${dpr}: the atlas has every cluster measured drawn, in the 5 fonts (${texts.length} clusters, ${r.found.length} glyphs)`,
            r.found.length > 0 && fonts === 5 && absent.length === 0 && undrawn.length === 0,
            JSON.stringify({ absent, undrawn: undrawn.slice(0, 6), fonts }));
      const lost = r.found.filter((c) => !c.at);
      check(`${E} scripts @${dpr}: every cluster's pixels reach the font texture (${r.uploads} uploads)`, r.uploads > 0 && lost.length === 0,
            JSON.stringify(lost.slice(0, 6).map((c) => `${c.face}/${c.px} ${c.text}`)));
      check(`${E} scripts @${dpr}: no cluster's code point went to the canvas as a character (a missing-glyph box)`, r.pua === 0, `${r.pua}`);
      const cmp = await page.eval(withInkDiff(compareClusters), r.found.filter((c) => c.at));
      const off = cmp.filter((c) => !c.matches);
      check(`${E} scripts @${dpr}: each cluster glyph in the atlas matches the browser drawing its whole string (${cmp.length})`,
            cmp.length > 0 && off.length === 0, JSON.stringify(off.slice(0, 6)));
      const alike = cmp.filter((c) => UNSHAPED.includes(c.name.split(' ')[1]) && !c.differs);
      check(`${E} scripts @${dpr}: ... and would not match a character at a time (${UNSHAPED.join(', ')})`,
            cmp.some((c) => UNSHAPED.includes(c.name.split(' ')[1])) && alike.length === 0, JSON.stringify(alike.slice(0, 6)));
      const problems = await page.problems();
      check(`${E} scripts @${dpr}: no console or page errors`, problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
    }
  }

  // How it looks, on a phone and a laptop.
  for (const [w, h, dpr] of [[390, 844, Math.min(2, engine.maxDpr)], [1280, 800, 1]]) {
    const p = await openWidget(engine, server, `${data}&view=overview`, { width: w, height: h, dpr, touch: w < 560 });
    try {
      await until('the data', async () => (await state(p)).dataset?.custom === true, 15000);
      await settle(500);
      await p.screenshot(path.join(ART, 'engines', `${E}-scripts-${w}x${h}.png`));
    } finally {
      await p.close();
    }
  }
}
