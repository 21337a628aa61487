// A "full visit": everything a person can do in the app, used by the tests that watch the
// whole session (CSP violations, network requests). Every route is loaded as a new document
// and reached in-app by a link or hashchange; every checklist gets an answer and a note, the
// golden rules are answered in full with every note open and one over-long note, the skip
// link is used, and history is walked.
import assert from 'node:assert/strict';
import { GOLDEN_RULES, HOME, goInApp, load, navigate, settle } from './app.mjs';
import { answerAll, openAllNotes, openNote } from './checklist.mjs';

export async function fullVisit(app, page) {
  for (const route of app.routes) await load(page, app.url, route);

  await load(page, app.url, HOME);
  for (const route of app.routes) await goInApp(page, route);

  await load(page, app.url, GOLDEN_RULES);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the skip link
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  await goInApp(page, HOME);
  await navigate(page, () => page.click(`#main-content a[href="${GOLDEN_RULES}"]`));
  for (const route of app.checklistRoutes) {
    await goInApp(page, route);
    await page.locator('input.govuk-radios__input').first().check();
    await (await openNote(page, 0)).fill('Fictional note: Jo Bloggs, 1 Example Street.');
  }
  await goInApp(page, GOLDEN_RULES);
  await answerAll(page);
  await openAllNotes(page);
  await (await openNote(page, 1)).fill('x'.repeat(2_001));
  await page.locator('.govuk-error-message').first().waitFor();

  await navigate(page, () => page.click('footer a[href="#/sources"]'));
  await navigate(page, () => page.goBack());
  await navigate(page, () => page.goForward());
  await navigate(page, () => page.click('header a[href="#/"]'));
  await settle(page);
}
