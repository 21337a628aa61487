// Sealing and opening (issue 5), by keyboard where a keyboard can reach (files are chosen
// with the file picker's API: no keyboard reaches an OS dialog):
// - a completed police request sealed as a password-protected PDF: the download is named
//   ISR-XXXX.pdf, qpdf decrypts it, pdftotext reads the marking, page numbers and the name
//   with its diacritics; the email is neutral; the passphrase is in no URL, title or storage;
// - the same request sealed as an age file with an attachment: the age CLI decrypts it to a
//   zip holding the JSON, the PDF and the attachment; InfoShare opens it (after a wrong
//   passphrase), shows it, saves the attachment under a neutral name, and the reply form
//   starts with the reference filled in; the reply, sealed as a PDF, says what it answers;
// - files InfoShare cannot open (cut short, changed, not InfoShare's) get clear messages;
// axe-core and html-validate find nothing on the seal, sealed, open (with errors) and opened pages.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goInApp, load, pageState, settle, useApp, watch } from './lib/app.mjs';
import { audit, recordRequests, unexpectedRequests } from './lib/audit.mjs';
import { ageDecrypt, pdfEncryption, pdfText, scratch, zipEntries, zipEntry } from './lib/cli.mjs';
import { chooseRadio, errorSummary, heading, pressAndArrive, tabTo, tabToButton } from './lib/drive.mjs';
import { POLICE, SUBJECT_SURNAME, continueToDocument, fillForm, formRoute, hash } from './lib/forms.mjs';
import { guidance, sealAndSave, sealAs, shownPassphrase } from './lib/seal.mjs';
import { EMPTY, browserStorage } from './lib/storage.mjs';

const app = useApp();
const SEAL = `${formRoute(POLICE.pack, POLICE.id)}/seal`;
const REPLY = formRoute(POLICE.pack, 'police-disclosure-response');

async function freshPage(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  return { context, page: await context.newPage() };
}

/** Fills the police request and goes on to its seal page, by keyboard. */
async function completedRequestOnSealPage(page) {
  await load(page, app.url, formRoute(POLICE.pack, POLICE.id));
  await fillForm(page, POLICE);
  const sent = await continueToDocument(page, POLICE);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  assert.equal(await hash(page), SEAL);
  assert.equal(await heading(page), 'Seal the form to send it');
  return sent.reference;
}

/** On the open page: chooses `file`, types `passphrase` and presses "Open the file" by keyboard. */
async function tryToOpen(page, file, passphrase) {
  await page.setInputFiles('#sealed-file', file);
  await tabTo(page, '#passphrase');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(passphrase);
  await tabToButton(page, 'Open the file');
  await page.keyboard.press('Enter');
}

/** Tries to open `file` expecting errors; returns the error summary once it shows. */
async function openingFails(page, file, passphrase) {
  await tryToOpen(page, file, passphrase);
  await page.locator('#error-summary').waitFor({ timeout: 30_000 });
  return errorSummary(page);
}

async function assertNothingLeaks(page, context, secrets) {
  const state = await pageState(page);
  for (const secret of secrets) {
    assert.ok(!state.title.includes(secret) && !decodeURIComponent(page.url()).includes(secret), `"${secret}" in the title or URL`);
  }
  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.deepEqual(await context.cookies(), []);
}

