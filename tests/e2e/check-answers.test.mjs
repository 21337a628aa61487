// Check your answers as GOV.UK's pattern has it, and what the forms say beside the answers
// (issue 17), in the release build:
// - every form: each Change link on check your answers opens its section with focus on that
//   answer (inside repeating groups too), "Back to check your answers", and Save and continue
//   returns to check your answers; a changed answer inside a group shows there changed;
// - warnings where the answer is: a personal email address, a gap in an address history and
//   a history short of five years are shown beside the field or group they concern (and named
//   in its aria-describedby), listed on check your answers with links to those answers, and
//   never stop the form being sent;
// - someone known by one name: "This person has only one name" hides the surname; check your
//   answers, the saved record and the sealed PDF say "None: this person has only one name";
// axe-core and html-validate find nothing on a section with warnings, check your answers with
// warnings, and a subject with only one name.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { goInApp, load, navigate, settle, useApp, watch } from './lib/app.mjs';
import { describeFocus, tabToButton } from './lib/drive.mjs';
import {
  OTHER_FORMS,
  POLICE,
  auditForm,
  byId,
  continueToDocument,
  fillForm,
  formRoute,
  hash,
  readCheck,
  saveWithErrors,
  step,
} from './lib/forms.mjs';
import { pdfLines } from './lib/pdf.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';

const app = useApp();

async function freshPage(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  return context.newPage();
}

/** Every Change link on check your answers: its href and the answer path it focuses. */
const changeLinks = (page) =>
  page.$$eval('.govuk-summary-list__actions a', (links) => links.map((a) => a.getAttribute('href')));

/** Follows a link (focused, then Enter) to a section opened to change an answer. */
async function followChange(page, href, what) {
  await page.locator(`a[href="${href}"]`).first().focus();
  await navigate(page, () => page.keyboard.press('Enter'), what);
  await settle(page);
}

/** Save and continue (focused, then Enter), expecting to arrive back on check your answers. */
async function saveBackToCheck(page, base, what) {
  await page.locator('button', { hasText: 'Save and continue' }).focus();
  await navigate(page, () => page.keyboard.press('Enter'), `Save and continue after changing ${what}`);
  assert.equal(await hash(page), `${base}/check`, `Save and continue after changing ${what} returns to check your answers`);
}

for (const form of [POLICE, ...OTHER_FORMS]) {
  test(`${form.pack}/${form.id}: every Change link opens the answer and Save and continue comes back`, async (t) => {
    const page = await freshPage(t);
    const w = watch(page);
    const base = formRoute(form.pack, form.id);
    await load(page, app.url, base);
    await fillForm(page, form);
    const links = await changeLinks(page);
    const rows = (await readCheck(page)).rows.length;
    assert.equal(links.length, rows, 'a Change link for every answer');
    for (const href of links) {
      const [, section, focus] = href.match(/\/section\/([^/]+)\/change\/(.+)$/) ?? [];
      assert.ok(section && focus, `${href} opens a section to change one answer`);
      await followChange(page, href, `following ${href}`);
      assert.equal(await hash(page), href);
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.ok(focused === focus || focused.startsWith(`${focus}-`) || focused.startsWith(`${focus}.`), `${href} focuses ${focus}, not ${await describeFocus(page)}`);
      assert.equal(await page.locator('a.govuk-back-link').textContent(), 'Back to check your answers');
      await saveBackToCheck(page, base, focus);
    }
    assert.deepEqual(w.problems(), []);
  });
}

test('a changed answer inside a group shows changed on check your answers', async (t) => {
  const page = await freshPage(t);
  const base = formRoute(POLICE.pack, POLICE.id);
  await load(page, app.url, base);
  await fillForm(page, POLICE);
  await followChange(page, `${base}/section/subjects/change/subjects[0].other-names[0].name`, 'the alias');
  assert.equal(await describeFocus(page), 'input#subjects[0].other-names[0].name');
  await step(page, ['text', 'subjects[0].other-names[0].name', 'Danny Smyth']);
  await saveBackToCheck(page, base, 'the alias');
  const values = (await readCheck(page)).rows.map(([key, value]) => `${key} = ${value}`);
  assert.ok(values.includes('Subject 1, previous name or alias 1: Previous name or alias = Danny Smyth'), values.join('\n'));
});

/** The police request with a personal email address, and a subject whose one earlier address
 * (all of the year three years ago) ends 5 months before they moved in (1 June two years ago)
 * and starts less than 5 years before today, which the history is counted back from. */
const today = new Date();
const year = today.getFullYear();
const fiveYearsAgo = new Date(year - 5, today.getMonth(), today.getDate());
const gapDays = Math.round((Date.UTC(year - 2, 5, 1) - Date.UTC(year - 2, 0, 1)) / 86_400_000);
const longDate = (date) => `${date.getDate()} ${date.toLocaleString('en-GB', { month: 'long' })} ${date.getFullYear()}`;

