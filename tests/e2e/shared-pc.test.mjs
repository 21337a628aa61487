// Shared-computer protection (issue 7), by keyboard, with the browser's clock under the
// test's control: "Clear everything now" on every page clears at once; after 10 minutes
// without use a warning counts down 2 minutes, "Keep working" keeps everything, and letting
// it run out clears everything and says why; with nothing entered no warning comes. Nothing
// typed reaches any browser storage, the offline cache included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, load, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { answerAll, openNote, progress } from './lib/checklist.mjs';
import { heading, tabToButton } from './lib/drive.mjs';
import { EMPTY, browserStorage, cachesContain } from './lib/storage.mjs';

const app = useApp();
const NOTE = "Spoke to O'Neill-Łukasz Nguyễn about the referral.";
const WARNING = 'dialog.app-dialog';

async function pageWithClock(t) {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  return page;
}

async function answerSome(page) {
  await load(page, app.url, GOLDEN_RULES);
  const note = await openNote(page, 0);
  await note.click();
  await page.keyboard.type(NOTE);
  await answerAll(page);
}

const warningOpen = (page) => page.locator(WARNING).evaluate((dialog) => dialog.open);
const banner = (page) => page.locator('#cleared-notice').textContent();

test('"Clear everything now" is on every page and clears at once, by keyboard', async (t) => {
  const page = await pageWithClock(t);
  const w = watch(page);
  await answerSome(page);
  assert.ok((await progress(page)).answered > 0);
  await tabToButton(page, 'Clear everything now', { backwards: true, limit: 200 });
  await page.keyboard.press('Enter');
  await page.locator('#cleared-notice').waitFor();
  await settle(page);
  assert.equal(await heading(page), 'Share information safely and lawfully');
  assert.match(await banner(page), /Everything you entered has been cleared/);
  await audit(t, page, 'home after clearing');
  await load(page, app.url, GOLDEN_RULES);
  assert.equal((await progress(page)).answered, 0);
  assert.equal(await (await openNote(page, 0)).inputValue(), '');
  assert.deepEqual(w.problems(), []);
});

test('after 10 idle minutes a warning counts down; Keep working keeps everything; 2 more minutes clear it', async (t) => {
  const page = await pageWithClock(t);
  const w = watch(page);
  await answerSome(page);
  const answered = (await progress(page)).answered;

  await page.clock.runFor('09:50');
  assert.equal(await warningOpen(page), false, 'no warning before 10 minutes');
  await page.clock.runFor('00:15');
  assert.equal(await warningOpen(page), true, 'the warning after 10 minutes');
  assert.match(await page.locator(WARNING).textContent(), /not been used for 10 minutes.*cleared in 2 minutes/s);
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Keep working', 'focus on Keep working');
  await audit(t, page, 'idle warning');
  await page.clock.runFor('00:31');
  assert.match(await page.locator(WARNING).textContent(), /cleared in 1 minute 30 seconds/);

  await page.keyboard.press('Enter');
  assert.equal(await warningOpen(page), false, 'Keep working closes the warning');
  assert.equal((await progress(page)).answered, answered, 'nothing lost');
  assert.equal(await (await openNote(page, 0)).inputValue(), NOTE);

  await page.clock.runFor('10:05');
  assert.equal(await warningOpen(page), true, 'the warning again after another 10 minutes');
  await page.clock.runFor('02:01');
  await page.locator('#cleared-notice').waitFor();
  assert.equal(await warningOpen(page), false);
  assert.match(await banner(page), /not used for 10 minutes/);
  await load(page, app.url, GOLDEN_RULES);
  assert.equal((await progress(page)).answered, 0, 'everything cleared');
  assert.deepEqual(w.problems(), []);
});

test('with nothing entered, no warning comes', async (t) => {
  const page = await pageWithClock(t);
  await load(page, app.url, GOLDEN_RULES);
  await page.clock.runFor('30:00');
  assert.equal(await warningOpen(page), false);
});

test('nothing typed reaches any browser storage or the offline cache', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await answerSome(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.ok((await page.evaluate(() => caches.keys())).some((name) => name.startsWith('infoshare-')), 'the offline copy is cached');
  for (const typed of [NOTE, 'Łukasz Nguyễn']) assert.equal(await cachesContain(page, typed), null, typed);
});
