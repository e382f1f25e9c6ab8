// Runs before rolecompare.js: the Emscripten Module config and error
// reporting. No inline script, so a strict CSP (script-src 'self') works.
'use strict';
document.documentElement.classList.add('rc-js');
// Without WebGL2 (or WebAssembly), or when the program fails, the page shows
// the plain-HTML rendering of the whole content, from content.html (written
// at build time; not part of the first download otherwise).
function rcShowFallback(message) {
  var root = document.documentElement;
  if (root.classList.contains('rc-failed')) return;
  root.classList.add('rc-failed');
  var status = document.getElementById('rc-status');
  if (status) status.textContent = message;
  var fb = document.getElementById('rc-fallback');
  if (!fb) return;
  var link = function () {
    fb.innerHTML = '<p class="rc-text-note"><a href="content.html">Read the full comparison as a plain page.</a></p>';
  };
  fetch('content.html', { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.text();
  }).then(function (html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var article = doc.querySelector('article.rc-fallback');
    if (!article) throw new Error('no content');
    fb.appendChild(document.adoptNode(article));
    root.classList.add('rc-fallback-shown');
  }).catch(link);
}
// The program comes in two parts (docs/performance.md, "Two-part download"):
// rolecompare.wasm draws the first frame; rolecompare.deferred.wasm holds the
// rest (the other views, the JSON loader, the quiz engine...). The app asks for
// it right after its first frame (or before, when that frame needs it):
// rcLoadDeferred() fetches and compiles it off the main thread, instantiates
// it against the first part, and tells the app. Module.loadSplitModule is the
// synchronous path Emscripten takes if the rest is called before it is in;
// the app is built not to need it (no input until the rest is in), the tests
// check that it stays unused, and it still works if it is ever taken.
var rcDeferred = { asked: false, state: 0 };  // state: 0 not loaded, 1 loading, 2 instantiated
var RC_DEFERRED_URL = 'rolecompare.deferred.wasm';
function rcInstantiateDeferred(mod) {
  if (rcDeferred.state === 2) return;
  new WebAssembly.Instance(mod, { 'primary': Module['asm'] });
  rcDeferred.state = 2;
}
function rcLoadDeferred() {
  if (rcDeferred.asked || window.rcProfiling) return;
  rcDeferred.asked = true;
  var ready = function () { Module['_rc_on_deferred_ready'](); };
  if (rcDeferred.state === 2) { Promise.resolve().then(ready); return; }  // the synchronous path got there first
  rcDeferred.state = 1;
  var viaBytes = function () {
    return fetch(RC_DEFERRED_URL, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + RC_DEFERRED_URL);
      return r.arrayBuffer();
    }).then(function (b) { return WebAssembly.compile(b); });
  };
  var compiled = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(RC_DEFERRED_URL, { credentials: 'same-origin' })).catch(viaBytes)
    : viaBytes();
  compiled.then(function (mod) {
    rcInstantiateDeferred(mod);
    ready();
  }).catch(function (e) {
    rcShowFallback('The interactive comparison could not load (' + (e && e.message ? e.message : e) + '). Here is the full content instead.');
  });
}
// The type faces (src/platform/web/fonts_canvas.cpp): the page's UI font
// stack at weights 400 and 600, measured and drawn by the browser.
// - ImGui sizes a font by its full height (ascent + descent = the pixel size,
//   as stb_truetype does), CSS by its em: css() scales the CSS size so the
//   line fits the pixel size whatever the face's proportions.
// - A character is measured once per face, at size 100, and scaled: the
//   browser's first measurement of a character is slow (shaping, fallback
//   lookups), and canvas text scales linearly.
// - warm() uses the main thread's idle time while the program downloads and
//   compiles to measure the characters every page shows, so the atlas build
//   in the first frame finds them measured. Stopped as soon as the app builds
//   its atlas; whatever is left is then measured on demand.
var rcFont = (function () {
  var FAMILY = 'px Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  var canvas = null, emPerHeight = [0, 0], metrics = [{}, {}], warming = null;
  var f = {
    context: function (w, h) {
      canvas = canvas || document.createElement('canvas');
      if (w && (canvas.width !== w || canvas.height !== h)) { canvas.width = w; canvas.height = h; }
      var g = canvas.getContext('2d', { willReadFrequently: true });
      g.textBaseline = 'alphabetic';
      g.textAlign = 'left';
      return g;
    },
    css: function (face, px) {
      var w = face ? '600 ' : '400 ';
      if (!emPerHeight[face]) {
        var g = f.context(0, 0);
        g.font = w + '100' + FAMILY;
        var m = g.measureText('Hg'), h = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
        emPerHeight[face] = h > 50 && h < 200 ? 100 / h : 1 / 1.21;  // no font metrics: Inter's
      }
      return w + (px * emPerHeight[face]).toFixed(2) + FAMILY;
    },
    vmetrics: function (face) {
      var c = metrics[face];
      if (!c.vm) {
        var g = f.context(0, 0);
        g.font = f.css(face, 100);
        var m = g.measureText('Hg');
        c.vm = m.fontBoundingBoxAscent > 0 ? [m.fontBoundingBoxAscent, m.fontBoundingBoxDescent] : [80, 20];
      }
      return c.vm;
    },
    // [advance, left, top, right, bottom] at size 100, relative to the pen on the baseline (y down).
    glyph: function (face, cp) {
      var c = metrics[face], e = c[cp];
      if (!e) {
        var g = f.context(0, 0);
        g.font = f.css(face, 100);
        var t = g.measureText(String.fromCodePoint(cp));
        e = c[cp] = [t.width, -t.actualBoundingBoxLeft, -t.actualBoundingBoxAscent, t.actualBoundingBoxRight, t.actualBoundingBoxDescent];
      }
      return e;
    },
    warm: function () {
      // Printable ASCII and the marks of src/ui/theme.cpp (buildFonts), in
      // both faces. Out of step with it, this only warms less.
      var cps = [0xA0, 0xB7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2192, 0x2212];
      for (var c = 0x20; c < 0x7F; c++) cps.push(c);
      var jobs = [];
      [0, 1].forEach(function (face) { jobs.push(function () { f.vmetrics(face); cps.forEach(function (cp) { f.glyph(face, cp); }); }); });
      var step = function () {
        if (!warming || !jobs.length) { warming = null; return; }
        jobs.shift()();
        warming = setTimeout(step, 0);
      };
      warming = setTimeout(step, 0);
    },
    stopWarming: function () { if (warming) clearTimeout(warming); warming = null; }
  };
  return f;
})();
if (typeof WebAssembly === 'object') rcFont.warm();

var Module = {
  print: function (t) { console.log(t); },
  printErr: function (t) {
    // Emscripten's notes when the synchronous path runs: information, not trouble.
    if (/^(placeholder function called|instantiated deferred module)/.test(t)) console.info('rolecompare: ' + t);
    else console.warn(t);
  },
  onAbort: function (what) { rcShowFallback('The interactive comparison stopped (' + what + '). Here is the full content instead.'); },
  loadSplitModule: function () {
    if (rcDeferred.state === 2) return;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', RC_DEFERRED_URL, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    xhr.send(null);
    if (xhr.status !== 200) throw new Error('HTTP ' + xhr.status + ' for ' + RC_DEFERRED_URL);
    var s = xhr.responseText, b = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
    rcInstantiateDeferred(new WebAssembly.Module(b));
  }
};
if (typeof WebAssembly !== 'object') {
  document.addEventListener('DOMContentLoaded', function () {
    rcShowFallback('This browser cannot run the interactive comparison (no WebAssembly). Here is the full content instead.');
  });
}
