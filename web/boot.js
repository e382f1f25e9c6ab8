// Runs before rolecompare.js: the Emscripten Module config and error
// reporting. No inline script, so a strict CSP (script-src 'self') works.
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  onAbort: function (what) {
    document.documentElement.classList.add('rc-failed');
    var el = document.getElementById('rc-status');
    if (el) el.textContent = 'The interactive comparison stopped: ' + what;
  }
};
if (typeof WebAssembly !== 'object') {
  document.documentElement.classList.add('rc-failed');
  document.getElementById('rc-status').textContent = 'This browser cannot run the interactive comparison (no WebAssembly).';
}
