// The embedding demo's own script (no inline scripts: the server sends a
// strict CSP). Runs before embed.js mounts the widget: it points the
// placeholder at ?widget=URL, shows the matching snippet, wires the command
// buttons and logs every 'rolecompare:*' DOM event.
'use strict';
(function () {
  var TYPES = ['ready', 'resize', 'view', 'quiz-progress', 'quiz-complete', 'error'];
  var el = document.getElementById('widget');
  var log = document.getElementById('log');
  var demo = window.rolecompareDemo = { events: [], widget: './' };

  var widget = new URLSearchParams(location.search).get('widget') || './';
  var url;
  try { url = new URL(widget, location.href); } catch (e) { url = null; }
  if (!url || !/^https?:$/.test(url.protocol)) {
    console.warn('embed demo: ignored widget=' + JSON.stringify(widget) + ': expected an http(s) URL');
    url = new URL('./', location.href);
  }
  demo.widget = url.href;
  el.setAttribute('data-src', url.href);
  el.querySelector('a').href = url.href;

  var attrs = ['data-rolecompare', 'data-src="' + url.href + '"'];
  ['theme', 'view', 'title'].forEach(function (k) {
    var v = el.getAttribute('data-' + k);
    if (v) attrs.push('data-' + k + '="' + v + '"');
  });
  document.getElementById('snippet').textContent =
    '<script src="' + new URL('embed.js', url).href + '" async></script>\n' +
    '<div ' + attrs.join('\n     ') + '></div>';

  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  function record(e) {
    var t = new Date();
    demo.events.push({ type: e.type, detail: e.detail, time: t.getTime() });
    var li = document.createElement('li');
    var time = document.createElement('time');
    time.textContent = pad(t.getHours(), 2) + ':' + pad(t.getMinutes(), 2) + ':' + pad(t.getSeconds(), 2) + '.' + pad(t.getMilliseconds(), 3);
    var name = document.createElement('strong');
    name.textContent = e.type;
    var json = document.createElement('code');
    json.textContent = JSON.stringify(e.detail);
    li.appendChild(time);
    li.appendChild(name);
    li.appendChild(json);
    log.insertBefore(li, log.firstChild);
    while (log.children.length > 200) log.removeChild(log.lastChild);
  }
  TYPES.forEach(function (t) { el.addEventListener('rolecompare:' + t, record); });
  document.getElementById('clear-log').addEventListener('click', function () { log.textContent = ''; });

  function api() { return el.rolecompare; }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button');
    if (!b || !api()) return;
    if (b.hasAttribute('data-theme-cmd')) api().setTheme(b.getAttribute('data-theme-cmd'));
    else if (b.hasAttribute('data-view-cmd')) api().setView(b.getAttribute('data-view-cmd'));
    else if (b.id === 'reset-quiz') api().resetQuiz();
  });
})();