const WARNED = {
  ...POLICE,
  sections: POLICE.sections.map((section) => ({
    ...section,
    steps: section.steps.map((s) => {
      if (s[1] === 'social-worker-email') return ['text', s[1], 'priya.shah@gmail.com'];
      if (s[1] === 'subjects[0].moved-in') return ['date', s[1], 1, 6, year - 2];
      if (s[1] === 'subjects[0].other-addresses[0].from') return ['date', s[1], 1, 1, year - 3];
      if (s[1] === 'subjects[0].other-addresses[0].to') return ['date', s[1], 31, 12, year - 3];
      return s;
    }),
  })),
};

const WARNINGS = {
  'social-worker-email': 'gmail.com is a personal email service. Do not send sensitive information to it: use a secure work email address',
  'subjects[0].moved-in': `There is a gap of ${gapDays} days between other address 1 and the current address: add the missing address or check the dates`,
  'subjects[0].other-addresses': `The addresses do not go back 5 years, to ${longDate(fiveYearsAgo)}: add any earlier addresses or check the dates`,
};

/** The warning shown beside the control with this id, and whether the control names it. */
const warningBeside = (page, id) =>
  page.evaluate((field) => {
    const warning = document.getElementById(`${field}-warning`);
    const control = document.getElementById(field);
    const described = [control, control?.closest('fieldset')].some((el) => el?.getAttribute('aria-describedby')?.split(' ').includes(`${field}-warning`));
    // The warning's words, after the icon and the visually hidden "Warning".
    const words = warning?.querySelector('.govuk-warning-text__text')?.lastChild?.textContent.trim();
    return { text: words ?? null, described };
  }, id);

test('warnings show beside their answers and on check your answers, and never stop sending', async (t) => {
  const page = await freshPage(t);
  const w = watch(page);
  const base = formRoute(POLICE.pack, POLICE.id);
  await load(page, app.url, base);
  await fillForm(page, WARNED);

  const listed = await page.$$eval('.app-check-warnings li a', (links) => links.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
  assert.deepEqual(listed, [
    [`${base}/section/requester/change/social-worker-email`, WARNINGS['social-worker-email']],
    [`${base}/section/subjects/change/subjects[0].moved-in.day`, `Subject 1: ${WARNINGS['subjects[0].moved-in']}`],
    [`${base}/section/subjects/change/subjects[0].other-addresses`, `Subject 1: ${WARNINGS['subjects[0].other-addresses']}`],
  ]);
  assert.deepEqual((await readCheck(page)).problems, [], 'warnings are not things to finish');
  await auditForm(t, page, 'check your answers with warnings');

  await followChange(page, listed[1][0], 'the gap warning');
  assert.equal(await describeFocus(page), 'input#subjects[0].moved-in.day');
  for (const [id, text] of Object.entries(WARNINGS).slice(1)) {
    const beside = await warningBeside(page, id);
    assert.equal(beside.text, text, `the warning beside ${id}`);
    assert.ok(beside.described || id.endsWith('other-addresses'), `${id}'s aria-describedby names its warning`);
  }
  await auditForm(t, page, 'a section with warnings beside a date and a group');
  await saveBackToCheck(page, base, 'nothing');

  await followChange(page, listed[0][0], 'the email warning');
  assert.deepEqual(await warningBeside(page, 'social-worker-email'), { text: WARNINGS['social-worker-email'], described: true });
  await step(page, ['text', 'social-worker-email', 'priya.shah@lincolnshire.gov.uk']);
  await saveBackToCheck(page, base, 'the email');
  assert.equal(await page.locator('.app-check-warnings li').count(), 2, 'a fixed warning goes');

  const sent = await continueToDocument(page, WARNED);
  assert.equal(sent.routes[0].title, 'Send this form to the Partner Agency Disclosure Officer team');
  assert.ok(await page.locator('a[role="button"]', { hasText: 'Seal the form to send it' }).count(), 'the form can still be sealed and sent');
  assert.deepEqual(w.problems(), []);
});

/** The police request for someone known by one name: forename only, the choice made. */
const ONE_NAME = {
  ...POLICE,
  sections: POLICE.sections.map((section) => ({
    ...section,
    steps: section.steps.flatMap((s) => {
      if (s[1] === 'subjects[0].forename') return [['text', s[1], 'Madonna']];
      if (s[1] === 'subjects[0].surname') return [['check', 'subjects[0].surname-one-name', 'yes']];
      return [s];
    }),
  })),
};

test('someone known by one name: the surname is not asked, and the form, record and PDF say so', async (t) => {
  const page = await freshPage(t);
  const w = watch(page);
  const base = formRoute(POLICE.pack, POLICE.id);
  await load(page, app.url, base);
  await fillForm(page, ONE_NAME, async (section) => {
    if (section.id !== 'subjects') return;
    assert.equal(await page.locator(byId('subjects[0].surname')).count(), 0, 'the surname is not asked');
    const hint = await page.locator(byId('subjects[0].surname-one-name-hint')).textContent();
    assert.equal(hint.trim(), 'Enter it as their forename');
    await auditForm(t, page, 'a subject with only one name');
  });
  const rows = Object.fromEntries((await readCheck(page)).rows);
  assert.equal(rows['Subject 1: Forename'], 'Madonna');
  assert.equal(rows['Subject 1: Surname'], 'None: this person has only one name');
  await followChange(page, `${base}/section/subjects/change/subjects[0].surname-one-name`, 'the one-name choice');
  assert.equal(await describeFocus(page), 'input#subjects[0].surname-one-name');
  assert.equal(await page.evaluate(() => document.activeElement.checked), true);
  await saveBackToCheck(page, base, 'nothing');

  await continueToDocument(page, ONE_NAME);
  await tabToButton(page, 'Save as a file (JSON)', { limit: 200 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }), page.keyboard.press('Enter')]);
  const record = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(
    [record.answers.subjects[0].forename, record.answers.subjects[0].surname, record.answers.subjects[0]['surname-one-name']],
    ['Madonna', undefined, 'yes'],
  );

  await tabToButton(page, 'Seal the form to send it', { backwards: true, limit: 200 });
  await navigate(page, () => page.keyboard.press('Enter'), 'the seal page');
  await page.locator('.app-passphrase li').first().waitFor();
  const passphrase = await shownPassphrase(page);
  const { file } = await sealAs(page, 'Password-protected PDF');
  const lines = pdfLines(file, passphrase);
  assert.ok(lines.some((line) => line.includes('Madonna')), 'the PDF has the one name');
  assert.ok(lines.some((line) => line.includes('None: this person has only one name')), `the PDF says the surname is none:\n${lines.join('\n')}`);
  assert.deepEqual(w.problems(), []);
});

