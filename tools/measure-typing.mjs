// Measures how long typing one character takes to reach the screen on the largest form page:
// the Lincolnshire request's subjects section with 20 subjects of 10 other addresses each.
// For each keystroke it times the app's work (the input event and the reactive updates it
// schedules, until the event loop is free again), and separately the time to the next
// animation frame, which also includes waiting for the frame boundary. Prints medians and
// worst cases of 50 keystrokes.
//
// Usage: node tools/measure-typing.mjs [dist]    (needs a release build in dist/)
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const SUBJECTS = 20;
const ADDRESSES = 10;
const KEYSTROKES = 50;

const { server, url } = await startServer(process.argv[2] ?? 'dist', 0);
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}#/forms/lincolnshire/police-disclosure-request/section/subjects`);
  await page.waitForSelector('#main-heading');
  const add = async (label) => page.locator('button', { hasText: label }).last().click();
  for (let subject = 0; subject < SUBJECTS; subject += 1) {
    await add(subject === 0 ? 'Add a subject' : 'Add another subject');
    for (let address = 0; address < ADDRESSES; address += 1) {
      await page.locator('button', { hasText: /^Add (an|another) other address$/ }).nth(subject).click();
    }
  }
  const inputs = await page.locator('input, textarea').count();
  const target = page.locator(`[id="subjects[${SUBJECTS - 1}].forename"]`);
  await target.focus();
  const work = [];
  const frame = [];
  for (let i = 0; i < KEYSTROKES; i += 1) {
    const [handled, painted] = await page.evaluate(() => new Promise((resolve) => {
      const el = document.activeElement;
      const t0 = performance.now();
      el.value += 'a';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
      let handledAt;
      setTimeout(() => { handledAt = performance.now() - t0; }, 0);
      requestAnimationFrame(() => setTimeout(() => resolve([handledAt ?? performance.now() - t0, performance.now() - t0]), 0));
    }));
    work.push(handled);
    frame.push(painted);
  }
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms`;
  };
  console.log(`${SUBJECTS} subjects x ${ADDRESSES} addresses: ${inputs} inputs on the page, ${KEYSTROKES} keystrokes`);
  console.log(`app work per keystroke: ${stats(work)} (one frame is 16.7 ms)`);
  console.log(`keystroke to the next frame: ${stats(frame)}`);
} finally {
  await browser.close();
  server.close();
}
