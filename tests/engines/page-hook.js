// Loaded first in every HTML page the test server sends (tools/serve.mjs
// --hook), so the engine tests see what WebKit's WebDriver cannot: console
// errors, uncaught errors (script and resource) and unhandled rejections,
// in window.__rcProblems. Never part of the widget.
'use strict';
(function () {
  var problems = window.__rcProblems = [];
  var error = console.error;
  console.error = function () {
    problems.push('console error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) problems.push('resource error: ' + (t.src || t.href));
    else problems.push('page error: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
})();
