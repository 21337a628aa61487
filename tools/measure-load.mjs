// Measures how long InfoShare takes from navigation to interactive in headless Chromium with
// the CPU slowed down 4 times (Chrome DevTools Protocol Emulation.setCPUThrottlingRate), the
// median of 5 runs. "Interactive" is the moment the app has replaced its starting message
// with the Home page: its heading is drawn and its event handlers are attached, so a click
// or a key press does something. Each first visit runs in a fresh browser context (empty
// cache, no service worker); each return visit reloads that context once the service worker
// has cached the files. A first visit straight to a checklist also reads the packs file
// before the checklist is drawn. Timings are reported, not asserted: they depend on the
// machine.
//
// Usage: node tools/measure-load.mjs [dist]      (build first: trunk build --release)
import { launchChromium, median, ms } from './chromium.mjs';
import { startServer } from './serve.mjs';

const RUNS = 5;
const CPU_SLOWDOWN = 4;

/** Records, in the page, when the app first shows Home ready for use. */
function recordInteractive() {
  const ready = () => !document.getElementById('app-starting') && document.querySelector('main h1');
  const observer = new MutationObserver(() => {
    if (ready()) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Loads the page with `navigate` and returns milliseconds from navigation start to interactive. */
async function timeLoad(page, navigate) {
  await navigate();
  const at = await page.waitForFunction(() => window.__interactiveAt, null, { timeout: 60_000 });
  return at.jsonValue();
}

async function slowedPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(recordInteractive);
  return page;
}

const line = (label, runs) => `${label}: median ${ms(median(runs))} (runs: ${runs.map(ms).join(', ')})`;

const dist = process.argv[2] ?? 'dist';
const { server, url } = await startServer(dist, 0);
const browser = await launchChromium();
try {
  const first = [];
  const again = [];
  const tool = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await slowedPage(context);
    first.push(await timeLoad(page, () => page.goto(`${url}#/`)));
    await page.evaluate(() => navigator.serviceWorker.ready);
    again.push(await timeLoad(page, () => page.reload()));
    await context.close();
    const fresh = await browser.newContext();
    const straight = await slowedPage(fresh);
    tool.push(await timeLoad(straight, () => straight.goto(`${url}#/checklists/national/golden-rules-2024`)));
    await fresh.close();
  }
  console.log(`Navigation to interactive, ${CPU_SLOWDOWN}x CPU slowdown, ${RUNS} runs, served from 127.0.0.1 (no network delay)`);
  console.log(line('  first visit (empty cache)', first));
  console.log(line('  return visit (service worker cache)', again));
  console.log(line('  first visit straight to a checklist (reads the packs file too)', tool));
} finally {
  await browser.close();
  server.close();
}
