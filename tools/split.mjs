// Splits the widget's wasm in three (docs/performance.md, "Two-part download"
// and "Third part").
// Run by the web build after the link (CMakeLists.txt, POST_BUILD):
//   node tools/split.mjs --build DIR --site SITE
// DIR holds the link's output: rolecompare.js, rolecompare.wasm (instrumented
// by Emscripten's -sSPLIT_MODULE to record which functions run) and
// rolecompare.wasm.orig (the real program). SITE is the page (index.html,
// boot.js, style.css already in place).
//  1. Loads the instrumented program in headless Chromium in several first-
//     frame situations (desktop and phone sizes, light and dark, pixel ratios
//     1-3, the embed parameters), each up to its first frame, with the second
//     part never asked for (window.rcProfiling), and reads each profile.
//  2. Merges the profiles and runs Binaryen's wasm-split on the real program:
//     what ran goes to SITE/rolecompare.wasm, the rest to
//     SITE/rolecompare.deferred.wasm; then wasm-opt -Oz on each part.
//  3. Splits the second part again (splitRest): what only the page's late
//     calls reach goes to SITE/rolecompare.rest.wasm.
// Fails loudly: a build that cannot split is a broken build.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, waitFirstPaint } from '../tests/browser/lib.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) throw new Error(`split.mjs: ${name} is required`); return args[i + 1]; };
const FEATURES = ['--enable-mutable-globals', '--enable-sign-ext'];

