// Desktop clicks, as a person makes them: the app runs under Xvfb, the
// mouse (xdotool, real X events through GLFW) clicks the nav's named targets
// from the app's state export (--state-file), and the view must follow. Then
// a quiz answer by click. Run inside xvfb-run (tests/desktop/run.sh).
// Prints "ok - ..." / "not ok - ..." lines.
//   node tests/desktop/click.mjs APP OUTDIR
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch, reporter } from './lib.mjs';

const [app, out] = process.argv.slice(2);
const { check, failed } = reporter('desktop click');
const a = launch(app, { stateFile: path.join(out, 'click-state.json'), configHome: path.join(out, 'cfg-click'),
                        args: ['--size', '1100x760', '--theme', 'light'] });
try {
  await a.until('the first state export', () => a.read()?.targets?.length);
  for (const v of ['compare', 'quiz', 'faq', 'basics', 'sources', 'overview']) {
    await a.click(`nav:${v}`);
    const s = await a.until(`view ${v}`, () => a.read()?.view === v && a.read(), 5000).catch((e) => ({ err: e.message }));
    check(`clicking nav:${v} opens ${v}`, s.view === v, s.err);
  }
  await a.click('nav:quiz');
  await a.until('the quiz', () => a.read()?.view === 'quiz');
  await a.click('quiz:option:0');
  const s = await a.until('the first answer', () => a.read()?.quiz?.answers?.[0] === 0 && a.read(), 5000).catch((e) => ({ err: e.message }));
  check('clicking the first option answers question 1', s.quiz?.answers?.[0] === 0, s.err);
  execFileSync('import', ['-window', await a.window(), path.join(out, 'click-quiz.png')], { timeout: 10000 });
} catch (e) {
  check('ran to the end', false, `${e.message}\n${a.stderr()}`);
} finally {
  await a.stop();
}
process.exit(failed() ? 1 : 0);
