// Runs before rolecompare.js: the Emscripten Module config and error
// reporting. No inline script, so a strict CSP (script-src 'self') works.
'use strict';
document.documentElement.classList.add('rc-js');
// The loading text shows once the wait is noticeable, 0.3 s after the
// navigation (style.css): a quicker first frame replaces a blank page.
setTimeout(function () {
  var root = document.documentElement;
  if (!root.classList.contains('rc-ready')) root.classList.add('rc-waiting');
}, Math.max(0, 300 - performance.now()));
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
// the app is built not to need it (until the rest is in, no frame runs and
// input and page calls wait in queues), the tests check that it stays unused,
// and it still works if it is ever taken.
var rcDeferred = { asked: false, state: 0, syncLoads: 0 };  // state: 0 not loaded, 1 loading, 2 instantiated; syncLoads: for the tests
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
  var get = function () { return fetch(RC_DEFERRED_URL, { credentials: 'same-origin' }); };
  var viaBytes = function () {
    return get().then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + RC_DEFERRED_URL);
      return r.arrayBuffer();
    }).then(function (b) { return WebAssembly.compile(b); });
  };
  var compiled = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(get()).catch(viaBytes)
    : viaBytes();
  compiled.then(function (mod) {
    rcInstantiateDeferred(mod);
    ready();
  }).catch(function (e) {
    rcShowFallback('The interactive comparison could not load (' + (e && e.message ? e.message : e) + '). Here is the full content instead.');
  });
}
// The type faces (src/platform/web/fonts_canvas.cpp): the page's UI font
// stack at weights 400 and 600, measured and drawn by the browser into the
// glyph part of ImGui's font atlas.
// - ImGui sizes a font by its full height (ascent + descent = the pixel size,
//   as stb_truetype does), CSS by its em: css() scales the CSS size so the
//   line fits the pixel size whatever the face's proportions.
// - A character is measured once per face, at size 100, and scaled: the
//   browser's first measurement of a character is slow (shaping, fallback
//   lookups), and canvas text scales linearly. It is drawn from size 100
//   too, scaled: the browser resolves two fonts, not one per size.
// - An atlas lays each font out in rows of boxes (each glyph's ink, padded),
//   its pen on a whole pixel, and draws each glyph with its own fillText:
//   a string of several would be shaped, and Gecko and WebKit apply
//   kerning and contextual alternates to it (even with letter spacing), so
//   glyphs would move or change. Each atlas has its own canvas, which the
//   renderer uploads as the texture (coverage in alpha) and then frees: no
//   read-back.
// - An atlas is built in steps of a few milliseconds (job()). prebuild()
//   starts the one the first frame will ask for (the theme's five fonts at
//   this pixel ratio, printable ASCII and the UI's marks; the default data
//   needs nothing more) and runs its steps while the page is idle, waiting
//   for the program; take() runs whatever is left. So the page never waits
//   for it: on a slow connection it is done before the program arrives, on a
//   fast one the program starts at once. Out of step with src/ui/theme.cpp it
//   only saves less.
var rcFont = (function () {
  var FAMILY = 'px Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  var PAD = 1, INK = 2, MEASURE_STEP = 24, DRAW_STEP = 128;
  var measure = null, measureFace = -1, emPerHeight = [0, 0], metrics = [{}, {}], ahead = null, timer = null, last = null;
  var f = {
    builds: [],
    // A 2D context on a new canvas (w x h), or the one that measures (no size, made once).
    context: function (w, h) {
      if (!w && measure) return measure;
      var canvas = document.createElement('canvas');
      if (w) { canvas.width = w; canvas.height = h; }
      var g = canvas.getContext('2d', { willReadFrequently: true });  // drawn on the CPU: uploaded, never read back
      g.textBaseline = 'alphabetic';
      g.textAlign = 'left';
      if (!w) measure = g;
      return g;
    },
    // The measuring context, set to `face` at size 100.
    at100: function (face) {
      var g = f.context(0, 0);
      if (measureFace !== face) { g.font = f.css(face, 100); measureFace = face; }
      return g;
    },
    css: function (face, px) {
      var w = face ? '600 ' : '400 ';
      if (!emPerHeight[face]) {
        var g = f.context(0, 0);
        g.font = w + '100' + FAMILY;
        measureFace = -1;
        var m = g.measureText('Hg'), h = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
        emPerHeight[face] = h > 50 && h < 200 ? 100 / h : 1 / 1.21;  // no font metrics: Inter's
      }
      return w + (px * emPerHeight[face]).toFixed(2) + FAMILY;
    },
    vmetrics: function (face) {
      var c = metrics[face];
      if (!c.vm) {
        var m = f.at100(face).measureText('Hg');
        c.vm = m.fontBoundingBoxAscent > 0 ? [m.fontBoundingBoxAscent, m.fontBoundingBoxDescent] : [80, 20];
      }
      return c.vm;
    },
    // [advance, left, top, right, bottom] at size 100, relative to the pen on the baseline (y down).
    glyph: function (face, cp) {
      var c = metrics[face], e = c[cp];
      if (!e) {
        var t = f.at100(face).measureText(String.fromCodePoint(cp));
        e = c[cp] = [t.width, -t.actualBoundingBoxLeft, -t.actualBoundingBoxAscent, t.actualBoundingBoxRight, t.actualBoundingBoxDescent];
      }
      return e;
    },
    // The atlas for spec ([face, px, count, codepoints..., face, px, ...];
    // texW 0 = pick) as a job: { spec, texW, steps, atlas } where atlas, once
    // every step ran, is { w, h, glyphs (9 floats each), vm (2 per font),
    // canvas (w x h) }.
    job: function (spec, texW) {
      var job = { spec: spec, texW: texW, steps: [], atlas: null }, fonts = [], inked = [], c = null, h = 0, n = 0;
      // 1. Measure, a few characters a step.
      var todo = [];
      for (var i = 0; i < spec.length; i += 3 + spec[i + 2]) {
        for (var j = 0; j < spec[i + 2]; j++) todo.push(spec[i], spec[i + 3 + j]);
      }
      var measureStep = function (from) {
        return function () { for (var q = from; q < Math.min(from + 2 * MEASURE_STEP, todo.length); q += 2) f.glyph(todo[q], todo[q + 1]); };
      };
      for (var q = 0; q < todo.length; q += 2 * MEASURE_STEP) job.steps.push(measureStep(q));
      // 2. Lay out, make the canvas; then draw, a few glyphs a step.
      job.steps.push(function () {
        var area = 0;
        for (var i = 0; i < spec.length; i += 3 + spec[i + 2]) {
          var face = spec[i], px = spec[i + 1], k = px / 100, vm = f.vmetrics(face);
          var fo = { face: face, px: px, vm: [vm[0] * k, vm[1] * k], glyphs: [] };
          for (var j = 0; j < spec[i + 2]; j++) {
            var cp = spec[i + 3 + j], e = f.glyph(face, cp), g = { cp: cp, adv: e[0] * k, x0: 0, y0: 0, x1: 0, y1: 0 };
            if (e[3] > e[1] && e[4] > e[2]) {  // ink: padded for the anti-aliased edge and the scaling
              g.x0 = Math.floor(e[1] * k) - INK; g.y0 = Math.floor(e[2] * k) - INK;
              g.x1 = Math.ceil(e[3] * k) + INK; g.y1 = Math.ceil(e[4] * k) + INK;
              area += (g.x1 - g.x0 + 1 + PAD) * (g.y1 - g.y0 + 1 + PAD);
              inked.push(g);
            }
            fo.glyphs.push(g);
            n++;
          }
          fonts.push(fo);
        }
        if (!texW) { var side = Math.sqrt(area); texW = side >= 2867 ? 4096 : side >= 1434 ? 2048 : side >= 717 ? 1024 : 512; }
        // Rows of boxes, one font after another; a glyph's pen sits on a
        // whole pixel, so its box in the atlas is exactly its padded ink.
        var top = PAD;
        fonts.forEach(function (fo) {
          var minY0 = 0, maxY1 = 0, gs = fo.glyphs, g, j;
          for (j = 0; j < gs.length; j++) {
            if (gs[j].x1 <= gs[j].x0) continue;
            minY0 = Math.min(minY0, gs[j].y0); maxY1 = Math.max(maxY1, gs[j].y1);
          }
          var rowH = maxY1 - minY0 + 1, x = PAD;
          for (j = 0; j < gs.length; j++) {
            g = gs[j];
            if (g.x1 <= g.x0) continue;
            var w = g.x1 - g.x0 + 1;
            if (x + w + PAD > texW) { x = PAD; top += rowH + PAD; }
            g.pen = x - g.x0; g.base = top - minY0; g.fo = fo;
            x += w + PAD;
          }
          top += rowH + PAD;
        });
        h = top;
        c = f.context(texW, h);
        c.fillStyle = '#fff';
        for (var q = 0; q < inked.length; q += DRAW_STEP) job.steps.push(drawStep(q));
        job.steps.push(finish);
      });
      // Each glyph on its own (one fillText per glyph): a string of several
      // would be shaped, and engines apply kerning, ligatures and contextual
      // alternates to it (Gecko and WebKit even with letter spacing, and
      // WebKit's canvas cannot turn kerning off), which moves or replaces
      // glyphs. Each face is set at size 100 and scaled to the font's size.
      var drawStep = function (from) {
        return function () {
          var cur = null;
          for (var q = from; q < Math.min(from + DRAW_STEP, inked.length); q++) {
            var g = inked[q], k = g.fo.px / 100;
            if (g.fo !== cur) {
              cur = g.fo;
              c.font = f.css(cur.face, 100);
              c.setTransform(k, 0, 0, k, 0, 0);
            }
            c.fillText(String.fromCodePoint(g.cp), g.pen / k, g.base / k);
          }
        };
      };
      // 3. Rasterise (the canvas records its drawing and rasterises on first
      //    use: now, not in the upload), and write out the glyphs.
      var finish = function () {
        c.getImageData(0, 0, 1, 1);
        var out = new Float32Array(n * 9), vmo = new Float32Array(fonts.length * 2), o = 0;
        fonts.forEach(function (fo, fi) {
          vmo[fi * 2] = fo.vm[0]; vmo[fi * 2 + 1] = fo.vm[1];
          for (var j = 0; j < fo.glyphs.length; j++, o += 9) {
            var g = fo.glyphs[j];
            out[o] = g.adv;
            if (g.x1 <= g.x0) continue;
            out[o + 1] = g.x0; out[o + 2] = g.y0; out[o + 3] = g.x1 + 1; out[o + 4] = g.y1;
            out[o + 5] = g.pen + g.x0; out[o + 6] = g.base + g.y0; out[o + 7] = g.pen + g.x1 + 1; out[o + 8] = g.base + g.y1;
          }
        });
        job.atlas = { w: texW, h: h, glyphs: out, vm: vmo, canvas: c.canvas };
      };
      return job;
    },
    // Runs a job's steps: all of them, or while more() says so.
    run: function (job, more) {
      while (job.steps.length && (!more || more())) job.steps.shift()();
      return job;
    },
    // The atlas for spec: the one started ahead if it is for the same spec
    // (finished now), else one built now.
    take: function (spec, texW) {
      f.stop();
      f.lastSpec = spec;  // for the tests (tests/engines/glyphs.test.mjs)
      var same = ahead && (!texW || texW === ahead.texW) && ahead.spec.length === spec.length &&
        ahead.spec.every(function (v, i) { return v === spec[i]; });
      f.release();
      // For the tests: 'ahead' (all done ahead), 'ahead+N' (N steps left to do now) or 'now'.
      f.builds.push(!same ? 'now' : ahead.steps.length ? 'ahead+' + ahead.steps.length : 'ahead');
      last = f.run(same ? ahead : f.job(spec, texW)).atlas;
      ahead = null;
      return last;
    },
    // The canvas of the atlas last taken, until release() frees its backing store.
    canvas: function () { return last.canvas; },
    release: function () { if (last) last.canvas.width = last.canvas.height = 0; last = null; },
    prebuild: function () {
      var dpr = window.devicePixelRatio || 1, spec = [];
      var cps = [0xB7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2190, 0x2192, 0x2713];
      for (var c = 0x20; c < 0x7F; c++) cps.push(c);
      cps.sort(function (a, b) { return a - b; });
      // The theme's fonts (src/ui/theme.cpp, buildFonts): face, CSS size.
      [[0, 16], [1, 16], [0, 13.5], [1, 20], [1, 25]].forEach(function (s) { spec.push(s[0], Math.round(s[1] * dpr), cps.length); spec.push.apply(spec, cps); });
      ahead = f.job(spec, 0);
      // In the page's idle time (as much of it as it has), else a step a task.
      var idle = window.requestIdleCallback;
      var schedule = function () { timer = idle ? { idle: idle(tick) } : { timeout: setTimeout(tick, 0) }; };
      var tick = function (deadline) {
        timer = null;
        if (!ahead) return;
        if (deadline) f.run(ahead, function () { return deadline.timeRemaining() > 1; });
        else ahead.steps.shift()();
        if (ahead.steps.length) schedule();
      };
      schedule();
    },
    stop: function () {
      if (timer && timer.idle) window.cancelIdleCallback(timer.idle);
      else if (timer) clearTimeout(timer.timeout);
      timer = null;
    }
  };
  return f;
})();
if (typeof WebAssembly === 'object') rcFont.prebuild();

