// The three engines behind one small interface, for the engine tests
// (tests/engines/*.test.mjs). Every browser is Debian's; none is downloaded.
//   chromium: /usr/bin/chromium through playwright-core (headless)
//   firefox:  /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi,
//             headful (headless Firefox has no WebGL2 here), under Xvfb
//   webkit:   WebKitGTK's MiniBrowser through /usr/bin/WebKitWebDriver, plain
//             W3C WebDriver over HTTP (fetch), under Xvfb
//
// launch(name) -> engine:
//   engine.name, engine.version
//   engine.touch       'touch' when a tap arrives as touch events, 'mouse'
//                      when the engine's driver can only send it as a mouse
//                      click (WebKitGTK under Xvfb has no touch device)
//   engine.maxDpr      the highest pixel ratio it can emulate
//   engine.newPage({ width, height, dpr, touch }) -> page (fresh storage)
//   engine.close()
// page (coordinates in CSS px of the viewport):
//   goto(url)                     navigates and waits for the load event
//   eval(fn, ...args)             runs fn(...args) in the page (awaits a
//                                 promise); args and result are JSON
//   evalIn(frameSelector, fn, ...args)   the same inside an <iframe>
//   click(x, y), tap(x, y), wheel(x, y, dy), press(key), type(text)
//                                 key: 'Enter', 'Tab', 'Escape' or one character
//   screenshot(file)              the viewport, in device pixels, as PNG
//   problems()                    console errors, page errors, failed loads
//   windowCount()                 top-level windows or tabs of this page's browser
//   clipboard(), clearClipboard() the text on the system clipboard
//   close()
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium as playwright } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ROOT, freePort } from '../browser/lib.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Runs fn(...args) in the page as an expression string: the same text for
// every driver, so what runs does not depend on how a driver serialises.
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;
const hookProblems = () => (window.__rcProblems || []).slice();

