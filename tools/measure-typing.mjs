// Measures the largest form page as it is used: the Lincolnshire request's subjects section
// with 50 subjects, each with 10 previous names or aliases and 10 other addresses.
//
// - Adding a subject (the 51st) and removing one (the first, so every later subject moves
//   up), alternately, 5 times each.
// - Typing 50 characters into the last subject's forename.
//
// For each it reports the app's work (the event and the reactive updates it schedules, until
// the event loop is free again) and the main thread's work with the style and layout that
// follow (forced at once), median and worst.
//
// Usage: node tools/measure-typing.mjs [dist] [subjects] [aliases] [addresses]
//        (needs a release build in dist/; 50 10 10 unless given)
import { launchChromium, median } from './chromium.mjs';
import { startServer } from './serve.mjs';

const [SUBJECTS, ALIASES, ADDRESSES] = [3, 4, 5].map((at, index) => Number(process.argv[at] ?? [50, 10, 10][index]));
const KEYSTROKES = 50;
/** The subjects group (element ids follow instances' keys, not their places, so the first
 * subject and the last are found by their place). */
const SUBJECTS_GROUP = '[id="subjects"]';
const CHANGES = 5;

/**
 * Types one character into the focused input (`selector` null) or clicks the own button of
 * the first element `selector` finds, and times it: the app's work until the event loop is free, and the
 * main thread's work until the page is laid out again (style and layout forced at once, so
 * no wait for the next frame is counted).
 */
const timed = (page, selector = null) =>
  page.evaluate(
    (target) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        if (target === null) {
          const el = document.activeElement;
          el.value += 'a';
          el.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else {
          document.querySelector(target).querySelector(':scope > button').click();
        }
        setTimeout(() => {
          const work = performance.now() - t0;
          document.body.getBoundingClientRect();
          resolve({ work, laidOut: performance.now() - t0 });
        }, 0);
      }),
    selector,
  );

/** Clicks a group's own button (its last child button) `times` times, a task apart. */
const clickGroupButton = (page, id, times) =>
  page.evaluate(
    async ([groupId, count]) => {
      for (let i = 0; i < count; i += 1) {
        document.getElementById(groupId).querySelector(':scope > button').click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    [id, times],
  );

const summary = (list, key) => {
  const values = list.map((entry) => entry[key]);
  return `median ${median(values).toFixed(1)} ms, worst ${Math.max(...values).toFixed(1)} ms`;
};

const { server, url } = await startServer(process.argv[2] ?? 'dist', 0);
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}#/forms/lincolnshire/police-disclosure-request/section/subjects`);
  await page.waitForSelector('[id="subjects"]');
  await clickGroupButton(page, 'subjects', SUBJECTS);
  for (let subject = 0; subject < SUBJECTS; subject += 1) {
    await clickGroupButton(page, `subjects[${subject}].other-names`, ALIASES);
    await clickGroupButton(page, `subjects[${subject}].other-addresses`, ADDRESSES);
  }
  const inputs = await page.locator('input, textarea').count();
  console.log(`${SUBJECTS} subjects x ${ALIASES} aliases x ${ADDRESSES} addresses: ${inputs} inputs on the page`);

  const added = [];
  const removed = [];
  for (let i = 0; i < CHANGES; i += 1) {
    added.push(await timed(page, SUBJECTS_GROUP));
    removed.push(await timed(page, `${SUBJECTS_GROUP} > fieldset`));
  }
  const subjects = await page.locator('[id="subjects"] > fieldset').count();
  if (subjects !== SUBJECTS) throw new Error(`expected ${SUBJECTS} subjects after adding and removing, found ${subjects}`);
  console.log(`add a subject, app work: ${summary(added, 'work')}; with style and layout: ${summary(added, 'laidOut')}`);
  console.log(`remove the first subject, app work: ${summary(removed, 'work')}; with style and layout: ${summary(removed, 'laidOut')}`);

  await page.locator(`${SUBJECTS_GROUP} > fieldset:last-of-type input`).first().focus();
  const typed = [];
  for (let i = 0; i < KEYSTROKES; i += 1) typed.push(await timed(page));
  console.log(`typing (${KEYSTROKES} keys), app work per key: ${summary(typed, 'work')}; with style and layout: ${summary(typed, 'laidOut')} (one frame is 16.7 ms)`);
} finally {
  await browser.close();
  server.close();
}