// The band of the widget the canvas covers (src/platform/web/main.cpp draws
// the whole layout, but only this band of it). Usually the whole widget. A
// host that grows its iframe to the content (embed.js) can make it far
// taller than a GPU draws: past the GL's largest size the canvas is cut, and
// Safari refuses a canvas over 16.7 M pixels. Then the canvas covers only
// the part that can be seen, with a margin, at full sharpness, and moves as
// the host page scrolls. What can be seen comes from an IntersectionObserver
// on tiles of the root (it reports even in a cross-origin frame): a tile's
// visible part is exact whenever its ratio crosses a quarter.
var rcBand = (function () {
  var AREA = 16777216, TILE = 256, MARGIN = 512, EDGE = 96;
  var tiles = [], seen = {}, observer = null;
  var b = {
    top: 0, height: 0,
    // The GL's largest drawable side: a guess until the context says
    // (every WebGL2 device draws 4096), then the least of its three limits.
    limit: 4096,
    setLimits: function (gl) {
      var v = gl.getParameter(gl.MAX_VIEWPORT_DIMS) || [4096, 4096];
      b.limit = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) || 4096, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) || 4096, v[0], v[1]);
    },
    // The visible part of the root [top, bottom] in CSS px, or null if unknown.
    visible: function () {
      var top = Infinity, bottom = -Infinity;
      for (var k in seen) { top = Math.min(top, seen[k][0]); bottom = Math.max(bottom, seen[k][1]); }
      return top < bottom ? [top, bottom] : null;
    },
    // For a root w x h CSS px at dpr: sets top and height, and the canvas'
    // place. Returns the canvas' CSS size [w, height].
    update: function (w, h, dpr) {
      var tallest = Math.floor(Math.min(b.limit, AREA / Math.max(1, Math.round(w * dpr))) / dpr);
      var top = 0, height = h;
      if (h > tallest) {
        watch(h);
        var v = b.visible();
        height = tallest;
        if (v) {
          // Centred on what is seen; kept while that stays clear of its edges.
          height = Math.min(tallest, v[1] - v[0] + 2 * MARGIN);
          var keep = b.height === height && v[0] >= b.top + EDGE && v[1] <= b.top + b.height - EDGE;
          top = keep ? b.top : Math.round((v[0] + v[1]) / 2 - height / 2);
        }
        top = Math.max(0, Math.min(h - height, top));
      } else if (observer) {
        unwatch();
      }
      if (top !== b.top || height !== b.height) {
        b.top = top; b.height = height;
        var c = document.getElementById('canvas');
        if (c) {
          var whole = top === 0 && height === h;
          c.style.top = whole ? '' : top + 'px';
          c.style.height = whole ? '' : height + 'px';
          c.style.bottom = whole ? '' : 'auto';
        }
      }
      return [w, height];
    }
  };
  function watch(h) {
    var root = document.getElementById('rc-root');
    if (!root || typeof IntersectionObserver !== 'function') return;
    var n = Math.ceil(h / TILE);
    if (!observer) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          var i = +e.target.getAttribute('data-rc-tile');
          if (!e.isIntersecting || e.intersectionRect.height <= 0) { delete seen[i]; return; }
          var t0 = i * TILE + (e.intersectionRect.top - e.boundingClientRect.top);
          seen[i] = [t0, t0 + e.intersectionRect.height];
        });
        if (window.rolecompare && window.rolecompare.wake) window.rolecompare.wake();
      }, { threshold: [0, 0.25, 0.5, 0.75, 1] });
    }
    while (tiles.length < n) {
      var t = document.createElement('div');
      t.className = 'rc-tile';
      t.setAttribute('data-rc-tile', String(tiles.length));
      t.setAttribute('aria-hidden', 'true');
      t.style.top = tiles.length * TILE + 'px';
      root.appendChild(t);
      observer.observe(t);
      tiles.push(t);
    }
    while (tiles.length > n) { var d = tiles.pop(); observer.unobserve(d); d.remove(); delete seen[tiles.length]; }
  }
  function unwatch() {
    observer.disconnect();
    observer = null;
    tiles.forEach(function (t) { t.remove(); });
    tiles = []; seen = {};
  }
  return b;
})();