test('a police request sealed as a password-protected PDF opens with qpdf and pdftotext; the email and file name are neutral', async (t) => {
  const { context, page } = await freshPage(t);
  const requests = recordRequests(context);
  const w = watch(page);
  const reference = await completedRequestOnSealPage(page);
  const passphrase = await shownPassphrase(page);
  assert.equal(passphrase.split(' ').length, 6, `six words: ${passphrase}`);
  await audit(t, page, 'the seal page');

  const { name, file } = await sealAs(page, 'Password-protected PDF');
  assert.equal(name, `${reference}.pdf`, 'the file is named by the reference only');
  const shown = await guidance(page);
  assert.equal(shown.focused, 'sealed-title', 'focus moves to "File sealed"');
  assert.equal(shown.rows.To, 'disclosurehq@lincs.police.uk', 'the email goes to the address the form routed to');
  assert.match(shown.rows.Subject, new RegExp(`^OFFICIAL-SENSITIVE: secure information sharing ${reference}$`));
  for (const text of [shown.rows.Subject, shown.rows.Message, shown.mailto]) {
    assert.ok(!text.includes('Nguyễn') && !text.includes('Maya') && !text.includes(passphrase.split(' ')[0]), `personal data or the passphrase in: ${text}`);
  }
  assert.equal(await shownPassphrase(page), passphrase, 'the passphrase is shown again for phoning through');
  await audit(t, page, 'the sealed page');

  assert.equal(readFileSync(file).subarray(0, 8).toString('latin1'), '%PDF-2.0');
  const encryption = pdfEncryption(file, passphrase);
  assert.match(encryption, /R = 6/);
  assert.match(encryption, /stream encryption method: AESv3/);
  const text = pdfText(file, passphrase);
  for (const expected of ['OFFICIAL-SENSITIVE', 'Page 1 of', reference, SUBJECT_SURNAME, 'Request for police disclosure']) {
    assert.ok(text.includes(expected), `pdftotext finds "${expected}"`);
  }
  assert.ok(!readFileSync(file).includes(Buffer.from('Nguy')), 'the name is not in the file unencrypted');

  await tabToButton(page, 'I have phoned it through: clear it');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.app-passphrase').count(), 0, 'the passphrase is cleared from the page');
  await assertNothingLeaks(page, context, [passphrase, SUBJECT_SURNAME]);
  assert.deepEqual(await unexpectedRequests(requests, app.url), [], 'only same-origin GETs of files in dist/');
  assert.deepEqual(w.problems(), []);
});

