// Desktop saved progress, end to end: answer quiz questions by click, end the
// session (SIGTERM: nothing is saved on the way out), start again with the
// same config directory and find the answers back. Then a corrupt progress
// file: the app says so in a notice, starts fresh and still works, and its
// next answer replaces the file. Last, --answers TOKEN: a shared result that
// leaves the file as it was. Run inside xvfb-run (tests/desktop/run.sh).
// Prints "ok - ..." / "not ok - ..." lines.
//   node tests/desktop/progress.mjs APP OUTDIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, reporter } from './lib.mjs';

const [app, out] = process.argv.slice(2);
const { check, failed } = reporter('desktop progress');
const configHome = path.join(out, 'cfg-progress');
const progressFile = path.join(configHome, 'rolecompare', 'state.json');  // rc::defaultStatePath()
const stateFile = path.join(out, 'progress-state.json');
fs.rmSync(configHome, { recursive: true, force: true });
const picks = [2, 0, 1];  // options chosen for questions 1..3
const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
const savedEntry = () => {
  try { return Object.values(JSON.parse(fs.readFileSync(progressFile, 'utf8')).datasets)[0]; } catch { return null; }
};

let a = null;
async function session(what, fn) {
  a = launch(app, { stateFile, configHome, args: ['--size', '1100x760', '--view', 'quiz'] });
  try {
    await a.until('the quiz', () => a.read()?.view === 'quiz' && a.read()?.targets?.length);
    await fn();
  } catch (e) {
    check(`${what}: ran to the end`, false, `${e.message}\n${a.stderr()}`);
  } finally {
    await a.stop();
  }
}
async function answer(q, option) {
  await a.until(`question ${q + 1}`, () => a.read()?.quiz?.current === q);
  await a.click(`quiz:option:${option}`);
  await a.until(`answer ${q + 1}`, () => a.read()?.quiz?.answers?.[q] === option, 5000);
}

// 1. Answers by click, saved as they are made.
let first = null;
await session('first session', async () => {
  for (let q = 0; q < picks.length; q++) await answer(q, picks[q]);
  first = a.read().quiz;
  check(`first session: ${picks.length} answers by click`, same(first.answers.slice(0, picks.length), picks) && first.answered === picks.length,
        JSON.stringify(first));
  const saved = savedEntry();
  check('first session: the progress file holds them', same(saved?.answers, first.answers) && saved?.current === first.current,
        `${progressFile}: ${JSON.stringify(saved)}`);
});

// 2. A new session finds them back, at the question where the first stopped.
await session('restart', async () => {
  const s = await a.until('the restored answers', () => a.read()?.quiz?.answered && a.read(), 5000).catch(() => a.read());
  check('restart: the answers are back', !!first && same(s.quiz.answers, first.answers), `now ${JSON.stringify(s.quiz.answers)}, saved ${JSON.stringify(first?.answers)}`);
  check(`restart: it resumes at question ${picks.length + 1}`, s.quiz.current === picks.length, `current ${s.quiz.current}`);
  check('restart: no notice', same(s.banners, []), JSON.stringify(s.banners));
});

// 3. A corrupt file: a notice, a fresh quiz that still answers, and the file
// replaced by the new progress.
fs.writeFileSync(progressFile, '{"v":1,"datasets":{"ml-vs-swe":');
await session('corrupt file', async () => {
  const s = a.read();
  check('corrupt file: a notice says the progress could not be read',
        s.banners?.some((b) => /could not be read/i.test(b)) && s.targets.some((t) => t.name.startsWith('banner:dismiss')), JSON.stringify(s.banners));
  check('corrupt file: the quiz starts fresh', !s.quiz.answered && s.quiz.current === 0, JSON.stringify(s.quiz));
  await answer(0, 1);
  check('corrupt file: the app still answers by click', a.read().quiz.answers[0] === 1);
  check('corrupt file: the next answer replaces the file', savedEntry()?.answers?.[0] === 1, fs.readFileSync(progressFile, 'utf8'));
});

// 4. And that replacement is what the next session restores, with no notice.
await session('after the corrupt file', async () => {
  const s = await a.until('the restored answer', () => a.read()?.quiz?.answered && a.read(), 5000).catch(() => a.read());
  check('after the corrupt file: the new answer is back, no notice', s.quiz.answers[0] === 1 && same(s.banners, []),
        JSON.stringify({ answers: s.quiz.answers, banners: s.banners }));
});
// 5. --answers TOKEN opens someone else's result beside the saved answers:
// the progress file is read for the reader's own answers and never written
// for the shared ones (its bytes stay the same through the whole session).
{
  const total = a?.read()?.quiz?.total || 13;
  const token = execFileSync(app, ['--make-token', Array(total).fill(1).join(',')]).toString().trim();
  const bytes = fs.readFileSync(progressFile);
  const own = savedEntry();
  a = launch(app, { stateFile, configHome, args: ['--size', '1100x760', '--answers', token] });
  try {
    const s = await a.until('the shared result', () => a.read()?.view === 'result' && a.read()?.targets?.length && a.read());
    check('--answers: opens the Result view on the shared result', s.shared?.active === true && s.shared.token === token,
          JSON.stringify(s.shared));
    check('--answers: the saved answers are the reader\'s own, beside it', same(s.quiz.answers, own?.answers), JSON.stringify(s.quiz.answers));
    check('--answers: "Take the quiz yourself" is offered, Retake is not',
          s.targets.some((t) => t.name === 'result:take-quiz') && !s.targets.some((t) => t.name === 'result:retake'));
    await a.click('result:take-quiz');
    const q = await a.until('the quiz', () => a.read()?.view === 'quiz' && a.read());
    check('--answers: Take the quiz yourself opens the quiz on the reader\'s own answers', same(q.quiz.answers, own?.answers) && !q.shared.active,
          JSON.stringify(q.quiz.answers));
  } catch (e) {
    check('--answers: ran to the end', false, `${e.message}\n${a.stderr()}`);
  } finally {
    await a.stop();
  }
  check('--answers: the progress file\'s bytes are unchanged', fs.readFileSync(progressFile).equals(bytes),
        fs.readFileSync(progressFile, 'utf8'));
}
process.exit(failed() ? 1 : 0);
