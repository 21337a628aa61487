// Nothing typed or chosen is stored by the browser: no Web Storage, IndexedDB, cookies, Cache
// Storage or service worker; and what was typed is not in the URL or the title. It lives in
// memory only: kept when moving between pages, gone after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, goInApp, load, navigate, useApp } from './lib/app.mjs';
import { answerAll, openNote, progress } from './lib/checklist.mjs';
import { EMPTY, browserStorage } from './lib/storage.mjs';

const app = useApp();
const NAME = "O'Neill-Łukasz Nguyễn";

test('typing a name and answering leaves browser storage and cookies empty', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, GOLDEN_RULES);

  const note = await openNote(page, 0);
  await note.click();
  await page.keyboard.type(`Spoke to ${NAME} about the referral.`);
  assert.equal(await note.inputValue(), `Spoke to ${NAME} about the referral.`, 'the note should hold what was typed');
  const answered = await answerAll(page);
  assert.equal((await progress(page)).answered, answered);

  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.deepEqual(await context.cookies(), [], 'context.cookies()');
  const state = await context.storageState();
  assert.deepEqual(state.origins, [], 'storageState origins (localStorage)');
  assert.ok(!(await page.title()).includes(NAME) && !page.url().includes(encodeURIComponent(NAME)), 'the name must not be in the title or URL');
  for (const part of ["O'Neill", 'Łukasz', 'Nguyễn']) {
    assert.ok(!decodeURIComponent(page.url()).includes(part), `URL contains ${part}`);
  }

  // In memory only: the note survives moving to another page and back ...
  await goInApp(page, '#/privacy');
  assert.deepEqual(await browserStorage(page), EMPTY, 'storage after leaving the checklist');
  await navigate(page, () => page.goBack());
  assert.equal(await (await openNote(page, 0)).inputValue(), `Spoke to ${NAME} about the referral.`, 'note kept in memory');
  assert.equal((await progress(page)).answered, answered, 'answers kept in memory');

  // ... and is gone after a reload, with storage still empty.
  await page.reload();
  await page.waitForSelector('#main-heading');
  assert.equal((await progress(page)).answered, 0, 'answers must not survive a reload');
  assert.equal(await (await openNote(page, 0)).inputValue(), '', 'the note must not survive a reload');
  assert.deepEqual(await browserStorage(page), EMPTY, 'storage after reload');
  assert.deepEqual(await context.cookies(), []);
});

test('reloading or closing with unsaved answers asks first; with nothing entered it does not', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  await load(page, app.url, GOLDEN_RULES);
  await page.locator('input[type=radio]').first().click();
  await page.reload();
  await page.waitForSelector('#main-heading');
  assert.deepEqual(dialogs, ['beforeunload'], 'a reload with answers given should ask first');

  await page.locator('summary').first().click();
  await page.reload();
  await page.waitForSelector('#main-heading');
  assert.deepEqual(dialogs, ['beforeunload'], 'with nothing entered, a reload should not ask');
});

test('typing into a request form leaves browser storage and cookies empty, and the title and URL hold no name', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, '#/forms/lincolnshire/police-disclosure-request/section/subjects');
  await page.getByRole('button', { name: 'Add a subject' }).click();
  const forename = page.locator('[id="subjects[0].forename"]');
  await forename.click();
  await page.keyboard.type(NAME);
  assert.equal(await forename.inputValue(), NAME);
  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.deepEqual(await context.cookies(), []);
  for (const part of ["O'Neill", 'Łukasz', 'Nguyễn']) {
    assert.ok(!decodeURIComponent(page.url()).includes(part) && !(await page.title()).includes(part), `${part} in the URL or title`);
  }
});
