// When each file of the widget arrives on the phone profile of ./dev bench
// (tools/phone-profile.mjs: 4x CPU, 1.6 Mbps, 150 ms), with the
// first frame and the moment it is interactive: the Resource Timing of
// cold loads, one line per file (start, request sent, first byte, last
// byte, in ms since navigation; bytes as sent). No budget: it shows where the
// phone's time goes (docs/performance.md).
//   node tools/phone-files.mjs [SITE] [LOADS]   (default build/web/site, 3)
import path from 'node:path';
import { ROOT, launch, startServer } from '../tests/browser/lib.mjs';
import { phonePage } from './phone-profile.mjs';

const site = path.resolve(process.argv[2] || path.join(ROOT, 'build/web/site'));
const loads = Number(process.argv[3] || 3);
const srv = await startServer(site);
const browser = await launch();
try {
  for (let i = 0; i < loads; i++) {
    const { context, page } = await phonePage(browser, () => {
      const t = window.__files = { ready: null, interactive: null };
      new MutationObserver(() => {
        const cl = document.documentElement.classList;
        if (t.ready === null && cl.contains('rc-ready')) t.ready = performance.now();
        if (t.interactive === null && cl.contains('rc-interactive')) t.interactive = performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });
    await page.goto(srv.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__files.interactive !== null, null, { timeout: 120000, polling: 50 });
    const r = await page.evaluate(() => ({
      t: window.__files,
      files: performance.getEntriesByType('resource').map((e) => ({
        name: e.name.split('/').pop(), start: e.startTime, sent: e.requestStart, first: e.responseStart, last: e.responseEnd, bytes: e.encodedBodySize,
      })),
    }));
    const ms = (x) => String(Math.round(x)).padStart(6);
    console.log(`load ${i + 1}: first frame ${Math.round(r.t.ready)} ms, interactive ${Math.round(r.t.interactive)} ms`);
    console.log('   start    sent   first    last    bytes  file');
    for (const f of r.files) console.log(`  ${ms(f.start)}  ${ms(f.sent)}  ${ms(f.first)}  ${ms(f.last)}  ${String(f.bytes).padStart(7)}  ${f.name}`);
    await context.close();
  }
} finally {
  await browser.close();
  srv.stop();
}
