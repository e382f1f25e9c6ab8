// Smoke, on every way in: the widget draws its first frame and takes input,
// with no console or page errors, each file requested once (the test
// server's log), and never through Emscripten's synchronous fallback for the
// second part. Ways in: the plain page, unknown and odd URL parameters, a
// start view, a share link (good and broken), and the embed demo's iframe.
import path from 'node:path';
import { ART, problemsWithFrame, check, interactive, makeToken, requestTrouble, syncLoads, until } from './lib.mjs';

const WAYS = [
  { name: 'the plain page', rest: '' },
  { name: 'an unknown parameter (?r=1)', rest: '?r=1' },
  { name: 'odd values (?theme=purple&compact=2&accent=zz&view=nope)', rest: '?theme=purple&compact=2&accent=zz&view=nope' },
  { name: 'theme and accent (?theme=dark&accent=ff6600)', rest: '?theme=dark&accent=ff6600' },
  { name: 'a start view (?view=faq)', rest: '?view=faq' },
  { name: 'a share link (#quiz=)', rest: () => `#quiz=${makeToken('5,5,4,5,4,4,2,1,2,2,2,1,1')}` },
  { name: 'a broken share link (#quiz=AAAA)', rest: '#quiz=AAAA' },
  { name: 'an unknown fragment (#x=1)', rest: '#x=1' },
];

export default async function ({ engine, server }) {
  for (const way of WAYS) {
    const rest = typeof way.rest === 'function' ? way.rest() : way.rest;
    await server.requests({ clear: true });
    const page = await engine.newPage({ width: 1024, height: 700, dpr: 1 });
    try {
      const t0 = Date.now();
      await page.goto(server.url + rest);
      await interactive(page);
      const ms = Date.now() - t0;
      // interactive() also returns on rc-failed: the check tells them apart.
      const s = await page.eval(() => ({ failed: document.documentElement.classList.contains('rc-failed'),
                                         view: window.rolecompare ? window.rolecompare.state().view : null }));
      check(`${engine.name} ${way.name}: interactive in ${ms} ms, on ${s.view}`, !s.failed && !!s.view, JSON.stringify(s));
      check(`${engine.name} ${way.name}: never the synchronous fallback`, (await syncLoads(page)) === 0);
      const { failed, twice } = requestTrouble(await server.requests());
      check(`${engine.name} ${way.name}: each file requested once, none failed`, !failed.length && !twice.length, [...failed, ...twice].join(', '));
      const problems = await page.problems();
      check(`${engine.name} ${way.name}: no console or page errors`, problems.length === 0, problems.join('\n'));
      if (!rest) await page.screenshot(path.join(ART, `engines-smoke-${engine.name}.png`));
    } finally {
      await page.close();
    }
  }

  // The embed demo: the host page and the widget in its iframe (same server).
  await server.requests({ clear: true });
  const page = await engine.newPage({ width: 1280, height: 900, dpr: 1 });
  try {
    await page.goto(`${server.url}embed-demo.html`);
    await page.eval(() => document.getElementById('widget').scrollIntoView());  // the iframe loads lazily
    await until('the embedded widget to say ready', () => page.eval(() => window.rolecompareDemo.events.some((e) => e.type === 'rolecompare:ready')), 30000);
    const sync = await page.evalIn('#widget iframe', () => rcDeferred.syncLoads);
    check(`${engine.name} the embed demo's iframe: never the synchronous fallback`, sync === 0, `syncLoads ${sync}`);
    const { failed, twice } = requestTrouble(await server.requests());
    check(`${engine.name} the embed demo: each file requested once, none failed`, !failed.length && !twice.length, [...failed, ...twice].join(', '));
    const problems = await problemsWithFrame(page, '#widget iframe');
    check(`${engine.name} the embed demo: no console or page errors`, problems.length === 0, problems.join('\n'));
  } finally {
    await page.close();
  }
}
