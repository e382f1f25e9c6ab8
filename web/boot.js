// Runs before rolecompare.js: the Emscripten Module config and error
// reporting. No inline script, so a strict CSP (script-src 'self') works.
'use strict';
document.documentElement.classList.add('rc-js');
// Without WebGL2 (or WebAssembly) the page shows the plain-HTML rendering of
// the whole content that the build put in <noscript>.
function rcShowFallback(message) {
  var root = document.documentElement;
  root.classList.add('rc-failed');
  var status = document.getElementById('rc-status');
  if (status) status.textContent = message;
  var fb = document.getElementById('rc-fallback');
  var ns = document.querySelector('noscript');
  if (fb && ns && !fb.firstChild) fb.innerHTML = ns.textContent;
}
var Module = {
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  onAbort: function (what) { rcShowFallback('The interactive comparison stopped (' + what + '). Here is the full content instead.'); }
};
if (typeof WebAssembly !== 'object') {
  document.addEventListener('DOMContentLoaded', function () {
    rcShowFallback('This browser cannot run the interactive comparison (no WebAssembly). Here is the full content instead.');
  });
}
