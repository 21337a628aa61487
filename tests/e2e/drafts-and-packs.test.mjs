// Drafts and local packs (issue 7), by keyboard where a keyboard can reach (files are chosen
// with the file picker's API):
// - work in a wizard and a checklist is saved as a sealed draft (DRAFT-XXXX.age), cleared,
//   and resumed from the file with its passphrase: every answer and note comes back;
// - the example pack from docs/packs.md loads and its tools appear on Home; a broken copy
//   is refused with each problem's line and field;
// axe-core and html-validate find nothing on the draft, resume and pack pages.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GOLDEN_RULES, REPO, goInApp, load, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { answerAll, openNote, progress } from './lib/checklist.mjs';
import { scratch } from './lib/cli.mjs';
import { heading, tabTo, tabToButton, walk } from './lib/drive.mjs';
import { shownPassphrase } from './lib/seal.mjs';
import { SHOULD_I_SHARE } from './lib/wizards.mjs';

const app = useApp();
const NOTE = "Spoke to O'Neill-Łukasz Nguyễn's mother.\nShe agreed.";

async function freshPage(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  return context.newPage();
}

test('work saved as a sealed draft comes back from the file after clearing', async (t) => {
  const page = await freshPage(t);
  const w = watch(page);
  await load(page, app.url, GOLDEN_RULES);
  const note = await openNote(page, 0);
  await note.fill(NOTE);
  const answered = await answerAll(page);
  await goInApp(page, SHOULD_I_SHARE.route);
  await walk(page, SHOULD_I_SHARE.answers.slice(0, 1));
  const stepBefore = await heading(page);

  await goInApp(page, '#/draft');
  assert.equal(await heading(page), 'Save your work as a draft');
  await audit(t, page, 'draft page');
  const passphrase = await shownPassphrase(page);
  await tabToButton(page, 'Save the draft', { limit: 100 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^DRAFT-[0-9A-Z]{4}\.age$/);
  const file = join(scratch(), download.suggestedFilename());
  await download.saveAs(file);
  await page.locator('#draft-saved').waitFor();
  assert.equal(await shownPassphrase(page), passphrase, 'the passphrase is shown again to keep');

  await tabToButton(page, 'Clear everything now', { backwards: true, limit: 200 });
  await page.keyboard.press('Enter');
  await page.locator('#cleared-notice').waitFor();

  await goInApp(page, '#/open');
  await page.setInputFiles('#sealed-file', file);
  await tabTo(page, '#passphrase');
  await page.keyboard.type(passphrase);
  await tabToButton(page, 'Open the file');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Resume this work' }).waitFor({ timeout: 30_000 });
  await audit(t, page, 'resume page');
  await page.getByRole('button', { name: 'Resume this work' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#resumed-title').waitFor();

  await goInApp(page, GOLDEN_RULES);
  assert.equal((await progress(page)).answered, answered, 'checklist answers back');
  assert.equal(await (await openNote(page, 0)).inputValue(), NOTE, 'the note back, line break and all');
  await goInApp(page, SHOULD_I_SHARE.route);
  assert.equal(await heading(page), stepBefore, 'the wizard resumes at the step it had reached');
  assert.deepEqual(w.problems(), []);
});

/** The example pack from docs/packs.md, as a file. */
function examplePack(change = (text) => text) {
  const docs = readFileSync(join(REPO, 'docs/packs.md'), 'utf8');
  const text = docs.split('<!-- example pack -->')[1].split('```toml\n')[1].split('\n```')[0];
  const file = join(scratch(), 'anyshire.toml');
  writeFileSync(file, change(text));
  return file;
}

async function loadPack(page, file) {
  await page.setInputFiles('#pack-file', file);
  await tabToButton(page, 'Check and load the pack');
  await page.keyboard.press('Enter');
}

test('the example pack loads for the visit and its tools appear on Home', async (t) => {
  const page = await freshPage(t);
  const w = watch(page);
  await load(page, app.url, '#/packs');
  await audit(t, page, 'packs page');
  await loadPack(page, examplePack());
  await page.locator('#loaded-packs').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('#loaded-packs').locator('xpath=../..').textContent(), /Anyshire multi-agency information sharing agreement/);
  await audit(t, page, 'packs page after loading');
  await goInApp(page, '#/');
  assert.ok(await page.getByRole('link', { name: 'Can I share without consent?' }).count(), 'the pack wizard is on Home');
  await goInApp(page, '#/wizards/anyshire/urgent-share');
  await walk(page, ['Yes']);
  assert.equal(await heading(page), 'Share without consent, and record why');
  assert.deepEqual(w.problems(), []);
});

test('a broken pack is refused with each problem’s line and field', async (t) => {
  const page = await freshPage(t);
  await load(page, app.url, '#/packs');
  await loadPack(page, examplePack((text) => text.replace('next = "ask-first"', 'next = "ask-frist"')));
  await page.locator('#pack-problems').waitFor({ timeout: 30_000 });
  await settle(page);
  const problems = await page.locator('#pack-problems li').allTextContents();
  assert.ok(problems.some((p) => /^Line \d+, field next, flowchart urgent-share node risk: leads to 'ask-frist'/.test(p)), problems.join('\n'));
  assert.match(await page.locator('#error-summary').textContent(), /not loaded/);
  await audit(t, page, 'packs page with problems');
  await goInApp(page, '#/');
  assert.equal(await page.getByRole('link', { name: 'Can I share without consent?' }).count(), 0, 'nothing loaded');
});