// The WebGL2 context and the renderer's program (src/platform/web/renderer.cpp),
// made while the program compiles: creating a context and compiling shaders
// happen in the GPU process, and the first frame would otherwise wait for
// both. The app's own getContext call then returns this context (a canvas
// has one), so these attributes are the ones that count; main.cpp asks for
// the same.
// The shaders: attribute locations fixed (nothing is looked up), the
// projection in a constant attribute (no uniform), coverage from the
// texture's alpha only (the font atlas is a canvas: its transparent texels
// have no colour).
var rcGL = (function () {
  var ATTRS = { alpha: true, antialias: false, depth: false, stencil: false, premultipliedAlpha: false, powerPreference: 'low-power' };
  var VS = '#version 300 es\n' +
    'layout(location = 0) in vec2 aPos;\nlayout(location = 1) in vec2 aUV;\nlayout(location = 2) in vec4 aColor;\n' +
    'layout(location = 3) in vec4 aXform;\nout vec2 vUV;\nout vec4 vColor;\n' +
    'void main() { vUV = aUV; vColor = aColor; gl_Position = vec4(aPos * aXform.xy + aXform.zw, 0.0, 1.0); }\n';
  var FS = '#version 300 es\nprecision highp float;\nuniform sampler2D uTex;\nin vec2 vUV;\nin vec4 vColor;\nout vec4 oColor;\n' +
    'void main() { oColor = vec4(vColor.rgb, vColor.a * texture(uTex, vUV).a); }\n';
  var made = null;  // { gl, program, shaders }
  var g = {
    prepare: function () {
      var canvas = document.getElementById('canvas');
      if (!canvas) return;
      // The backing store at the size main.cpp (syncSize) will want, before
      // the context exists: resizing a live context waits for the GPU.
      var root = document.getElementById('rc-root').getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
      var size = rcBand.update(root.width, root.height, dpr);
      canvas.width = Math.round(size[0] * dpr);
      canvas.height = Math.round(size[1] * dpr);
      var gl = canvas.getContext('webgl2', ATTRS);
      if (gl) { rcBand.setLimits(gl); g.program(gl, false); }
    },
    // The program in gl: compiled and linked now (fresh: again, after a
    // lost context came back), its status not asked (that waits for the GPU).
    program: function (gl, fresh) {
      if (made && made.gl === gl && !fresh) return made.program;
      var p = gl.createProgram(), shaders = [[gl.VERTEX_SHADER, VS], [gl.FRAGMENT_SHADER, FS]].map(function (t) {
        var sh = gl.createShader(t[0]);
        gl.shaderSource(sh, t[1]);
        gl.compileShader(sh);
        gl.attachShader(p, sh);
        return sh;
      });
      gl.linkProgram(p);
      gl.flush();  // to the GPU process now, not with the first frame
      made = { gl: gl, program: p, shaders: shaders };
      return p;
    },
    // '' when the program linked, else why not (asks the GPU: after the first frame).
    problem: function () {
      if (!made || made.gl.isContextLost() || made.gl.getProgramParameter(made.program, made.gl.LINK_STATUS)) return '';
      var gl = made.gl, log = made.shaders.map(function (sh) { return gl.getShaderInfoLog(sh) || ''; }).join(' ').trim();
      return log || gl.getProgramInfoLog(made.program) || 'the shaders did not link';
    }
  };
  return g;
})();
// Right after rolecompare.js ran (it has started compiling the program: the
// context is made while that goes on, not before it starts).
if (typeof WebGL2RenderingContext === 'function') {
  document.addEventListener('load', function onLoad(e) {
    if (!e.target || !/(^|\/)rolecompare\.js$/.test(e.target.src || '')) return;
    document.removeEventListener('load', onLoad, true);
    rcGL.prepare();
  }, true);
}

