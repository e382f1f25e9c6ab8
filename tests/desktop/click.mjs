// Desktop clicks, as a person makes them: the app runs under Xvfb, the
// mouse (xdotool, real X events through GLFW) clicks the nav's named targets
// from the app's state export (--state-file), and the view must follow. Then
// a quiz answer by click. Run inside xvfb-run (tests/desktop/run.sh).
// Prints "ok - ..." / "not ok - ..." lines.
//   node tests/desktop/click.mjs APP OUTDIR
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [app, out] = process.argv.slice(2);
const stateFile = path.join(out, 'click-state.json');
fs.rmSync(stateFile, { force: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let failed = 0;
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok' : 'not ok'} - desktop click: ${what}`);
  if (!ok) { failed++; if (detail) console.log(`    ${detail}`); }
};
const xdo = (...a) => execFileSync('xdotool', a, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10000 }).toString().trim();
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

const child = spawn(app, ['--size', '1100x760', '--theme', 'light', '--state-file', stateFile],
                    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: path.join(out, 'cfg-click') } });
let stderr = '';
child.stderr.on('data', (d) => { stderr += d; });
try {
  await until('the first state export', () => read()?.targets?.length);
  const win = (await until('the window', () => { try { return xdo('search', '--name', '^rolecompare$').split('\n')[0]; } catch { return ''; } }));
  // Target rects are in UI units: framebuffer pixels / scale (window = framebuffer under Xvfb).
  async function click(name) {
    const s = await until(`target ${name}`, () => { const x = read(); return x?.targets?.some((t) => t.name === name) && x; });
    const t = s.targets.find((x) => x.name === name);
    const k = s.scale || 1;
    xdo('mousemove', '--window', win, String(Math.round((t.x + t.w / 2) * k)), String(Math.round((t.y + t.h / 2) * k)));
    await sleep(60);
    xdo('click', '1');
  }
  for (const v of ['compare', 'quiz', 'faq', 'basics', 'sources', 'overview']) {
    await click(`nav:${v}`);
    const s = await until(`view ${v}`, () => read()?.view === v && read(), 5000).catch((e) => ({ err: e.message }));
    check(`clicking nav:${v} opens ${v}`, s.view === v, s.err);
  }
  await click('nav:quiz');
  await until('the quiz', () => read()?.view === 'quiz');
  await click('quiz:option:0');
  const s = await until('the first answer', () => read()?.quiz?.answers?.[0] === 0 && read(), 5000).catch((e) => ({ err: e.message }));
  check('clicking the first option answers question 1', s.quiz?.answers?.[0] === 0, s.err);
  execFileSync('import', ['-window', win, path.join(out, 'click-quiz.png')], { timeout: 10000 });
} catch (e) {
  check('ran to the end', false, `${e.message}\n${stderr}`);
} finally {
  child.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