// The third part (docs/performance.md, "Third part"): what only the page's
// late calls need, loaded after the widget is interactive. Those calls are
// exports the page makes only through rcAfterRest (web/boot.js), and
// rc_state_json (the tests' and bench's state(), which can take the
// synchronous path). The second part keeps every function reachable from
// anything else it holds (its table slots but these exports', by direct
// calls): so the second part never calls into the third on its own, and
// the third only holds code these exports alone reach.
// dir: holds rolecompare.wasm and rolecompare.deferred.wasm (split and
// optimised); the second part is split again into rolecompare.deferred.wasm
// and rolecompare.rest.wasm there. runtime: the link's rolecompare.js (its
// export names). extra: more options for Binaryen (-g: keep names).
function splitRest(dir, runtime, extra) {
  const REST_EXPORTS = ['rc_on_host_message', 'rc_on_data', 'rc_on_data_error', 'rc_on_catalogue',
                        'rc_on_catalogue_error', 'rc_state_json'];
  const wat = (f) => execFileSync('wasm-dis', [f, ...FEATURES], { maxBuffer: 1 << 30 }).toString();
  const js = fs.readFileSync(runtime, 'utf8');
  const primaryWat = wat(path.join(dir, 'rolecompare.wasm'));
  const esc = (x) => x.replace(/[$\\^.*+?()[\]{}|]/g, '\\$&');
  const restSlots = REST_EXPORTS.map((name) => {
    // rolecompare.js: _NAME=Module["_NAME"]=function(){return(...=Module["asm"]["X"])...
    const m = new RegExp(`_${name}=Module\\["_${name}"\\]=[^;]*?Module\\["asm"\\]\\["([^"]+)"\\]`).exec(js);
    if (!m) throw new Error(`split.mjs: ${name} is not among rolecompare.js's exports`);
    const fn = new RegExp(`\\(export "${esc(m[1])}" \\(func \\$(\\S+)\\)\\)`).exec(primaryWat);
    if (!fn) throw new Error(`split.mjs: export ${m[1]} (${name}) is not a function of the first part`);
    // An export whose code is in a later part is a thunk: call_indirect of its slot.
    const body = new RegExp(`\\n \\(func \\$${esc(fn[1])}[ \\n][^]*?\\n \\)`).exec(primaryWat);
    const slot = body && /\(call_indirect [^]*\(i32\.const (\d+)\)\s*\)\s*\)$/.exec(body[0]);
    if (!slot) throw new Error(`split.mjs: ${name}'s code is in the first part, not in the second`);
    return Number(slot[1]);
  });
  // The second part's call graph: functions, their direct calls, its table slots.
  const deferred = path.join(dir, 'rolecompare.deferred.wasm');
  const calls = new Map(), slots = new Map(), exported = [];
  let cur = null;
  for (const line of wat(deferred).split('\n')) {
    let m;
    if ((m = /^ \(func \$(\S+)/.exec(line))) { cur = []; calls.set(m[1], cur); continue; }
    if ((m = /^ \(elem (?:\$\S+ )?\(i32\.const (\d+)\) (.*)\)\s*$/.exec(line))) {
      m[2].split(' ').forEach((n, i) => slots.set(Number(m[1]) + i, n.replace(/^\$/, '')));
      cur = null; continue;
    }
    if ((m = /^ \(export "[^"]*" \(func \$(\S+)\)\)/.exec(line))) { exported.push(m[1]); cur = null; continue; }
    if (/^ \(/.test(line)) { cur = null; continue; }
    if (cur) for (const c of line.matchAll(/\((?:call|return_call|ref\.func) \$([^\s)]+)/g)) cur.push(c[1]);
  }
  const keep = new Set();
  const stack = [...exported, ...[...slots].filter(([s]) => !restSlots.includes(s)).map(([, f]) => f)];
  while (stack.length) {
    const f = stack.pop();
    if (keep.has(f) || !calls.has(f)) continue;
    keep.add(f);
    stack.push(...calls.get(f));
  }
  // One name per line, as Binaryen holds it (and prints it: other bytes than
  // a name's own escaped as \hh).
  const list = path.join(dir, 'rolecompare.keep.txt');
  fs.writeFileSync(list, [...keep].join('\n') + '\n');
  const second = path.join(dir, 'rolecompare.second.wasm');
  fs.renameSync(deferred, second);
  try {
    execFileSync('wasm-split', [second, `--keep-funcs=@${list}`, '-o1', deferred, '-o2', path.join(dir, 'rolecompare.rest.wasm'),
      '--export-prefix=%%', ...FEATURES, ...extra], { stdio: 'inherit' });
  } finally {
    fs.rmSync(second);
    fs.rmSync(list);
  }
  for (const f of ['rolecompare.deferred.wasm', 'rolecompare.rest.wasm']) {
    execFileSync('wasm-opt', ['-Oz', ...FEATURES, ...extra, path.join(dir, f), '-o', path.join(dir, f)], { stdio: 'inherit' });
  }
  // The second part's placeholders stand for these slots only (boot.js
  // supplies them): anything else would be a call into the third part from
  // code the page does not gate.
  const placeholders = [...wat(deferred).matchAll(/\(import "placeholder" "(\d+)"/g)].map((m) => Number(m[1]));
  const unexpected = placeholders.filter((s) => !restSlots.includes(s));
  if (unexpected.length) throw new Error(`split.mjs: the second part calls the third through slots ${unexpected.join(', ')}`);
  if (!placeholders.length) throw new Error('split.mjs: the third part is empty (are the exports still in the second part?)');
}

// Only the third split, on parts split already (tools/ui_sizes.sh, on its
// named copy): node tools/split.mjs --rest DIR --runtime rolecompare.js [-g]
if (args.includes('--rest')) {
  splitRest(path.resolve(opt('--rest')), path.resolve(opt('--runtime')), args.includes('-g') ? ['-g'] : []);
  process.exit(0);
}
const build = path.resolve(opt('--build'));
const site = path.resolve(opt('--site'));
const work = path.join(build, 'split');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.join(work, 'site'), { recursive: true });
for (const f of ['index.html', 'boot.js', 'style.css']) fs.copyFileSync(path.join(site, f), path.join(work, 'site', f));
fs.copyFileSync(path.join(build, 'rolecompare.js'), path.join(work, 'site', 'rolecompare.js'));
fs.copyFileSync(path.join(build, 'rolecompare.wasm'), path.join(work, 'site', 'rolecompare.wasm'));

// First-frame situations. Anything the first frame runs in a situation not
// listed here still works (the synchronous path in boot.js), only slower.
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const SITUATIONS = [
  { query: '', ctx: { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, colorScheme: 'light' } },
  { query: '', ctx: { ...phone, colorScheme: 'dark' } },
  { query: '?theme=dark&accent=%23ff6600&compact=1', ctx: { viewport: { width: 800, height: 600 }, deviceScaleFactor: 2, colorScheme: 'light' } },
  { query: '?theme=light&compact=1', ctx: { viewport: { width: 320, height: 560 }, deviceScaleFactor: 2, colorScheme: 'dark', hasTouch: true, isMobile: true } },
  // Parameters it does not know or cannot use: each warns (start-up's own code).
  { query: '?r=1&theme=purple&compact=2&accent=zz&view=nope&parentOrigin=bad', ctx: { viewport: { width: 1024, height: 700 } } },
  // In an iframe, as embed.js makes it (its parameters, the host's origin).
  { frame: '?theme=auto&view=overview&parentOrigin=ORIGIN', ctx: { viewport: { width: 1024, height: 900 } } },
  // These first frames wait for the second part: only start-up runs here.
  { query: '?view=compare', ctx: { viewport: { width: 1024, height: 700 } } },
  { query: '#quiz=AAAA', ctx: { viewport: { width: 1024, height: 700 } } },
  { query: '', storage: true, ctx: { viewport: { width: 1024, height: 700 } } },
  // Another language than English: the first frame waits for its catalogue
  // and the second part; asked for with ?lang=, or by the reader's browser.
  { query: '?lang=de', hold: true, ctx: { viewport: { width: 1024, height: 700 } } },
  { query: '', hold: true, ctx: { ...phone, locale: 'ja-JP' } },
  // Custom data: its URL is checked at start-up, fetched once the rest is in.
  { query: '?data=roles.json', ctx: { viewport: { width: 1024, height: 700 } } },
];

// The host page of the iframe situations (no script: the CSP allows none inline).
fs.writeFileSync(path.join(work, 'site', 'host.html'),
                 '<!doctype html><html><body><iframe id="w" src="SRC" style="width:100%;height:800px;border:0"></iframe></body></html>');
const srv = await startServer(path.join(work, 'site'));
const browser = await launch();
const profiles = [];
try {
  for (const [i, s] of SITUATIONS.entries()) {
    const ctx = await browser.newContext(s.ctx);
    await ctx.addInitScript((storage) => {
      window.rcProfiling = true;
      if (storage) localStorage.setItem('rolecompare:progress:ml-vs-swe', '{"v":1}');
    }, !!s.storage);
    const top = await ctx.newPage();
    const errors = [];
    top.on('pageerror', (e) => errors.push(e.message));
    if (s.frame) {
      const src = `index.html${s.frame.replace('ORIGIN', encodeURIComponent(new URL(srv.url).origin))}`;
      fs.writeFileSync(path.join(work, 'site', 'host.html'),
                       fs.readFileSync(path.join(work, 'site', 'host.html'), 'utf8').replace(/src="[^"]*"/, `src="${src}"`));
      await top.goto(srv.url + 'host.html');
      await top.waitForFunction(() => document.getElementById('w').contentDocument?.documentElement.classList.contains('rc-ready'));
    } else {
      await top.goto(srv.url + s.query);
    }
    // The widget's own page: the top one, or the iframe's.
    const page = s.frame ? top.frames().find((f) => f !== top.mainFrame()) : top;
    // Up to the first frame, or, when that frame waits for the second part,
    // until start-up is over (the main loop has run and paused).
    if (s.frame) { /* its first frame is in */ }
    else if (s.query.includes('view=') || s.query.includes('#') || s.storage || s.hold) await top.waitForTimeout(1500);
    else await waitFirstPaint(page);
    // Input before the second part is in: the handlers queue it for ImGui
    // (no frame runs until then), so their code belongs to the first part.
    if (s.ctx.hasTouch) {
      await top.touchscreen.tap(20, 20);
    } else {
      await top.mouse.move(30, 30);
      await top.mouse.down();
      await top.mouse.up();
      await top.mouse.wheel(0, 40);
      await top.keyboard.press('Tab');
      await top.keyboard.type('a');
      await top.mouse.move(-1, -1);
    }
    await top.waitForTimeout(300);  // the first frame's effects (mirror, events) run after it
    if (errors.length) throw new Error(`split.mjs: page errors while profiling: ${errors.join('; ')}`);
    const bytes = await page.evaluate(() => {
      const n = 1 << 20, p = Module._malloc(n);
      const len = Module.asm.__write_profile(p, n);
      return Array.from(HEAPU8.subarray(p, p + len));
    });
    const file = path.join(work, `profile.${i}`);
    fs.writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
    await ctx.close();
  }
} finally {
  await browser.close();
  srv.stop();
}

const merged = path.join(work, 'profile');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged, ...FEATURES], { stdio: 'inherit' });
execFileSync('wasm-split', [path.join(build, 'rolecompare.wasm.orig'), `--profile=${merged}`,
  '-o1', path.join(site, 'rolecompare.wasm'), '-o2', path.join(site, 'rolecompare.deferred.wasm'),
  '--export-prefix=%', ...FEATURES], { stdio: 'inherit' });
// Each part optimised again on its own (-Oz): the link optimised the whole
// program, and a part can then lose what only the other needed (about 1.7 KB
// brotli of the two). Imports, exports and the table's slots are kept, so
// the parts still fit together.
for (const f of ['rolecompare.wasm', 'rolecompare.deferred.wasm']) {
  execFileSync('wasm-opt', ['-Oz', ...FEATURES, path.join(site, f), '-o', path.join(site, f)], { stdio: 'inherit' });
}
splitRest(site, path.join(build, 'rolecompare.js'), []);

const size = (f) => fs.statSync(path.join(site, f)).size;
console.log(`split: rolecompare.wasm ${size('rolecompare.wasm')} bytes (first frame), ` +
            `rolecompare.deferred.wasm ${size('rolecompare.deferred.wasm')} bytes (fetched after it), ` +
            `rolecompare.rest.wasm ${size('rolecompare.rest.wasm')} bytes (fetched after interactive)`);
