// Team keys (issue 21), the whole round trip by keyboard where a keyboard can reach (files
// are chosen with the file picker's API):
// - three teams set up a team key each: TEAMKEY-XXXX.age is saved (the age CLI decrypts it
//   with its passphrase to age-keygen's layout), the public key and six fingerprint words
//   are shown, and nothing is stored by the browser;
// - two of the public keys are published in a local pack (docs/packs.md's teams example)
//   loaded for the visit;
// - the police request's seal page offers "Seal for <PADO>: no passphrase needed" first, with
//   the fingerprint the team saw; the sender adds their own team; the file is named by the
//   reference only, the email is neutral and asks for no passphrase, and the page says who
//   can open it;
// - the age CLI opens the file with PADO's key file (age -d -i), and not with another's;
// - InfoShare refuses a third team's key, and a wrong key file passphrase, with clear
//   messages; opens it with PADO's key, then holds the key for the visit;
// - the reply is sealed for the requester's team with no passphrase and opens with that
//   team's key (not PADO's);
// - with the key held, a file the age CLI sealed for it (age -r) opens, and a changed file is
//   refused as damaged;
// - "Clear everything now" drops the key held, and so does the idle wipe, even when the key
//   is all there is to protect;
// axe-core and html-validate find nothing on the team key page (before and after), the seal
// page with the team's option, the sent page, and the open page with a key asked for and held.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, goInApp, load, pageState, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { ageDecrypt, ageDecryptWithKey, ageEncryptFor, ageKeygen, scratch, zipEntries } from './lib/cli.mjs';
import { chooseRadio, errorSummary, heading, pressAndArrive, tabTo, tabToButton } from './lib/drive.mjs';
import { POLICE, SUBJECT_SURNAME, continueToDocument, fillForm, formRoute, hash } from './lib/forms.mjs';
import { guidance, sealAndSave, shownPassphrase } from './lib/seal.mjs';
import { EMPTY, browserStorage } from './lib/storage.mjs';

const app = useApp();
const PADO = 'PADO team, Lincolnshire Police';
const CHILDRENS = "Children's Services safeguarding team, Lincolnshire County Council";

