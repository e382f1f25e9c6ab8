// The baseline's Module config (no inline script: the server's CSP is strict).
'use strict';
var Module = {
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); }
};
