// Driving the pack editor (#/author) as a lead does, by keyboard: its checks, its buttons and
// links, its fields; shared by the editor's, the publishing and the tools' e2e files.
import { settle } from './app.mjs';

/** A page in a context of its own that accepts downloads, closed after the test. */
export async function freshPage(t, browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  return context.newPage();
}

/** What the checks say once they have run (in the sealing worker, after each change). */
export async function checks(page) {
  await page.waitForFunction(() => {
    const said = document.querySelector('#author-checks')?.textContent;
    return said && said !== 'Checking the pack…';
  }, null, { timeout: 30_000 });
  return page.locator('#author-checks').textContent();
}

/** The problems the checks list, one a line. */
export const problems = (page) => page.locator('#author-problems li').allTextContents();

/** The heading of the editor's view (the item's page, a part, publishing). */
export const viewHeading = (page) => page.locator('#author-view').textContent();

/** Presses the button labelled `label` with Enter. */
export async function press(page, label) {
  await page.getByRole('button', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

/** Follows the link named `name` with Enter. */
export async function follow(page, name) {
  await page.getByRole('link', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

/** Types into `field` and leaves it, as a change is made. */
export async function type(page, field, text) {
  await field.fill(text);
  await field.press('Tab');
  await settle(page);
}

/** Types into the field labelled `label` and leaves it. */
export const setField = (page, label, text) => type(page, page.getByLabel(label, { exact: true }), text);

/** Sets each [label, text] field of the page in order. */
export async function setFields(page, fields) {
  for (const [label, text] of fields) await setField(page, label, text);
}

/**
 * The problems a watched page had (lib/app.mjs `watch`), but for a check's worker script cut
 * short on purpose: each change starts a new check and stops one still running, whose worker
 * may not have finished loading its script.
 */
export function pageProblems(watched) {
  const cancelledCheck = /^request: GET .*\/infoshare-seal-worker-[0-9a-f]+\.js failed: net::ERR_ABORTED$/;
  return watched.problems().filter((problem) => !cancelledCheck.test(problem));
}
