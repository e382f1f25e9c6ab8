/*! rolecompare embed.js (embed protocol v1): turns each
 * <div data-rolecompare data-src="https://widget.example/"></div> into the
 * widget's iframe, sizes it to its content, re-dispatches the widget's events
 * on the div as 'rolecompare:<type>' DOM events and puts a command API on the
 * div (el.rolecompare). No dependencies, no eval, no inline styles. See
 * docs/embedding.md. */
(function (window, document) {
  'use strict';
  if (window.RoleCompare && window.RoleCompare.version) return;  // loaded twice

  var TITLE = 'Machine Learning Engineer vs. Software Engineer comparison';
  // data-history="1": the widget's views become entries of the page's
  // history (Back and Forward move between them); off by default.
  // data-lang="de": the interface's language (else the data's, then the
  // reader's browser's, then English).
  var PARAMS = ['theme', 'view', 'accent', 'compact', 'data', 'history', 'lang'];
  var instances = [];
  var me = document.currentScript;
  // The directory embed.js was loaded from: the widget's default address.
  var base = me && me.src ? me.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';

  function warn(msg) {
    if (window.console && console.warn) console.warn('rolecompare embed: ' + msg);
  }

  function num(v, def) {
    var n = parseFloat(v);
    return isFinite(n) && n >= 0 ? n : def;
  }

  function resize(inst, h) {
    if (typeof h !== 'number' || !isFinite(h)) return;
    var ds = inst.el.dataset;
    var min = num(ds.minHeight, 320), max = Math.max(min, num(ds.maxHeight, 4000));
    h = Math.round(Math.min(max, Math.max(min, h)));
    if (Math.abs(h - inst.height) < 2) return;  // no resize loops over rounding
    var f = inst.iframe, r = f.getBoundingClientRect();
    inst.height = h;
    f.style.height = h + 'px';
    // A frame wholly above the viewport: keep what the reader sees in place.
    // Measured after layout, so it adds only what the browser's own scroll
    // anchoring did not already compensate.
    if (r.bottom <= 0) {
      var d = f.getBoundingClientRect().bottom - r.bottom;
      if (Math.abs(d) >= 1) window.scrollBy(0, d);
    }
  }

  function onMessage(e) {
    var data = e.data;
    for (var i = 0; i < instances.length; i++) {
      var inst = instances[i];
      if (!e.source || e.source !== inst.iframe.contentWindow || e.origin !== inst.origin) continue;
      if (!data || typeof data !== 'object' || data.source !== 'rolecompare' || data.v !== 1 ||
          typeof data.type !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(data.type)) return;
      if (data.type === 'ready') {
        inst.ready = true;
        var q = inst.queue;
        inst.queue = [];
        for (var j = 0; j < q.length; j++) send(inst, q[j]);
      } else if (data.type === 'resize') {
        resize(inst, data.height);
      }
      var ev;
      try {
        ev = new CustomEvent('rolecompare:' + data.type, { detail: data, bubbles: true });
      } catch (x) {  // very old browsers
        ev = document.createEvent('CustomEvent');
        ev.initCustomEvent('rolecompare:' + data.type, true, false, data);
      }
      inst.el.dispatchEvent(ev);
      return;
    }
  }

  function send(inst, cmd) {
    var w = inst.iframe.contentWindow;
    if (w) w.postMessage(cmd, inst.origin);
  }

  function command(inst, type, fields) {
    var cmd = { source: 'rolecompare', v: 1, type: type };
    for (var k in fields) cmd[k] = fields[k];
    // Until the widget says 'ready' nothing there listens (and the frame may
    // still hold about:blank): keep commands and send them on 'ready'.
    if (inst.ready) send(inst, cmd);
    else inst.queue.push(cmd);
  }

  function mount(el) {
    if (!el || el.nodeType !== 1) throw new TypeError('RoleCompare.mount: expected an element');
    if (el.rolecompare && el.rolecompare.iframe) return el.rolecompare;
    var ds = el.dataset, url;
    try {
      url = new URL(ds.src || base || './', document.baseURI);
    } catch (x) {
      warn('ignored data-src="' + ds.src + '": not a URL');
      url = new URL(base || './', document.baseURI);
    }
    if (!/^https?:$/.test(url.protocol)) throw new Error('rolecompare embed: data-src must be an http(s) URL');
    PARAMS.forEach(function (p) {
      var v = ds[p];
      if (v == null || v === '') return;
      if (p === 'accent') v = v.replace(/^#/, '');
      if (p === 'data') {
        try { v = new URL(v, document.baseURI).href; } catch (x) { warn('ignored data-data="' + v + '": not a URL'); return; }
      }
      url.searchParams.set(p, v);
    });
    if (location.origin && location.origin !== 'null') url.searchParams.set('parentOrigin', location.origin);

    var f = document.createElement('iframe');
    f.title = ds.title || TITLE;
    f.setAttribute('loading', 'lazy');
    f.setAttribute('allow', 'clipboard-write');
    f.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    var h = Math.round(num(ds.height, 640));
    f.style.display = 'block';
    f.style.width = '100%';
    f.style.border = '0';
    f.style.height = h + 'px';
    f.src = url.href;

    var inst = { el: el, iframe: f, origin: url.origin, height: h, ready: false, queue: [] };
    instances.push(inst);
    while (el.firstChild) el.removeChild(el.firstChild);  // fallback content, if any
    el.appendChild(f);
    el.rolecompare = {
      setTheme: function (t) { command(inst, 'set-theme', { theme: t }); },
      setView: function (v) { command(inst, 'set-view', { name: v }); },
      resetQuiz: function () { command(inst, 'reset-quiz', {}); },
      iframe: f
    };
    return el.rolecompare;
  }

  function init() {
    var els = document.querySelectorAll('[data-rolecompare]');
    for (var i = 0; i < els.length; i++) {
      try { mount(els[i]); } catch (x) { warn(x.message); }
    }
  }

  window.addEventListener('message', onMessage);
  window.RoleCompare = { mount: mount, version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(window, document);
