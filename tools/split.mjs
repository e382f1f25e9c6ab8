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
const wat = (f) => execFileSync('wasm-dis', [f, ...FEATURES], { maxBuffer: 1 << 30 }).toString();

// The third part (docs/performance.md, "Third part"): what only the page's
// late calls need, loaded after the widget is interactive. Its entry points
// are named here: exports the page calls only through rcAfterRest
// (web/boot.js), and loadCatalogue, which the first part holds a slot for
// (builtInCatalogue) but the web build never reaches (it embeds English
// only); and ImGui's settings readers, which bring sscanf and libc's number
// parsing (registered as function pointers, called only to read an .ini:
// every platform sets io.IniFilename to null); and rc_state_json, the
// tests' and bench's state(), which is synchronous: called before the third
// part is in, it takes the synchronous path (the test helpers wait for the
// part first). The second part keeps every function reachable from
// anything else it holds (its exports and every other table slot, by direct
// calls): so it never calls into the third part on its own, and the third
// part holds only code these entry points alone reach.
const REST_ENTRIES = [
  'rc_on_host_message', 'rc_on_data', 'rc_on_data_error', 'rc_on_catalogue', 'rc_on_catalogue_error',
  'rc_on_rest_ready', 'rc_state_json',
  'rc::loadCatalogue(std::__2::basic_string_view<char, std::__2::char_traits<char> >)',
  'WindowSettingsHandler_ReadLine(ImGuiContext*, ImGuiSettingsHandler*, void*, char const*)',
  'TableSettingsHandler_ReadOpen(ImGuiContext*, ImGuiSettingsHandler*, char const*)',
  'TableSettingsHandler_ReadLine(ImGuiContext*, ImGuiSettingsHandler*, void*, char const*)',
];
// Binaryen prints a name with bytes other than its own characters as \hh.
const unescape = (n) => n.replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
// dir: holds rolecompare.deferred.wasm, which is split into
// rolecompare.deferred.wasm and rolecompare.rest.wasm there, each optimised
// again (-Oz). named: the same second part with names (wasm-split -g), read
// for the call graph; when it is not the part itself (which then has none:
// -g also gives the parts' exports long names), functions are passed to
// wasm-split by index, the same in both.
function splitRest(dir, named) {
  const deferred = path.join(dir, 'rolecompare.deferred.wasm');
  const byIndex = path.resolve(named) !== path.resolve(deferred);
  // The second part's call graph: functions, their direct calls, its table slots.
  const calls = new Map(), slots = new Map(), exported = [], index = new Map();
  let cur = null;
  for (const line of wat(named).split('\n')) {
    let m;
    if ((m = /^ \(func \$(\S+)/.exec(line))) { cur = []; calls.set(m[1], cur); index.set(m[1], index.size); continue; }
    if ((m = /^ \(elem (?:\$\S+ )?\(i32\.const (\d+)\) (.*)\)\s*$/.exec(line))) {
      m[2].split(' ').forEach((n, i) => slots.set(Number(m[1]) + i, n.replace(/^\$/, '')));
      cur = null; continue;
    }
    if ((m = /^ \(export "[^"]*" \(func \$(\S+)\)\)/.exec(line))) { exported.push(m[1]); cur = null; continue; }
    if (/^ \(/.test(line)) { cur = null; continue; }
    if (cur) for (const c of line.matchAll(/\((?:call|return_call|ref\.func) \$([^\s)]+)/g)) cur.push(c[1]);
  }
  const entries = [...calls.keys()].filter((f) => REST_ENTRIES.includes(unescape(f)));
  const missing = REST_ENTRIES.filter((n) => !entries.some((f) => unescape(f) === n));
  if (missing.length) throw new Error(`split.mjs: not in the second part (renamed, inlined or in the first part?): ${missing.join('; ')}`);
  const restSlots = [...slots].filter(([, f]) => entries.includes(f)).map(([s]) => s);
  const keep = new Set();
  const stack = [...exported, ...[...slots].filter(([s]) => !restSlots.includes(s)).map(([, f]) => f)];
  while (stack.length) {
    const f = stack.pop();
    if (keep.has(f) || !calls.has(f)) continue;
    keep.add(f);
    stack.push(...calls.get(f));
  }
  const kept = entries.filter((f) => keep.has(f)).map(unescape);
  if (kept.length) throw new Error(`split.mjs: the rest of the second part calls ${kept.join('; ')} directly: it cannot go`);
  // One per line: a name as Binaryen holds it (escaped as printed), or, in a
  // module without names, the number Binaryen names a function by (its place
  // among the functions the module defines).
  const list = path.join(dir, 'rolecompare.keep.txt');
  fs.writeFileSync(list, [...keep].map((f) => (byIndex ? index.get(f) : f)).join('\n') + '\n');
  const second = path.join(dir, 'rolecompare.second.wasm');
  fs.renameSync(deferred, second);
  try {
    execFileSync('wasm-split', [second, `--keep-funcs=@${list}`, '-o1', deferred, '-o2', path.join(dir, 'rolecompare.rest.wasm'),
      '--export-prefix=%%', ...(byIndex ? [] : ['-g']), ...FEATURES], { stdio: 'inherit' });
  } finally {
    fs.rmSync(second);
    fs.rmSync(list);
  }
  for (const f of ['rolecompare.deferred.wasm', 'rolecompare.rest.wasm']) {
    execFileSync('wasm-opt', ['-Oz', ...FEATURES, ...(byIndex ? [] : ['-g']), path.join(dir, f), '-o', path.join(dir, f)], { stdio: 'inherit' });
  }
  // The second part's placeholders stand for the entries' slots only
  // (boot.js supplies them): any other would be a call into the third part
  // from code the page does not hold back.
  const placeholders = [...wat(deferred).matchAll(/\(import "placeholder" "(\d+)"/g)].map((m) => Number(m[1]));
  const unexpected = placeholders.filter((s) => !restSlots.includes(s));
  if (unexpected.length) throw new Error(`split.mjs: the second part calls the third through slots ${unexpected.join(', ')}`);
  return calls.size - keep.size;
}

// Names for a module that has none: a "name" section (function names,
// index -> name) appended in place.
function addNames(wasm, names) {
  const leb = (n) => { const b = []; do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; b.push(x); } while (n); return b; };
  const str = (t) => { const u = Buffer.from(t, 'utf8'); return [...leb(u.length), ...u]; };
  const fnNames = [...leb(names.size)];
  for (const [i, n] of [...names].sort((x, y) => x[0] - y[0])) fnNames.push(...leb(i), ...str(n));
  const body = [...str('name'), 1, ...leb(fnNames.length), ...fnNames];
  fs.writeFileSync(wasm, Buffer.concat([fs.readFileSync(wasm), Buffer.from([0, ...leb(body.length), ...body])]));
}

// Only the third split, on parts split already with names (tools/ui_sizes.sh,
// on its named copy): node tools/split.mjs --rest DIR
if (args.includes('--rest')) {
  splitRest(path.resolve(opt('--rest')), path.join(path.resolve(opt('--rest')), 'rolecompare.deferred.wasm'));
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
  '--export-prefix=%', '--symbolmap', ...FEATURES], { stdio: 'inherit' });
// The parts have no names. The third split reads a copy of the second part
// with them: wasm-split's symbol map gives each of its functions' names in
// the program, which has none either, so Binaryen named each by its place
// among the functions the program defines; the link's symbol map
// (--emit-symbol-map) names the program's functions by index, imports
// first.
const symbols = (file) => new Map(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
  const i = l.indexOf(':');
  return [Number(l.slice(0, i)), l.slice(i + 1)];
}));
const programNames = symbols(path.join(build, 'rolecompare.js.symbols'));
const programImports = (wat(path.join(build, 'rolecompare.wasm.orig')).match(/^ \(import "[^"]*" "[^"]*" \(func /gm) || []).length;
const secondNames = new Map([...symbols(path.join(site, 'rolecompare.deferred.wasm.symbols'))].map(([i, n]) => {
  const name = /^\d+$/.test(n) ? programNames.get(programImports + Number(n)) : undefined;
  return [i, unescape(name === undefined ? n : name)];
}));
for (const f of ['rolecompare.wasm', 'rolecompare.deferred.wasm']) fs.rmSync(path.join(site, `${f}.symbols`));
fs.mkdirSync(path.join(work, 'named'));
const namedSecond = path.join(work, 'named', 'rolecompare.deferred.wasm');
fs.copyFileSync(path.join(site, 'rolecompare.deferred.wasm'), namedSecond);
addNames(namedSecond, secondNames);
// Each part optimised again on its own (-Oz): the link optimised the whole
// program, and a part can then lose what only the other needed (about 1.7 KB
// brotli of the two). Imports, exports and the table's slots are kept, so
// the parts still fit together. The second part is optimised after its own
// split (splitRest).
execFileSync('wasm-opt', ['-Oz', ...FEATURES, path.join(site, 'rolecompare.wasm'), '-o', path.join(site, 'rolecompare.wasm')], { stdio: 'inherit' });
const moved = splitRest(site, namedSecond);

const size = (f) => fs.statSync(path.join(site, f)).size;
console.log(`split: rolecompare.wasm ${size('rolecompare.wasm')} bytes (first frame), ` +
            `rolecompare.deferred.wasm ${size('rolecompare.deferred.wasm')} bytes (fetched after it), ` +
            `rolecompare.rest.wasm ${size('rolecompare.rest.wasm')} bytes (fetched after interactive; ${moved} functions)`);