// The X clipboard (Firefox and WebKit run headful under Xvfb).
function xclipboard() {
  try {
    return execFileSync('xclip', ['-o', '-selection', 'clipboard'], { timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  } catch { return ''; }
}
function clearXclipboard() {
  try { execFileSync('xclip', ['-i', '-selection', 'clipboard'], { input: '', timeout: 3000, stdio: ['pipe', 'ignore', 'ignore'] }); } catch {}
}

// The page methods Playwright's and Puppeteer's pages share (their APIs
// agree on these); each driver adds what differs.
function sharedPage(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const frame = async (sel) => (await page.$(sel)).contentFrame();
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    eval: (fn, ...args) => page.evaluate(call(fn, args)),
    evalIn: async (sel, fn, ...args) => (await frame(sel)).evaluate(call(fn, args)),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: (file) => page.screenshot({ path: file }),
    problems: async () => [...problems, ...(await page.evaluate(hookProblems).catch(() => []))],
  };
}

//-----------------------------------------------------------------------------
// Chromium: playwright-core
//-----------------------------------------------------------------------------
async function chromium() {
  const browser = await playwright.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    name: 'chromium', version: browser.version(), touch: 'touch', maxDpr: 3,
    async newPage({ width, height, dpr = 1, touch = false }) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      const problems = [];
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      return {
        ...sharedPage(page, problems),
        wheel: async (x, y, dy) => { await page.mouse.move(x, y); await page.mouse.wheel(0, dy); },
        windowCount: async () => context.pages().length,
        clipboard: () => page.evaluate(() => navigator.clipboard.readText()),
        clearClipboard: () => page.evaluate(() => navigator.clipboard.writeText('')),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

//-----------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi, headful under Xvfb
//-----------------------------------------------------------------------------
async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: false,
    extraPrefsFirefox: {
      'webgl.force-enabled': true,            // Mesa under Xvfb is on the block list
      'dom.w3c_touch_events.enabled': 1,      // touch events without a touch screen, for taps
      'browser.tabs.warnOnClose': false,
    },
  });
  const version = await browser.version();
  return {
    name: 'firefox', version, touch: 'touch', maxDpr: 3,
    async newPage({ width, height, dpr = 1, touch = false }) {
      const context = await browser.createBrowserContext();  // its own storage
      const page = await context.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch });
      const problems = [];
      clearXclipboard();
      return {
        ...sharedPage(page, problems),
        wheel: async (x, y, dy) => { await page.mouse.move(x, y); await page.mouse.wheel({ deltaY: dy }); },
        windowCount: async () => (await context.pages()).length,
        clipboard: async () => xclipboard(),
        clearClipboard: async () => clearXclipboard(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

//-----------------------------------------------------------------------------
// WebKit: WebKitWebDriver + MiniBrowser, W3C WebDriver over HTTP
//-----------------------------------------------------------------------------
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Backspace: '\uE003', Control: '\uE009', Shift: '\uE008' };

async function webkit() {
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driver.stderr.on('data', (d) => { driverLog = (driverLog + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  async function wd(method, url, body) {
    const r = await fetch(base + url, { method, headers: { 'content-type': 'application/json; charset=utf-8' },
                                        body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`WebDriver ${method} ${url}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  }
  for (let i = 0; ; i++) {  // the driver is up when it answers
    try { await wd('GET', '/status'); break; } catch (e) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${driverLog || e.message}`);
      await sleep(50);
    }
  }
  // The pixel ratio is GTK's (GDK_SCALE, whole numbers), set per browser
  // process: tests/engines/minibrowser.sh takes it as its first argument.
  const wrapper = path.join(ROOT, 'tests/engines/minibrowser.sh');
  const version = execFileSync(MINIBROWSER, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || 'WebKitGTK';
  // WebKitWebDriver runs one session (one browser process) at a time. A page
  // is a window of it: the first page starts a session (fresh storage, the
  // pixel ratio asked for), a page opened beside it is another window of the
  // same session (same ratio, shared storage), and closing the last page ends
  // the session.
  let session = null;  // { id, scale, pages, current }
  async function startSession(scale) {
    const s = await wd('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': {
      binary: wrapper, args: [String(scale), MINIBROWSER, '--automation', '--full-screen'] } } } });
    const S = `/session/${s.sessionId}`;
    await wd('POST', `${S}/timeouts`, { script: 60000, pageLoad: 60000 });
    return { S, scale, pages: 0, current: await wd('GET', `${S}/window`), fresh: true };
  }
  return {
    name: 'webkit', version, touch: 'mouse', maxDpr: 3,
    async newPage({ width, height, dpr = 1 }) {
      const scale = Math.max(1, Math.round(dpr));
      if (session && session.scale !== scale) throw new Error(`webkit: a page at pixel ratio ${session.scale} is still open`);
      if (!session) session = await startSession(scale);
      const sess = session, S = sess.S;
      let handle;
      if (sess.fresh) { handle = sess.current; sess.fresh = false; }
      else handle = (await wd('POST', `${S}/window/new`, { type: 'window' })).handle;
      sess.pages++;
      const use = async () => {
        if (sess.current !== handle) { await wd('POST', `${S}/window`, { handle }); sess.current = handle; }
      };
      await use();
      await wd('POST', `${S}/window/rect`, { width, height });
      const exec = async (script) => {
        await use();
        const r = await wd('POST', `${S}/execute/async`, { script: `var done = arguments[0];
          Promise.resolve().then(function () { return ${script}; })
            .then(function (v) { done({ ok: v === undefined ? null : v }); }, function (e) { done({ err: String(e) + (e && e.stack ? ' | ' + e.stack : '') }); });`, args: [] });
        if (r && 'err' in r) throw new Error(r.err);
        return r ? r.ok : null;
      };
      const actions = async (list) => { await use(); return wd('POST', `${S}/actions`, { actions: list }); };
      const pointer = (type, acts) => actions([{ type: 'pointer', id: 'p', parameters: { pointerType: type }, actions: acts }]);
      const tapAt = (type) => (x, y) => pointer(type, [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
                                                         { type: 'pointerDown', button: 0 }, { type: 'pause', duration: 30 }, { type: 'pointerUp', button: 0 }]);
      const keyActions = (key) => {
        const parts = key.length > 1 && key.includes('+') ? key.split('+') : [key];
        const codes = parts.map((k) => KEYS[k] || k);
        return [...codes.map((c) => ({ type: 'keyDown', value: c })), ...codes.reverse().map((c) => ({ type: 'keyUp', value: c }))];
      };
      const keys = (acts) => actions([{ type: 'key', id: 'k', actions: acts }]);
      clearXclipboard();
      let closed = false;
      return {
        goto: async (url) => { await use(); return wd('POST', `${S}/url`, { url }); },
        eval: (fn, ...args) => exec(call(fn, args)),
        async evalIn(sel, fn, ...args) {
          await use();
          const el = await wd('POST', `${S}/element`, { using: 'css selector', value: sel });
          await wd('POST', `${S}/frame`, { id: el });
          try { return await exec(call(fn, args)); } finally { await wd('POST', `${S}/frame/parent`, {}); }
        },
        click: tapAt('mouse'),
        tap: tapAt('touch'),
        wheel: (x, y, dy) => actions([{ type: 'wheel', id: 'w', actions: [
          { type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY: Math.round(dy), origin: 'viewport', duration: 0 }] }]),
        press: (key) => keys(keyActions(key)),
        type: (text) => keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
        async screenshot(file) { await use(); fs.writeFileSync(file, Buffer.from(await wd('GET', `${S}/screenshot`), 'base64')); },
        problems: () => exec(call(hookProblems, [])).catch((e) => [`cannot read the page's problems: ${e.message}`]),
        windowCount: async () => (await wd('GET', `${S}/window/handles`)).length,
        clipboard: async () => xclipboard(),
        clearClipboard: async () => clearXclipboard(),
        async close() {
          if (closed) return;
          closed = true;
          if (--sess.pages > 0) {
            await use();
            await wd('DELETE', `${S}/window`).catch(() => {});
            sess.current = null;
            return;
          }
          await wd('DELETE', S).catch(() => {});
          if (session === sess) session = null;
        },
      };
    },
    async close() {
      if (session) await wd('DELETE', session.S).catch(() => {});
      session = null;
      driver.kill('SIGTERM');
    },
  };
}

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export async function launch(name) {
  if (name === 'chromium') return chromium();
  if (name === 'firefox') return firefox();
  if (name === 'webkit') return webkit();
  throw new Error(`unknown engine ${name} (have: ${ENGINES.join(', ')})`);
}
