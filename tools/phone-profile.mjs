// The phone profile of ./dev bench (issue 19; docs/performance.md): a
// mid-range phone on a slow mobile network, as Chromium's DevTools emulate it
// (Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions) on a
// 390x844 touch screen at pixel ratio 3. Shared by tools/bench.mjs and
// tools/phone-files.mjs.
export const PHONE = {
  cpuSlowdown: 4,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  latencyMs: 150,   // added to every request's round trip
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
};

// A new context (empty caches) and page on the phone profile, throttled on
// the page's own DevTools session before it navigates; `init` is added as an
// init script when given.
export async function phonePage(browser, init) {
  const context = await browser.newContext(PHONE.context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8, uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { context, page };
}
