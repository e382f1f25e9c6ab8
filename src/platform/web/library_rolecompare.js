// rolecompare's browser glue, linked with --js-library. Everything the C++
// side needs from the page lives here: cursor, clipboard, links, the hidden
// text input for on-screen keyboards, colour-scheme and the state export.
// Keys in object literals are quoted so closure does not rename them.
mergeInto(LibraryManager.library, {
  // Calls from the page into the app wait until the app is interactive (the
  // second part of the program is in: rc_js_interactive), in order.
  $rcCall: function (fn) {
    if (Module['rcInteractive']) fn();
    else (Module['rcQueue'] = Module['rcQueue'] || []).push(fn);
  },
  // Tells the app when the program's third part is in (web/boot.js,
  // rcAfterRest): the views it draws, and saved progress to read.
  rc_js_after_rest: function () { rcAfterRest(function () { _rc_on_rest_ready(); }); },
  rc_js_interactive: function () {
    Module['rcInteractive'] = true;
    var q = Module['rcQueue'] || [];
    Module['rcQueue'] = [];
    for (var i = 0; i < q.length; i++) q[i]();
    document.documentElement.classList.add('rc-interactive');
    window.dispatchEvent(new CustomEvent('rolecompare:interactive'));
  },
  // boot.js fetches and instantiates rolecompare.deferred.wasm, then calls
  // _rc_on_deferred_ready. Asked for right after the first frame, or before
  // it when the first frame needs it.
  rc_js_load_deferred: function () { rcLoadDeferred(); },
  // The type faces (src/platform/web/fonts_canvas.cpp): the glyphs' layout
  // and pixels from rcFont (web/boot.js, which builds them ahead during the
  // download when it can).
  rc_js_font_atlas: function (spec, specLen, texWidth, glyphs, vmetrics) {
    var a = rcFont.take(Array.from(HEAPF32.subarray(spec >> 2, (spec >> 2) + specLen)), HEAP32[texWidth >> 2]);
    HEAP32[texWidth >> 2] = a.w;
    HEAPF32.set(a.glyphs, glyphs >> 2);
    HEAPF32.set(a.vm, vmetrics >> 2);
    return a.h;
  },
  // Complex scripts' clusters (fonts_canvas.cpp's ClusterFaces), each string
  // shaped whole by the browser (rcFont.clusterBox/clusterPixels). The text
  // is UTF-8, `len` bytes, not terminated.
  rc_js_cluster_measure: function (face, px, text, len, out) {
    var b = rcFont.clusterBox(face, px, UTF8ToString(text, len));
    if (!b) return 0;
    HEAPF32.set(b, out >> 2);
    return 1;
  },
  // Its coverage (the canvas's alpha) into the w x h box at `pixels`, rows `stride` bytes apart.
  rc_js_cluster_draw: function (face, px, text, len, pixels, stride, w, h, penX, baseY) {
    var s = rcFont.clusterPixels(face, px, UTF8ToString(text, len), w, h, penX, baseY);
    for (var y = 0; y < h; y++) {
      var row = pixels + y * stride, from = ((s.y + y) * s.width + s.x) * 4 + 3;
      for (var x = 0; x < w; x++) HEAPU8[row + x] = s.data[from + 4 * x];
    }
  },
  // The renderer's program (rcGL in web/boot.js), named in Emscripten's table.
  rc_js_gl_program__deps: ['$GL'],
  rc_js_gl_program: function (fresh) {
    var p = rcGL.program(GLctx, !!fresh), id = GL.getNewId(GL.programs);
    p.name = id;
    GL.programs[id] = p;
    return id;
  },
  rc_js_gl_problem__deps: ['$rcAllocString'],
  rc_js_gl_problem: function () { return rcAllocString(rcGL.problem()); },
  // The renderer's font texture (src/platform/web/renderer.cpp), 8-bit
  // alpha: the glyphs straight from rcFont's canvas (no read-back), ImGui's
  // own rectangles from the rows of `alpha` below them.
  rc_js_font_texture__deps: ['$GL'],
  rc_js_font_texture: function (texture, width, height, alpha) {
    var canvas = rcFont.canvas(), top = canvas.height, gl = GLctx;
    gl.bindTexture(gl.TEXTURE_2D, GL.textures[texture]);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.ALPHA, width, height, 0, gl.ALPHA, gl.UNSIGNED_BYTE, null);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
    gl.pixelStorei(gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, gl.NONE);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, gl.ALPHA, gl.UNSIGNED_BYTE, canvas);
    if (height > top) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, top, width, height - top, gl.ALPHA, gl.UNSIGNED_BYTE, HEAPU8, alpha + top * width);
    rcFont.release();
  },
  rc_js_init__deps: ['$rcCall'],
  rc_js_init: function () {
    var withString = function (fn, s) {
      var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
      stringToUTF8(s, p, n);
      try { fn(p); } finally { _free(p); }
    };
    var canvas = document.getElementById('canvas'), mirror = document.getElementById('rc-mirror');
    // Hidden <input>: brings up a phone's on-screen keyboard. 16px so iOS
    // does not zoom; text arrives through 'input' events.
    var input = document.createElement('input');
    input.type = 'text';
    input.id = 'rc-text-input';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;
    input.className = 'rc-hidden-input';
    document.body.appendChild(input);
    input.addEventListener('input', function (e) {
      var data = e.data;
      if (e.inputType === 'deleteContentBackward') rcCall(function () { _rc_on_backspace(); });
      else if (data) rcCall(function () { withString(_rc_on_text, data); });
      input.value = '';
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === 'Escape') { input.blur(); canvas.focus({'preventScroll': true}); }
    });
    window.addEventListener('paste', function (e) {
      var t = e.clipboardData && e.clipboardData.getData('text');
      if (t) { e.preventDefault(); rcCall(function () { withString(_rc_on_paste, t); }); }
    });
    var mq = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (mq && mq.addEventListener) mq.addEventListener('change', function (e) { rcCall(function () { _rc_on_color_scheme(e.matches ? 1 : 0); }); });
    // A devicePixelRatio change without a resize (a window moved to another
    // monitor): redraw at once; the frame re-reads the ratio.
    var watchDpr = function () {
      if (!window.matchMedia) return;
      var m = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      var on = function () { _rc_wake(); m.removeEventListener('change', on); watchDpr(); };
      if (m.addEventListener) m.addEventListener('change', on);
    };
    watchDpr();
    // ...and a look once a second, for a change no event tells of: engines
    // without the resolution media feature (Safari before 16), and tools
    // that set the ratio (DevTools' device emulation). Wakes the app only
    // when the ratio changed: an idle widget stays idle.
    var lastDpr = window.devicePixelRatio;
    setInterval(function () {
      if (window.devicePixelRatio !== lastDpr) { lastDpr = window.devicePixelRatio; _rc_wake(); }
    }, 1000);
    window['rolecompare'] = window['rolecompare'] || {};
    window['rolecompare']['state'] = function () { return JSON.parse(UTF8ToString(_rc_state_json())); };
    window['rolecompare']['wake'] = function () { _rc_wake(); };
    // Back, Forward and fragment changes: the app shows the entry's view
    // (main.cpp, rc_on_location). One step can fire both popstate and
    // hashchange (same address): it is told once.
    var popped = null;
    var moved = function () {
      var st = history.state, view = st && typeof st === 'object' && typeof st['rcView'] === 'string' ? st['rcView'] : '';
      rcCall(function () { withString(_rc_on_location, view); });
    };
    window.addEventListener('popstate', function () { popped = location.href; moved(); });
    window.addEventListener('hashchange', function () {
      var seen = popped === location.href;
      popped = null;
      if (!seen) moved();
    });
    // Ctrl+F / Cmd+F on the widget: its own search (main.cpp, rc_find), on
    // text that can be seen. Not from the mirror's controls (a screen
    // reader's own find), and not before the app takes input.
    window.addEventListener('keydown', function (e) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.code !== 'KeyF' || !Module['rcInteractive']) return;
      if (mirror && mirror.contains(e.target)) return;
      if (_rc_find()) {
        e.preventDefault();
        canvas.focus({'preventScroll': true});
      }
    });
    if (mirror) {
      var act = function (e) {
        var t = e.target && e.target.closest ? e.target.closest('[data-rc-action]') : null;
        if (t && mirror.contains(t)) {
          var action = t.getAttribute('data-rc-action');
          rcCall(function () { withString(_rc_mirror_action, action); });
        }
      };
      mirror.addEventListener('click', act);
      mirror.addEventListener('change', act);
    }
    // Commands from the host page: only from our parent window; the C++ side
    // checks the origin and the exact shape (src/core/host.cpp).
    window.addEventListener('message', function (e) {
      if (!window.parent || e.source !== window.parent || window.parent === window) return;
      var json;
      try { json = JSON.stringify(e.data); } catch (err) { return; }
      if (typeof json !== 'string' || json.length > 4096) return;
      var origin = String(e.origin);
      // Their code is in the program's third part (web/boot.js, rcAfterRest).
      rcCall(function () {
        rcAfterRest(function () { withString(function (po) { withString(function (pj) { _rc_on_host_message(po, pj); }, json); }, origin); });
      });
    });
  },
  // Returns a malloc'd UTF-8 copy of a JS string (the caller frees it), or 0.
  $rcAllocString: function (s) {
    if (s === null || s === undefined) return 0;
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  rc_js_location_query__deps: ['$rcAllocString'],
  rc_js_location_query: function () { return rcAllocString(location.search.replace(/^\?/, '')); },
  rc_js_location_fragment__deps: ['$rcAllocString'],
  rc_js_location_fragment: function () { return rcAllocString(location.hash.replace(/^#/, '')); },
  rc_js_share_base__deps: ['$rcAllocString'],
  // The widget's own address, without query or fragment (main.cpp's
  // updateShareBase adds ?data= when needed, and #quiz=). From href, not
  // origin: a sandboxed frame's origin is "null", its address is not.
  rc_js_share_base: function () { return rcAllocString(location.href.replace(/[?#].*$/, '')); },
  // A shared result is done with: #quiz= leaves the address bar (the rest of
  // the URL, other fragment keys included, stays). replaceState: no history
  // entry is added, and no hashchange fires.
  rc_js_forget_share_link: function () {
    var hash = location.hash.replace(/^#/, '');
    if (!hash) return;
    var rest = hash.split('&').filter(function (kv) { return kv.split('=')[0] !== 'quiz'; }).join('&');
    if (rest === hash) return;
    var url = location.href.replace(/#.*$/, '') + (rest ? '#' + rest : '');
    try { history.replaceState(history.state, '', url); } catch (e) {}
  },
  // The widget's own page, not framed: its views may be history entries.
  // The reader's languages, most preferred first, comma-separated.
  rc_js_languages__deps: ['$rcAllocString'],
  rc_js_languages: function () {
    var l = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    return rcAllocString(Array.prototype.join.call(l, ','));
  },
  // A built-in language's catalogue the program does not hold: ui/<lang>.json
  // of the site, same origin. The bytes go to the app once it is interactive
  // and the program's third part, which reads them, is in (rcCall,
  // rcAfterRest in web/boot.js); an error or 5 s
  // without an answer leaves the interface in English.
  rc_js_fetch_catalogue__deps: ['$rcCall'],
  rc_js_fetch_catalogue: function (langPtr) {
    var file = 'ui/' + UTF8ToString(langPtr) + '.json', done = false;
    var fail = function (msg) {
      if (done) return;
      done = true;
      rcCall(function () {
        rcAfterRest(function () {
          var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
          stringToUTF8(msg, p, n);
          _rc_on_catalogue_error(p);
          _free(p);
        });
      });
    };
    var timer = setTimeout(function () { fail('no answer for ' + file + ' in 5 s'); }, 5000);
    fetch(file, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + file);
      return r.arrayBuffer();
    }).then(function (buf) {
      clearTimeout(timer);
      if (done) return;
      done = true;
      var bytes = new Uint8Array(buf);
      rcCall(function () {
        rcAfterRest(function () {
          var p = _malloc(bytes.length + 1);
          HEAPU8.set(bytes, p);
          _rc_on_catalogue(p, bytes.length);
          _free(p);
        });
      });
    }).catch(function (e) { clearTimeout(timer); fail(e && e.message ? e.message : String(e)); });
  },
  rc_js_set_language: function (langPtr, dirPtr) {
    var root = document.documentElement;
    root.lang = UTF8ToString(langPtr);
    root.dir = UTF8ToString(dirPtr);
  },
  rc_js_is_top: function () {
    try { return window.top === window ? 1 : 0; } catch (e) { return 0; }
  },
  // The current history entry, or a new one (push), shows `view`
  // (history.state.rcView); its address gets ?view=urlView (the other
  // parameters kept as they are; none when urlView is empty). A new entry
  // never carries #quiz= (a shared result is its link's own entry).
  rc_js_history_set: function (viewPtr, urlViewPtr, push) {
    var view = UTF8ToString(viewPtr), urlView = UTF8ToString(urlViewPtr);
    var query = location.search.replace(/^\?/, ''), hash = location.hash.replace(/^#/, '');
    if (urlView) {
      var set = false, pairs = query ? query.split('&') : [];
      pairs = pairs.filter(function (kv) {
        if (kv.split('=')[0] !== 'view') return true;
        var first = !set;
        set = true;
        return first;
      }).map(function (kv) { return kv.split('=')[0] === 'view' ? 'view=' + urlView : kv; });
      if (!set) pairs.push('view=' + urlView);
      query = pairs.join('&');
    }
    if (push) hash = hash.split('&').filter(function (kv) { return kv && kv.split('=')[0] !== 'quiz'; }).join('&');
    var url = location.href.replace(/[?#].*$/, '') + (query ? '?' + query : '') + (hash ? '#' + hash : '');
    try {
      if (push) history.pushState({'rcView': view}, '', url);
      else history.replaceState({'rcView': view}, '', url);
    } catch (e) {}
  },
  // localStorage may be missing or throw (sandboxed iframe, private mode,
  // blocked third-party storage): then the widget quietly works without it.
  rc_js_storage_get__deps: ['$rcAllocString'],
  rc_js_storage_get: function (key) {
    try { return rcAllocString(window.localStorage.getItem(UTF8ToString(key))); } catch (e) { return 0; }
  },
  rc_js_storage_set: function (key, value) {
    try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 1; } catch (e) { return 0; }
  },
  rc_js_warn: function (p) { console.warn('rolecompare: ' + UTF8ToString(p)); },
  // ?data=URL: fetched with CORS, no credentials; the bytes go to the C++
  // loader, which validates them like a local file (in the program's third
  // part: rcAfterRest, web/boot.js).
  rc_js_fetch_data: function (urlPtr) {
    var url = UTF8ToString(urlPtr);
    var done = false;
    var fail = function (msg) {
      if (done) return;
      done = true;
      rcAfterRest(function () {
        var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
        stringToUTF8(msg, p, n);
        _rc_on_data_error(p);
        _free(p);
      });
    };
    var ctl = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); fail('timed out after 10 s'); }, 10000);
    fetch(url, {'mode': 'cors', 'credentials': 'omit', 'redirect': 'follow', 'signal': ctl ? ctl.signal : undefined})
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        var len = Number(r.headers.get('content-length') || 0);
        if (len > 1048576) throw new Error('file is ' + len + ' bytes, over the 1 MiB limit');
        return r.arrayBuffer();
      })
      .then(function (buf) {
        clearTimeout(timer);
        if (done) return;
        done = true;
        var bytes = new Uint8Array(buf);
        rcAfterRest(function () {
          var p = _malloc(bytes.length + 1);
          HEAPU8.set(bytes, p);
          _rc_on_data(p, bytes.length);
          _free(p);
        });
      })
      .catch(function (e) { clearTimeout(timer); fail(e && e.message ? e.message : String(e)); });
  },
  rc_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },
  // A finger is the main pointer (phones, tablets): touch-sized controls from the first frame.
  rc_js_pointer_coarse: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
  rc_js_set_cursor: function (name) {
    document.getElementById('canvas').style.cursor = UTF8ToString(name);
  },
  // Called inside the user's event (main.cpp, drawNow): browsers allow
  // clipboard writes only there. report: tell the app whether it worked.
  rc_js_copy: function (p, report) {
    var text = UTF8ToString(p);
    var done = function (ok) { if (report) { _rc_on_copied(ok ? 1 : 0); } };
    var fallback = function () {
      var ta = document.createElement('textarea'), ok = false;
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.className = 'rc-hidden-input';
      document.body.appendChild(ta);
      ta.select();
      try { ok = document.execCommand('copy'); } catch (e) {}
      document.body.removeChild(ta);
      done(ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    else fallback();
    window['rolecompare'] = window['rolecompare'] || {};
    window['rolecompare']['lastCopied'] = text;
  },
  // The root's CSS size, the pixel ratio and the band of the root the canvas
  // covers (rcBand in web/boot.js), into out[0..4].
  rc_js_layout: function (out) {
    var r = document.getElementById('rc-root').getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
    rcBand.update(r.width, r.height, dpr);
    HEAPF64[out >> 3] = r.width;
    HEAPF64[(out >> 3) + 1] = r.height;
    HEAPF64[(out >> 3) + 2] = dpr;
    HEAPF64[(out >> 3) + 3] = rcBand.top;
    HEAPF64[(out >> 3) + 4] = rcBand.height;
  },
  rc_js_open_url: function (p) {
    var url = UTF8ToString(p);
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  },
  rc_js_text_input: function (on) {
    var input = document.getElementById('rc-text-input');
    if (!input) return;
    if (on) input.focus({'preventScroll': true});
    else if (document.activeElement === input) { input.blur(); }
  },
  rc_js_text_input_active: function () {
    return document.activeElement === document.getElementById('rc-text-input') ? 1 : 0;
  },
  rc_js_first_frame: function () {
    document.documentElement.classList.add('rc-ready');
    window.dispatchEvent(new CustomEvent('rolecompare:first-frame'));
    setTimeout(rcLoadDeferred, 0);  // then the second part (if the first frame did not need it already)
  },
  rc_js_fatal: function (p) {
    var msg = UTF8ToString(p);
    if (typeof rcShowFallback === 'function') rcShowFallback(msg);
    else document.documentElement.classList.add('rc-failed');
  },
  // An event (src/core/host.h lists them) for the page itself (DOM) and, when
  // framed, for the host (postMessage to the allowed origin only; never '*'):
  // the envelope, then the event's own fields (a JSON object, or ""), which
  // cannot replace it.
  rc_js_emit: function (type, fieldsJson, targetOrigin, version) {
    var detail = {'source': 'rolecompare', 'type': UTF8ToString(type), 'v': version};
    var text = UTF8ToString(fieldsJson), fields = text ? JSON.parse(text) : null;
    if (fields && typeof fields === 'object' && !Array.isArray(fields)) {
      for (var k in fields) if (!Object.prototype.hasOwnProperty.call(detail, k)) detail[k] = fields[k];
    }
    window.dispatchEvent(new CustomEvent('rolecompare:event', {'detail': detail}));
    var origin = UTF8ToString(targetOrigin);
    if (origin && window.parent && window.parent !== window) {
      try { window.parent.postMessage(detail, origin); } catch (e) {}
    }
  },
  // The accessible mirror: semantic HTML of the current view beside the
  // canvas (src/core/html.cpp). Its controls act through rc_mirror_action.
  rc_js_mirror: function (p) {
    var el = document.getElementById('rc-mirror');
    if (!el) return;
    var html = UTF8ToString(p);
    if (el['rcHtml'] === html) return;
    var active = document.activeElement && el.contains(document.activeElement) ? document.activeElement.getAttribute('data-rc-action') : null;
    el['rcHtml'] = html;
    el.innerHTML = html;
    if (active) {  // keep a screen-reader user's place across updates
      var again = el.querySelector('[data-rc-action="' + active.replace(/"/g, '') + '"]');
      if (again) again.focus({'preventScroll': true});
    }
  },
  rc_js_referrer_origin__deps: ['$rcAllocString'],
  rc_js_referrer_origin: function () {
    if (!window.parent || window.parent === window) return 0;  // not framed: no host to talk to
    try { return rcAllocString(document.referrer ? new URL(document.referrer).origin : ''); } catch (e) { return 0; }
  },
});
