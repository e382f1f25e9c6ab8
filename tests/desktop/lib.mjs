// Shared by the desktop end-to-end scripts (click.mjs, progress.mjs): start
// the app under Xvfb with its state export (--state-file), wait for what it
// reports, click its named targets with real X events (xdotool), stop it.
// Each script prints TAP-like "ok - ..." / "not ok - ..." lines.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// check('what', ok, detail): one TAP line; failed() counts the "not ok"s.
export function reporter(prefix) {
  let failed = 0;
  const check = (what, ok, detail = '') => {
    console.log(`${ok ? 'ok' : 'not ok'} - ${prefix}: ${what}`);
    if (!ok) { failed++; if (detail) console.log(`    ${String(detail).replace(/\n/g, '\n    ')}`); }
    return ok;
  };
  return { check, failed: () => failed };
}

export const xdo = (...a) => execFileSync('xdotool', a, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10000 }).toString().trim();

// Starts APP with --state-file STATEFILE (removed first) and XDG_CONFIG_HOME
// = configHome (where the app keeps saved progress), plus args.
export function launch(app, { stateFile, configHome, args = [] }) {
  fs.rmSync(stateFile, { force: true });
  const child = spawn(app, [...args, '--state-file', stateFile],
                      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: configHome } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  // The last state export, or null while there is none (or it is being replaced).
  const read = () => { try { return JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch { return null; } };
  async function until(what, fn, ms = 8000) {
    const t0 = Date.now();
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}; state: ${JSON.stringify({ ...read(), targets: undefined })}`);
      await sleep(50);
    }
  }
  let win = '';
  async function window() {
    if (!win) {
      win = await until('the window', () => {
        try { return xdo('search', '--onlyvisible', '--pid', String(child.pid)).split('\n')[0]; } catch { return ''; }
      });
    }
    return win;
  }
  // Clicks the middle of a named target. Target rects are in UI units:
  // framebuffer pixels / scale (window = framebuffer under Xvfb).
  async function click(name) {
    const s = await until(`target ${name}`, () => { const x = read(); return x?.targets?.some((t) => t.name === name) && x; });
    const t = s.targets.find((x) => x.name === name);
    const k = s.scale || 1;
    xdo('mousemove', '--window', await window(), String(Math.round((t.x + t.w / 2) * k)), String(Math.round((t.y + t.h / 2) * k)));
    await sleep(60);
    xdo('click', '1');
  }
  // SIGTERM, as a session ending: nothing is saved on the way out, so what
  // survives was saved when it happened.
  async function stop() {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  }
  return { read, until, window, click, stop, exited, stderr: () => stderr };
}