// rolecompare.wasm, fetched as the page's <link rel=preload> did (no CORS
// mode, credentials included): the one request any engine makes for it.
// WebKit takes up a preload only for a fetch of exactly its mode and
// credentials, and Emscripten's own fetch differs, so the program is
// instantiated here (Module.instantiateWasm). A document with an opaque
// origin (a sandboxed iframe) cannot read a no-CORS answer: it asks with
// CORS (the server allows any origin) and leaves the preload unused.
var rcWasm = null;
function rcFetchWasm() {
  if (!rcWasm) {
    // The document's own origin (self.origin): location.origin is the URL's,
    // which a sandboxed iframe still has.
    var opaque = (typeof self.origin === 'string' ? self.origin : location.origin) === 'null';
    var cors = function () { return fetch('rolecompare.wasm', { mode: 'cors', credentials: 'omit' }); };
    rcWasm = opaque ? cors() : fetch('rolecompare.wasm', { mode: 'no-cors', credentials: 'include' }).then(function (r) {
      return r.type === 'opaque' ? cors() : r;  // a document we took for same-origin was not
    });
  }
  return rcWasm;
}
if (typeof WebAssembly === 'object') rcFetchWasm();

var Module = {
  // Compiled while it downloads where the engine can; a server that sends
  // the wrong type still works, from the bytes.
  instantiateWasm: function (imports, done) {
    rcFetchWasm().then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + ' for rolecompare.wasm');
      var copy = WebAssembly.instantiateStreaming ? r.clone() : r;
      var bytes = function () { return copy.arrayBuffer().then(function (b) { return WebAssembly.instantiate(b, imports); }); };
      return WebAssembly.instantiateStreaming ? WebAssembly.instantiateStreaming(r, imports).catch(bytes) : bytes();
    }).then(function (out) { done(out.instance, out.module); }, function (e) {
      rcShowFallback('The interactive comparison could not load (' + (e && e.message ? e.message : e) + '). Here is the full content instead.');
    });
    return {};
  },
  print: function (t) { console.log(t); },
  printErr: function (t) {
    // Emscripten's notes when the synchronous path runs: information, not trouble.
    if (/^(placeholder function called|instantiated deferred module)/.test(t)) console.info('rolecompare: ' + t);
    else console.warn(t);
  },
  onAbort: function (what) { rcShowFallback('The interactive comparison stopped (' + what + '). Here is the full content instead.'); },
  loadSplitModule: function () {
    if (rcDeferred.state === 2) return;
    rcDeferred.syncLoads++;
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
