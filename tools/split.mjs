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
//  3. Tours the first view with the whole program made interactive (TOURS),
//     and splits the second part again (splitRest): what the tours ran
//     stays, the rest goes to SITE/rolecompare.rest.wasm.
// Fails loudly: a build that cannot split is a broken build.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, waitFirstPaint } from '../tests/browser/lib.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) throw new Error(`split.mjs: ${name} is required`); return args[i + 1]; };
const FEATURES = ['--enable-mutable-globals', '--enable-sign-ext'];
const wat = (f) => execFileSync('wasm-dis', [f, ...FEATURES], { maxBuffer: 1 << 30 }).toString();

// The third part (docs/performance.md, "Third part"): the second part keeps
// only what the tours ran (TOURS, below: the first view used as a visitor
// would, before the third part is in); the rest goes to
// SITE/rolecompare.rest.wasm, fetched once the widget is interactive.
// Anything a tour did not foresee still works before then (a stand-in
// brings the third part in synchronously: web/boot.js), only slower.
// keep: the second part's functions to keep, one per line, as wasm-split
// takes them (names in a module with names, else the number Binaryen names
// a function by: its place among the functions the module defines).
function splitRest(dir, keep) {
  const deferred = path.join(dir, 'rolecompare.deferred.wasm');
  const list = path.join(dir, 'rolecompare.keep.txt');
  fs.writeFileSync(list, keep.join('\n') + '\n');
  const second = path.join(dir, 'rolecompare.second.wasm');
  fs.renameSync(deferred, second);
  const named = /^\D/.test(keep[0] ?? '');
  try {
    execFileSync('wasm-split', [second, `--keep-funcs=@${list}`, '-o1', deferred, '-o2', path.join(dir, 'rolecompare.rest.wasm'),
      '--export-prefix=%%', ...(named ? ['-g'] : []), ...FEATURES], { stdio: 'inherit' });
  } finally {
    fs.rmSync(second);
    fs.rmSync(list);
  }
  for (const f of ['rolecompare.deferred.wasm', 'rolecompare.rest.wasm']) {
    execFileSync('wasm-opt', ['-Oz', ...FEATURES, ...(named ? ['-g'] : []), path.join(dir, f), '-o', path.join(dir, f)], { stdio: 'inherit' });
  }
  // The second part now calls the third through new slots of the table,
  // which the first part defines: it is made that size.
  const m = /^ \(import "[^"]*" "[^"]*" \(table \S+ (\d+)/m.exec(wat(deferred));
  if (!m) throw new Error('split.mjs: the second part imports no table');
  setTableSize(path.join(dir, 'rolecompare.wasm'), Number(m[1]));
}

// Sets the size (initial and maximum) of the one table a module defines, in
// place: its table section is rewritten.
function setTableSize(wasm, n) {
  const b = fs.readFileSync(wasm);
  const leb = (x) => { const o = []; do { let y = x & 0x7f; x >>>= 7; if (x) y |= 0x80; o.push(y); } while (x); return o; };
  const readLeb = (i) => { let r = 0, sh = 0, x; do { x = b[i++]; r |= (x & 0x7f) << sh; sh += 7; } while (x & 0x80); return [r >>> 0, i]; };
  for (let i = 8; i < b.length;) {
    const id = b[i];
    const [size, start] = readLeb(i + 1);
    if (id === 4) {
      if (b[start] !== 1 || b[start + 1] !== 0x70) throw new Error(`split.mjs: ${wasm}: not one funcref table`);
      const body = [1, 0x70, 1, ...leb(n), ...leb(n)];
      fs.writeFileSync(wasm, Buffer.concat([b.subarray(0, i), Buffer.from([4, ...leb(body.length), ...body]), b.subarray(start + size)]));
      return;
    }
    i = start + size;
  }
  throw new Error(`split.mjs: ${wasm} defines no table`);
}

// The program's functions a profile says ran: its indices among the
// functions the program defines (a profile is an 8-byte hash, then one
// 32-bit timestamp per defined function, 0 for one that never ran).
function ran(profiles) {
  const out = new Set();
  for (const f of profiles) {
    const b = fs.readFileSync(f);
    for (let i = 8; i + 4 <= b.length; i += 4) if (b.readUInt32LE(i)) out.add((i - 8) / 4);
  }
  return out;
}
const funcImports = (wasm) => (wat(wasm).match(/^ \(import "[^"]*" "[^"]*" \(func /gm) || []).length;
// The defined functions' names of a module with a name section, in order.
const definedNames = (wasm) => [...wat(wasm).matchAll(/^ \(func \$(\S+)/gm)].map((m) => m[1]);

// Only the third split, on parts split already with names (tools/ui_sizes.sh,
// on its named copy of the program, with the build's tour profiles):
//   node tools/split.mjs --rest DIR PROGRAM PROFILE...
// DIR/rolecompare.deferred.wasm is split; PROGRAM (named) is what it came from.
if (args.includes('--rest')) {
  const [dir, program, ...profs] = args.slice(args.indexOf('--rest') + 1).map((a) => path.resolve(a));
  const names = definedNames(program), run = ran(profs);
  const mine = new Set(definedNames(path.join(dir, 'rolecompare.deferred.wasm')));
  splitRest(dir, names.filter((n, i) => run.has(i) && mine.has(n)));
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

// The tours, for the third split (splitRest): the whole program made
// interactive (window.rcProfiling = 'tour': boot.js tells the app its second
// part is in, never the third, so a move to another view waits for it, as
// a visitor's would, and never draws it), then the first view used as a
// visitor would before the third part arrives: pointer over everything,
// scrolls, keys, the text size, a resize, the system's theme, a move to
// another view. Each writes DIR/split/tour.N (tools/ui_sizes.sh reads them).
const TOURS = [
  { ctx: { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, colorScheme: 'light' }, resize: { width: 1024, height: 700 } },
  { ctx: { ...phone, colorScheme: 'dark' }, resize: { width: 844, height: 390 } },
];
const tours = [];
// The instrumented program's profile so far, written to work/NAME: its path.
async function writeProfile(page, name) {
  const bytes = await page.evaluate(() => {
    const n = 1 << 20, p = Module._malloc(n);
    const len = Module.asm.__write_profile(p, n);
    return Array.from(HEAPU8.subarray(p, p + len));
  });
  const file = path.join(work, name);
  fs.writeFileSync(file, Buffer.from(bytes));
  return file;
}
async function tour(browser, url) {
  // Where the controls are: from a load that is not profiled.
  const targets = new Map();
  for (const t of TOURS) {
    const ctx = await browser.newContext(t.ctx);
    await ctx.addInitScript(() => { window.rcProfiling = true; });
    const page = await ctx.newPage();
    await page.goto(url);
    await waitFirstPaint(page);
    targets.set(t, await page.evaluate(() => window.rolecompare.state().targets));
    await ctx.close();
  }
  for (const [i, t] of TOURS.entries()) {
    const ctx = await browser.newContext(t.ctx);
    await ctx.addInitScript(() => { window.rcProfiling = 'tour'; });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.classList.contains('rc-interactive'));
    const spots = targets.get(t);
    const at = (name) => { const r = spots.find((x) => x.name === name); return r && { x: r.x + r.w / 2, y: r.y + r.h / 2 }; };
    const { width, height } = t.ctx.viewport;
    const press = async (name) => {
      const p = at(name);
      if (!p) throw new Error(`split.mjs: tour: no target ${name}; have ${spots.map((x) => x.name).join(', ')}`);
      if (t.ctx.hasTouch) await page.touchscreen.tap(p.x, p.y);
      else await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(150);
    };
    if (t.ctx.hasTouch) {
      const cdp = await ctx.newCDPSession(page);
      const drag = async (y0, y1) => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: width / 2, y: y0 }] });
        for (let k = 1; k <= 8; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: width / 2, y: y0 + ((y1 - y0) * k) / 8 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await page.waitForTimeout(150);
      };
      await drag(height * 0.7, height * 0.3);
      await drag(height * 0.3, height * 0.7);
      await page.touchscreen.tap(width / 2, height * 0.8);  // on text
    } else {
      for (let y = 5; y < height; y += 23) await page.mouse.move((y * 37) % width, y);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(150);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(150);
      for (let k = 0; k < 12; k++) await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Home');
      await page.waitForTimeout(150);
    }
    await press('text:larger');
    await press('text:smaller');
    await page.emulateMedia({ colorScheme: t.ctx.colorScheme === 'dark' ? 'light' : 'dark' });
    await page.setViewportSize(t.resize);
    await page.waitForTimeout(300);
    await page.setViewportSize(t.ctx.viewport);
    await page.waitForTimeout(300);
    await press('nav:compare');  // held: the view is the third part's
    await page.waitForTimeout(300);
    if (errors.length) throw new Error(`split.mjs: page errors on a tour: ${errors.join('; ')}`);
    tours.push(await writeProfile(page, `tour.${i}`));
    await ctx.close();
  }
}

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
    profiles.push(await writeProfile(page, `profile.${i}`));
    await ctx.close();
  }
  await tour(browser, srv.url);
} finally {
  await browser.close();
  srv.stop();
}