/** Every id on the page that more than one element has. */
const duplicateIds = (page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });

/** The legend of the group instance the focused control is in, and the control's label. */
const focusedAnswer = (page) =>
  page.evaluate(() => {
    const control = document.activeElement;
    const label = document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent.trim();
    return { instance: control.closest('.app-group-item')?.querySelector('legend')?.textContent.trim(), label, value: control.value };
  });

test('after an earlier subject is removed, error links and Change links still reach the right answer', async (t) => {
  const page = await freshPage(t);
  const w = watch(page);
  const base = formRoute(POLICE.pack, POLICE.id);
  await load(page, app.url, `${base}/section/subjects`);
  for (const [name, surname] of [['First', ''], ['Second', ''], ['Third', 'Tester']]) {
    await page.locator('[id="subjects"] > button').click();
    await page.locator('.app-group-item').last().locator('input').first().fill(name);
    if (surname) await page.locator('.app-group-item').last().locator('input').nth(1).fill(surname);
  }
  await page.locator('.app-group-item').first().getByRole('button', { name: 'Remove subject 1' }).click();
  assert.deepEqual(await page.$$eval('[id="subjects"] > fieldset > legend', (ls) => ls.map((l) => l.textContent.trim())), ['Subject 1', 'Subject 2']);
  assert.deepEqual(await duplicateIds(page), []);

  // Subject 1 is now "Second", with no surname: its error links to its own surname box.
  await saveWithErrors(page);
  const surnameError = page.locator('#error-summary a', { hasText: /Subject 1.*surname/i });
  assert.equal(await surnameError.count(), 1, await page.locator('#error-summary').textContent());
  await surnameError.focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await focusedAnswer(page), { instance: 'Subject 1', label: 'Surname', value: '' });
  const hrefs = await page.$$eval('#error-summary a', (links) => links.map((a) => a.getAttribute('href').slice(1)));
  for (const id of hrefs) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `the error link #${id} has its answer on the page`);

  // The same answer reached from check your answers' Change link after the page is drawn again.
  await page.locator('input:focus').fill('Tester');
  await goInApp(page, `${base}/check`);
  await followChange(page, `${base}/section/subjects/change/subjects[0].surname`, 'the first subject surname');
  assert.deepEqual(await focusedAnswer(page), { instance: 'Subject 1', label: 'Surname', value: 'Tester' });
  await auditForm(t, page, 'subjects after the first was removed');
  assert.deepEqual(w.problems(), []);
});
