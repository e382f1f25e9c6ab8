// Browser tests, in headless Debian Chromium. Each file under tests/browser
// named *.test.mjs exports `default async function (ctx)`.
import fs from 'node:fs';
import path from 'node:path';
import { ART, ROOT, check, counts, launch, startServer } from './lib.mjs';

fs.mkdirSync(ART, { recursive: true });
const server = await startServer();
const browser = await launch();
const dir = path.join(ROOT, 'tests/browser');
const only = process.argv[2];
try {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) {
    if (only && !f.includes(only)) continue;
    console.log(`# ${f}`);
    const mod = await import(path.join(dir, f));
    try {
      await mod.default({ browser, server });
    } catch (e) {
      check(`${f} ran to the end`, false, e.stack || String(e));
    }
  }
} finally {
  await browser.close();
  server.stop();
}
const { passed, failed } = counts();
console.log(`# browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