const merged = path.join(work, 'profile');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged, ...FEATURES], { stdio: 'inherit' });
execFileSync('wasm-split', [path.join(build, 'rolecompare.wasm.orig'), `--profile=${merged}`,
  '-o1', path.join(site, 'rolecompare.wasm'), '-o2', path.join(site, 'rolecompare.deferred.wasm'),
  '--export-prefix=%', '--symbolmap', ...FEATURES], { stdio: 'inherit' });
// The third split: the second part's functions that a tour ran stay in it.
// The parts have no names: wasm-split's symbol map gives each of the second
// part's functions its place among the functions the program defines (as
// Binaryen names a function of a module without names), imports first; the
// link's symbol map (--emit-symbol-map) gives the program's names, for the
// check below.
const symbols = (file) => new Map(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
  const i = l.indexOf(':');
  return [Number(l.slice(0, i)), l.slice(i + 1)];
}));
// A program linked with names (tools/ui_sizes.sh's --profiling-funcs) has
// the map give names instead: then its place is looked up by name.
const toured = ran(tours);
const secondImports = funcImports(path.join(site, 'rolecompare.deferred.wasm'));
const second = [...symbols(path.join(site, 'rolecompare.deferred.wasm.symbols'))].filter(([i]) => i >= secondImports);
let place = (n) => Number(n);
if (second.some(([, n]) => !/^\d+$/.test(n))) {  // both as Binaryen prints them
  const byName = new Map(definedNames(path.join(build, 'rolecompare.wasm.orig')).map((n, i) => [n, i]));
  place = (n) => byName.get(n);
}
const keep = second.filter(([, n]) => toured.has(place(n))).map(([i]) => String(i - secondImports));
for (const f of ['rolecompare.wasm', 'rolecompare.deferred.wasm']) fs.rmSync(path.join(site, `${f}.symbols`));
// A tour that drew a view the third part draws (the view table's
// WebPart::Last) would have kept it: the app's wait for that part failed.
const programNames = symbols(path.join(build, 'rolecompare.js.symbols'));
const programImports = funcImports(path.join(build, 'rolecompare.wasm.orig'));
const lateDraws = [...fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../src/core/view_table.h'), 'utf8')
  .matchAll(/X\(\w+, "[^"]*", "[^"]*", [^,]*, WebPart::Last, (\w+),/g)].map((m) => `rc::ui::${m[1]}(`);
const drawn = [...toured].map((n) => programNames.get(programImports + n) ?? '').filter((n) => lateDraws.some((d) => n.startsWith(d)));
if (lateDraws.length === 0 || drawn.length) throw new Error(`split.mjs: the tours drew ${drawn.join(', ') || '(no WebPart::Last views found)'}`);
// Each part optimised again on its own (-Oz): the link optimised the whole
// program, and a part can then lose what only the other needed (about 1.7 KB
// brotli of the two). Imports, exports and the table's slots are kept, so
// the parts still fit together. The second part is optimised after its own
// split (splitRest).
execFileSync('wasm-opt', ['-Oz', ...FEATURES, path.join(site, 'rolecompare.wasm'), '-o', path.join(site, 'rolecompare.wasm')], { stdio: 'inherit' });
splitRest(site, keep);

const size = (f) => fs.statSync(path.join(site, f)).size;
console.log(`split: rolecompare.wasm ${size('rolecompare.wasm')} bytes (first frame), ` +
            `rolecompare.deferred.wasm ${size('rolecompare.deferred.wasm')} bytes (fetched after it), ` +
            `rolecompare.rest.wasm ${size('rolecompare.rest.wasm')} bytes (fetched once interactive; the tours kept ${keep.length} functions in the second)`);