test('an age file with an attachment: the age CLI opens it; InfoShare opens it, saves the attachment and starts the reply, sealed as a PDF', async (t) => {
  const { context, page } = await freshPage(t);
  const w = watch(page);
  const reference = await completedRequestOnSealPage(page);
  await tabTo(page, 'input[name="format"]');
  await chooseRadio(page, 'age file');
  const attachment = join(scratch(), 'chronology of events.txt');
  writeFileSync(attachment, `Chronology for ${SUBJECT_SURNAME}\n`.repeat(100));
  await page.setInputFiles('#attachments', attachment);
  await page.getByText('Total:').waitFor();
  const passphrase = await shownPassphrase(page);
  const { name, file } = await sealAndSave(page);
  assert.equal(name, `${reference}.age`);

  // The age CLI: a zip with the envelope JSON, the PDF rendering and the attachment.
  const zip = join(scratch(), 'bundle.zip');
  writeFileSync(zip, ageDecrypt(file, passphrase));
  const entries = zipEntries(zip);
  assert.ok(entries.includes(`${reference}.json`) && entries.includes(`${reference}.pdf`), entries.join(', '));
  const inner = entries.find((entry) => entry.startsWith('attachments/'));
  assert.deepEqual(zipEntry(zip, inner), readFileSync(attachment));
  const envelope = JSON.parse(zipEntry(zip, `${reference}.json`).toString('utf8'));
  assert.equal(envelope.format, 'infoshare-bundle');
  assert.equal(envelope.attachments[0].name, 'chronology of events.txt');

  // InfoShare opens it: first with a wrong passphrase.
  const sealed = join(scratch(), `${reference}.age`);
  copyFileSync(file, sealed);
  await page.goto(`${app.url}#/open`);
  await page.locator('#main-heading').waitFor();
  assert.equal(await heading(page), 'Open a sealed file');
  assert.deepEqual(await openingFails(page, sealed, 'not the right passphrase'), [
    { href: '#passphrase', text: 'The passphrase does not open this file. Check it with the sender by phone and type it again' },
  ]);
  assert.equal((await pageState(page)).focused, 'div#error-summary');
  await audit(t, page, 'the open page with an error');

  await tryToOpen(page, sealed, passphrase);
  await page.waitForFunction(() => location.hash === '#/open/file', null, { timeout: 30_000 }).catch(async (error) => {
    throw new Error(`${error.message}; errors: ${JSON.stringify(await errorSummary(page))}; console: ${JSON.stringify(w.problems())}`);
  });
  await settle(page);
  assert.match((await pageState(page)).focused, /^h1#main-heading/, 'focus moves to the heading');
  assert.equal(await heading(page), "The sealed file's contents");
  const body = await page.locator('#main-content').textContent();
  for (const expected of [reference, SUBJECT_SURNAME, 'chronology of events.txt', 'Opened from an age file']) {
    assert.ok(body.includes(expected), `the opened file shows "${expected}"`);
  }
  await audit(t, page, 'the opened file');

  await tabToButton(page, 'Save chronology of events.txt');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(saved.suggestedFilename(), `${reference}-attachment-1.txt`, 'attachments are saved under a neutral name');
  assert.deepEqual(readFileSync(await saved.path()), readFileSync(attachment));

  // The reply: the reference is filled in, the rest answered, sealed as a PDF.
  await tabToButton(page, 'Record your reply');
  await pressAndArrive(page, 'Enter', '"Record your reply"');
  assert.equal(await hash(page), REPLY);
  const reply = {
    pack: POLICE.pack,
    id: 'police-disclosure-response',
    sections: [
      { id: 'request', steps: [] },
      { id: 'decision', steps: [['radio', 'outcome', 'disclose-in-part'], ['text', 'disclosed', 'One recorded incident in 2023.'], ['text', 'withheld', 'Intelligence about a third party.'], ['text', 'rationale', 'Necessary for the viability assessment; the rest is not.']] },
      { id: 'decision-maker', steps: [['text', 'maker-name', 'Sam Okafor'], ['text', 'maker-role', 'Data Protection Supervisor'], ['date', 'decided-on', ...todayParts()]] },
    ],
  };
  await fillForm(page, reply);
  await continueToDocument(page, reply);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  const replyPassphrase = await shownPassphrase(page);
  const sealedReply = await sealAs(page, 'Password-protected PDF');
  assert.match(sealedReply.name, /^ISR-[0-9A-Z]{4}\.pdf$/);
  assert.match((await guidance(page)).rows.Subject, new RegExp(`reply to ${reference}\\)$`));
  const text = pdfText(sealedReply.file, replyPassphrase);
  for (const expected of [`In reply to`, reference, 'One recorded incident in 2023.', 'Sam Okafor']) {
    assert.ok(text.includes(expected), `the reply PDF has "${expected}"`);
  }
  await assertNothingLeaks(page, context, [passphrase, replyPassphrase]);
  assert.deepEqual(w.problems(), []);
});

function todayParts() {
  const now = new Date();
  return [now.getDate(), now.getMonth() + 1, now.getFullYear()];
}

test('files InfoShare cannot open get messages that say why', async (t) => {
  const { page } = await freshPage(t);
  const dir = scratch();
  const cases = [
    ['notes.txt', Buffer.from('Just some notes, not a sealed file.'), 'This is not a sealed InfoShare file. Choose the .age or .pdf file you were sent'],
    ['ISR-0000.age', Buffer.from('age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 10\n'), 'This file is damaged or was changed after it was sealed. Ask the sender to seal and send it again'],
  ];
  for (const [name, bytes, message] of cases) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    await load(page, app.url, '#/open');
    assert.deepEqual(await openingFails(page, file, 'any passphrase at all'), [{ href: '#sealed-file', text: message }], name);
  }
  // Nothing chosen, nothing typed.
  await load(page, app.url, '#/open');
  await tabToButton(page, 'Open the file');
  await page.keyboard.press('Enter');
  assert.deepEqual(await errorSummary(page), [
    { href: '#sealed-file', text: 'Select the sealed file' },
    { href: '#passphrase', text: 'Enter the passphrase' },
  ]);
});

test('a browser that will not start the sealing worker is told so, and the page still works', async (t) => {
  const { context, page } = await freshPage(t);
  await context.addInitScript(() => { window.Worker = undefined; });
  const file = join(scratch(), 'ISR-0000.age');
  writeFileSync(file, 'age-encryption.org/v1\n');
  await load(page, app.url, '#/open');
  const [problem] = await openingFails(page, file, 'any passphrase at all');
  assert.equal(problem.href, '#sealed-file');
  assert.match(problem.text, /^This browser would not start InfoShare's sealing worker/);
  await goInApp(page, '#/privacy');
  assert.equal(await heading(page), 'Privacy: what you type stays in this browser');
});