/** Sets up a team key on its page by keyboard; returns the key file, its passphrase, the public key and the fingerprint. */
async function setUpKey(page, t, auditIt = false) {
  await goInApp(page, '#/');
  await goInApp(page, '#/open/team-key');
  assert.equal(await heading(page), 'Set up a team key');
  await page.locator('.app-passphrase li').first().waitFor();
  const passphrase = await shownPassphrase(page);
  assert.equal(passphrase.split(' ').length, 6, passphrase);
  if (auditIt) await audit(t, page, 'the team key page');
  await tabToButton(page, 'Make the team key', { limit: 100 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^TEAMKEY-[0-9A-Z]{4}\.age$/, 'a neutral name');
  const file = join(scratch(), download.suggestedFilename());
  await download.saveAs(file);
  await page.locator('#key-made').waitFor();
  const publicKey = (await page.locator('#public-key').textContent()).trim();
  assert.match(publicKey, /^age1[02-9ac-hj-np-z]{58}$/);
  const fingerprint = await page.$$eval('#fingerprint li', (words) => words.map((w) => w.textContent.trim()).join(' '));
  assert.equal(fingerprint.split(' ').length, 6, fingerprint);
  assert.ok((await page.locator('pre').textContent()).includes(`key = "${publicKey}"`), 'a ready [[team]] entry');
  if (auditIt) await audit(t, page, 'the team key page, key made');
  assert.ok(!readFileSync(file, 'latin1').includes('AGE-SECRET-KEY'), 'the key is not in the file in clear');
  const inside = ageDecrypt(file, passphrase).toString('utf8');
  assert.ok(inside.includes(`# public key: ${publicKey}`) && /\nAGE-SECRET-KEY-1[0-9A-Z]{58}\n/.test(inside), 'age-keygen layout');
  return { file, passphrase, publicKey, fingerprint };
}

/** docs/packs.md's teams example, with these keys, as a file. */
function teamsPack(pado, childrens) {
  const docs = readFileSync(join(REPO, 'docs/packs.md'), 'utf8');
  const text = docs.split('<!-- team keys pack -->')[1].split('```toml\n')[1].split('\n```')[0];
  const keys = [...text.matchAll(/key = "(age1[^"]+)"/g)].map((match) => match[1]);
  assert.equal(keys.length, 2);
  const file = join(scratch(), 'lincolnshire-keys.toml');
  writeFileSync(file, text.replace(keys[0], pado.publicKey).replace(keys[1], childrens.publicKey));
  return file;
}

async function loadPack(page, file) {
  await goInApp(page, '#/packs');
  await page.setInputFiles('#pack-file', file);
  await tabToButton(page, 'Check and load the pack');
  await page.keyboard.press('Enter');
  await page.locator('#loaded-packs').waitFor({ timeout: 30_000 });
}

/** On the open page: the file, "With my team's key", then either the key file and its passphrase or the key held. */
async function openWithKey(page, file, key) {
  await goInApp(page, '#/');
  await goInApp(page, '#/open');
  await page.setInputFiles('#sealed-file', file);
  await tabTo(page, 'input[name="method"]');
  await chooseRadio(page, "With my team's key");
  await settle(page);
  if (key) {
    await page.setInputFiles('#team-key-file', key.file);
    await tabTo(page, '#team-key-passphrase');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(key.passphrase);
  }
  await tabToButton(page, 'Open the file');
  await page.keyboard.press('Enter');
}

async function opened(page) {
  await page.waitForFunction(() => location.hash === '#/open/file' || document.getElementById('error-summary'), null, { timeout: 60_000 });
  assert.equal(await hash(page), '#/open/file', `errors: ${JSON.stringify(await errorSummary(page))}`);
  await settle(page);
  return page.locator('#main-content').textContent();
}

async function refused(page) {
  await page.locator('#error-summary').waitFor({ timeout: 60_000 });
  return errorSummary(page);
}

async function forgetKey(page) {
  await tabToButton(page, 'Forget the key now');
  await page.keyboard.press('Enter');
  await page.locator('#team-key-file').waitFor();
}

const damaged = { href: '#sealed-file', text: 'This file is damaged or was changed after it was sealed. Ask the sender to seal and send it again' };
const notOurs = { href: '#sealed-file', text: "Your team's key does not open this file: it was sealed for another team. Ask the sender which team they sealed it for" };

test('a team key set up, published in a pack, sealed for, opened with the CLI and InfoShare, and the reply sealed for the sender’s team', async (t) => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  await load(page, app.url, '#/');
  const pado = await setUpKey(page, t, true);
  const childrens = await setUpKey(page, t);
  const school = await setUpKey(page, t);
  assert.equal(new Set([pado.publicKey, childrens.publicKey, school.publicKey]).size, 3, 'each key is new');
  assert.deepEqual(await browserStorage(page), EMPTY, 'nothing is stored');

  await loadPack(page, teamsPack(pado, childrens));
  await goInApp(page, '#/team-keys');
  const guide = await page.locator('#main-content').textContent();
  assert.ok(guide.includes(PADO) && guide.includes(pado.publicKey), 'the guide lists the published keys');

  // The police request, routed to PADO's address: sealed for PADO and the sender's own team.
  await goInApp(page, formRoute(POLICE.pack, POLICE.id));
  await fillForm(page, POLICE);
  const { reference } = await continueToDocument(page, POLICE);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  const options = await page.$$eval('input[name="format"]', (radios) => radios.map((r) => document.querySelector(`label[for="${r.id}"]`).textContent.trim()));
  assert.deepEqual(options, [`Seal for ${PADO}: no passphrase needed`, 'Password-protected PDF', 'age file'], 'the team first, the passphrase ways still there');
  await tabTo(page, 'input[name="format"]');
  await chooseRadio(page, `Seal for ${PADO}: no passphrase needed`);
  await settle(page);
  assert.ok((await page.locator('#main-content').textContent()).includes(pado.fingerprint), 'the fingerprint the team saw');
  assert.equal(await page.locator('#own-passphrase, .app-passphrase').count(), 0, 'no passphrase asked for');
  await tabTo(page, 'input[name="own-team"]');
  await chooseRadio(page, `Yes: ${CHILDRENS}`);
  await audit(t, page, 'the seal page with a team key');
  const { name, file } = await sealAndSave(page);
  assert.equal(name, `${reference}.age`, 'named by the reference only');
  const sent = await guidance(page);
  assert.equal(sent.rows.To, 'disclosurehq@lincs.police.uk');
  assert.match(sent.rows.Subject, new RegExp(`^OFFICIAL-SENSITIVE: secure information sharing ${reference}$`));
  assert.match(sent.rows.Message, /No passphrase is needed/);
  for (const text of [sent.rows.Subject, sent.rows.Message, sent.mailto]) {
    assert.ok(!/phone|PADO|Children|Nguy/.test(decodeURIComponent(text)), `not neutral: ${text}`);
  }
  const who = await page.locator('#who-can-open').textContent();
  assert.ok(who.includes(PADO) && who.includes(CHILDRENS) && who.includes('no passphrase'), who);
  await audit(t, page, 'the sealed page for a team');

  // The age CLI opens it with PADO's key file, not with the school's.
  const zip = join(scratch(), 'request.zip');
  writeFileSync(zip, ageDecryptWithKey(file, pado.file, pado.passphrase));
  assert.ok(zipEntries(zip).includes(`${reference}.json`));
  assert.throws(() => ageDecryptWithKey(file, school.file, school.passphrase), /no identity matched/);
  const sealed = join(scratch(), name);
  copyFileSync(file, sealed);

  // InfoShare: the school's key is refused, a wrong key passphrase is refused, PADO's opens it.
  await openWithKey(page, sealed, school);
  assert.deepEqual(await refused(page), [notOurs]);
  await audit(t, page, 'the open page with a key held and an error');
  await forgetKey(page);
  await openWithKey(page, sealed, { ...pado, passphrase: 'not the key file passphrase' });
  assert.deepEqual(await refused(page), [{ href: '#team-key-passphrase', text: "The passphrase does not open this key file. Type the key file's own passphrase, which your team keeps, not a sealed file's" }]);
  await audit(t, page, 'the open page asking for a key file, with an error');
  await openWithKey(page, sealed, pado);
  const body = await opened(page);
  for (const expected of [reference, SUBJECT_SURNAME, "Opened with your team's key", PADO, CHILDRENS]) {
    assert.ok(body.includes(expected), `the opened file shows "${expected}"`);
  }
  // The reply: sealed for the requester's team, with no passphrase.
  await tabToButton(page, 'Record your reply');
  await pressAndArrive(page, 'Enter', '"Record your reply"');
  const reply = {
    pack: POLICE.pack,
    id: 'police-disclosure-response',
    sections: [
      { id: 'request', steps: [] },
      { id: 'decision', steps: [['radio', 'outcome', 'decline'], ['text', 'rationale', 'Not necessary for the assessment.']] },
      { id: 'decision-maker', steps: [['text', 'maker-name', 'Sam Okafor'], ['text', 'maker-role', 'Data Protection Supervisor'], ['date', 'decided-on', ...todayParts()]] },
    ],
  };
  await fillForm(page, reply);
  await continueToDocument(page, reply);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  await tabTo(page, 'input[name="format"]');
  await chooseRadio(page, `Seal for ${CHILDRENS}: no passphrase needed`);
  const replied = await sealAndSave(page);
  assert.match(replied.name, /^ISR-[0-9A-Z]{4}\.age$/);
  assert.match((await guidance(page)).rows.Subject, new RegExp(`reply to ${reference}\\)$`));
  assert.match(await page.locator('#who-can-open').textContent(), new RegExp(`^Only ${CHILDRENS} can open this file`));
  const replyFile = join(scratch(), replied.name);
  copyFileSync(replied.file, replyFile);

  // PADO's key, still held, does not open the reply; the requester's key does.
  await goInApp(page, '#/open');
  await page.locator('#key-held', { hasText: 'fingerprint' }).waitFor();
  assert.match(await page.locator('#key-held').textContent(), new RegExp(`^${PADO}'s key is unlocked for this visit\\. Its fingerprint is ${pado.fingerprint}\\.`));
  await audit(t, page, 'the open page with a key held');
  await openWithKey(page, replyFile, null);
  assert.deepEqual(await refused(page), [notOurs]);
  // With PADO's key held: a file the age CLI sealed for PADO's key opens; a changed file does not.
  await openWithKey(page, ageEncryptFor(zip, [pado.publicKey]), null);
  assert.ok((await opened(page)).includes(reference), 'the file age -r sealed opens');
  const tampered = readFileSync(sealed);
  tampered[tampered.length - 100] ^= 0x01;
  const changed = join(scratch(), name);
  writeFileSync(changed, tampered);
  await openWithKey(page, changed, null);
  assert.deepEqual(await refused(page), [damaged]);
  await forgetKey(page);
  await openWithKey(page, replyFile, childrens);
  const replyBody = await opened(page);
  assert.ok(replyBody.includes('In reply to') && replyBody.includes(reference) && replyBody.includes('Sam Okafor'), 'the reply opens');

  // Clear everything now drops the key held.
  await tabToButton(page, 'Clear everything now', { backwards: true, limit: 200 });
  await page.keyboard.press('Enter');
  await page.locator('#cleared-notice').waitFor();
  await goInApp(page, '#/open');
  await tabTo(page, 'input[name="method"]');
  await chooseRadio(page, "With my team's key");
  await page.locator('#team-key-file').waitFor();
  assert.equal(await page.locator('#key-held').count(), 0, 'no key held after clearing');

  const state = await pageState(page);
  for (const secret of [pado.passphrase, childrens.passphrase, school.passphrase]) {
    assert.ok(!state.title.includes(secret) && !decodeURIComponent(page.url()).includes(secret), 'no passphrase in the title or URL');
  }
  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(w.problems(), []);
});

