// The engine tests: each tests/engines/*.test.mjs, in Chromium, Firefox and
// WebKit (drivers.mjs), one browser per engine for the whole suite.
// Firefox and WebKit run headful: start this under Xvfb (tests/run-all.sh
// does). Prints "ok - ..." / "not ok - ..." lines.
//   node tests/engines/run.mjs [--engines chromium,firefox,webkit] [--site DIR] [FILTER]
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, counts, startServer } from '../browser/lib.mjs';
import { ENGINES, launch } from './drivers.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--engines');
const engines = at >= 0 ? args.splice(at, 2)[1].split(',') : ENGINES;
const st = args.indexOf('--site');  // another build of the site (default build/web/site)
const site = st >= 0 ? path.resolve(args.splice(st, 2)[1]) : undefined;
const only = args[0];
const PER_FILE_MS = 8 * 60 * 1000;

fs.mkdirSync(ART, { recursive: true });
const dir = path.join(ROOT, 'tests/engines');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.mjs') && (!only || f.includes(only))).sort();
const server = await startServer(site, '127.0.0.1', { hook: true });
const t0 = Date.now();
try {
  for (const name of engines) {
    const started = Date.now();
    let engine = await launch(name);
    console.log(`# engine: ${name} (${engine.version})`);
    for (const f of files) {
      console.log(`# ${name}: ${f}`);
      const mod = await import(path.join(dir, f));
      let timer;
      try {
        await Promise.race([
          mod.default({ engine, server }),
          new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`over ${PER_FILE_MS / 60000} minutes`)), PER_FILE_MS); }),
        ]);
      } catch (e) {
        check(`${name}: ${f} ran to the end`, false, e.stack || String(e));
        // The browser may be wedged: a fresh one for the next file.
        await engine.close().catch(() => {});
        engine = await launch(name);
      } finally {
        clearTimeout(timer);
      }
    }
    await engine.close();
    console.log(`# ${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  server.stop();
}
const { passed, failed } = counts();
console.log(`# engines: ${passed} passed, ${failed} failed in ${Math.round((Date.now() - t0) / 1000)} s`);
process.exit(failed ? 1 : 0);