test('the idle wipe drops a team key held, even with nothing else entered', async (t) => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  const w = watch(page);
  await load(page, app.url, '#/');
  const key = await setUpKey(page, t);
  const forAnother = join(scratch(), 'ISR-0000.age');
  copyFileSync(ageEncryptFor(join(REPO, 'packs/sources.toml'), [ageKeygen()]), forAnother);
  await openWithKey(page, forAnother, key);
  assert.deepEqual(await refused(page), [notOurs]);
  await page.locator('#key-held').waitFor();

  await page.clock.runFor('10:05');
  assert.equal(await page.locator('dialog.app-dialog').evaluate((dialog) => dialog.open), true, 'the idle warning, for the key alone');
  await page.clock.runFor('02:01');
  await page.locator('#cleared-notice').waitFor();
  await goInApp(page, '#/open');
  await tabTo(page, 'input[name="method"]');
  await chooseRadio(page, "With my team's key");
  await page.locator('#team-key-file').waitFor();
  assert.equal(await page.locator('#key-held').count(), 0, 'no key held after the idle wipe');
  assert.deepEqual(await browserStorage(page), EMPTY);
  assert.deepEqual(w.problems(), []);
});

function todayParts() {
  const now = new Date();
  return [now.getDate(), now.getMonth() + 1, now.getFullYear()];
}
