// What the recipient reads is what was typed (issue 17), in the release build:
// - a police request naming محمد, Nguyễn Thị Minh Khai, Ελένη and 李小龍 seals to a PDF whose
//   text pdftotext reads as typed (the Arabic in the order typed), with no warning on the seal
//   page; the worker fetched only the fonts the names need;
// - a character no font has is named, with its field, in a warning before sealing;
// - the sealed PDF opens in InfoShare saying the record and the printed pages matched their
//   checks; changed with qpdf (its pages' colour) and encrypted again, it opens with "the
//   printed pages of this file were changed after sealing; the record inside is intact";
// - a passphrase typed with a space at the start gets a hint;
// - an attachment that would take the total over 50 MB is refused as it is chosen, by name
//   and size;
// axe-core and html-validate find nothing on the seal page's warning or the changed-pages page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load, useApp, watch } from './lib/app.mjs';
import { audit, recordRequests } from './lib/audit.mjs';
import { scratch } from './lib/cli.mjs';
import { chooseRadio, errorSummary, pressAndArrive, tabTo, tabToButton } from './lib/drive.mjs';
import { POLICE, continueToDocument, fillForm, formRoute } from './lib/forms.mjs';
import { pdfLines } from './lib/pdf.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';

const app = useApp();
const NAMES = { 'requester-name': 'Nguyễn Thị Minh Khai', 'children[0].name': 'Ελένη', 'subjects[0].forename': 'محمد', 'subjects[0].surname': '李小龍' };

/** The police request with the names above, and `reason` as the reason. */
function request(reason) {
  const sections = POLICE.sections.map((section) => ({
    ...section,
    steps: section.steps.map(([kind, id, ...rest]) => {
      if (kind !== 'text') return [kind, id, ...rest];
      if (id === 'reason') return [kind, id, reason];
      return [kind, id, NAMES[id] ?? rest[0]];
    }),
  }));
  return { ...POLICE, sections };
}

/** A new page; service workers blocked, so every file fetched is fetched by the page or its workers. */
async function freshPage(t) {
  const context = await app.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  t.after(() => context.close());
  return { context, page: await context.newPage() };
}

/** Fills the request and goes on to its seal page, waiting for the worker's check of what will print. */
async function onSealPage(page, reason) {
  const form = request(reason);
  await load(page, app.url, formRoute(form.pack, form.id));
  await fillForm(page, form);
  await continueToDocument(page, form);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  await page.locator('.app-passphrase li').first().waitFor();
}

async function openFile(page, file, passphrase) {
  await load(page, app.url, '#/open');
  await page.setInputFiles('#sealed-file', file);
  await tabTo(page, '#passphrase');
  await page.keyboard.type(passphrase);
  await tabToButton(page, 'Open the file');
  await page.keyboard.press('Enter');
}

test('names in Arabic, Vietnamese, Greek and Chinese print and extract as typed; a changed PDF is caught', async (t) => {
  const { context, page } = await freshPage(t);
  const requests = recordRequests(context);
  const w = watch(page);
  const fetched = context.waitForEvent('requestfinished', { predicate: (r) => r.url().endsWith('/noto-sans-cjk.ttf'), timeout: 300_000 });
  await onSealPage(page, 'Planned placement with a family friend: viability assessment.');
  // The worker's check fetches the fonts the names need, then answers: nothing is unprintable.
  await fetched;
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('#unprintable').count(), 0, 'no warning: every character has a font');
  const passphrase = await shownPassphrase(page);
  const { file } = await sealAs(page, 'Password-protected PDF');
  const lines = pdfLines(file, passphrase);
  for (const name of Object.values(NAMES)) assert.ok(lines.some((line) => line.includes(name)), `pdftotext reads "${name}" as typed`);
  const fonts = requests.map((request) => request.url.split('/').pop()).filter((name) => name.endsWith('.ttf'));
  assert.deepEqual([...new Set(fonts)].sort(), ['noto-sans-arabic.ttf', 'noto-sans-cjk.ttf'], 'only the fonts the names need');

  await openFile(page, file, passphrase);
  await page.waitForFunction(() => location.hash === '#/open/file', null, { timeout: 30_000 });
  assert.match(await page.locator('.govuk-inset-text').textContent(), /the printed pages matched the checks sealed with them/);

  // Changed with qpdf: the text colour of the pages, then encrypted again with the passphrase.
  const dir = scratch();
  const editable = join(dir, 'editable.pdf');
  execFileSync('qpdf', [`--password=${passphrase}`, '--qdf', '--object-streams=disable', '--decrypt', file, editable]);
  const bytes = readFileSync(editable);
  const at = bytes.indexOf('0.043 0.047 0.047 rg');
  assert.ok(at > 0, 'the text colour is in the pages');
  bytes.write('0.900 0.047 0.047 rg', at, 'latin1');
  writeFileSync(editable, bytes);
  const changed = join(dir, 'changed.pdf');
  execFileSync('qpdf', ['--encrypt', passphrase, 'another-owner', '256', '--', editable, changed]);
  await openFile(page, changed, passphrase);
  await page.waitForFunction(() => location.hash === '#/open/file', null, { timeout: 30_000 });
  assert.match(await page.locator('#pages-changed').textContent(), /The printed pages of this file were changed after sealing; the record inside is intact/);
  assert.ok((await page.locator('#main-content').textContent()).includes('李小龍'), 'the record as sealed is shown');
  await audit(t, page, 'the opened file whose pages changed');

  // A space typed before the passphrase gets a hint.
  await openFile(page, file, ` ${passphrase.replace(/ .*/, '')} wrong`);
  await page.locator('#error-summary').waitFor({ timeout: 30_000 });
  const [problem] = await errorSummary(page);
  assert.match(problem.text, /^The passphrase does not open this file\. It starts or ends with a space/);
  assert.deepEqual(w.problems(), []);
});

test('a character no font has is named, with its field, before sealing', async (t) => {
  const { page } = await freshPage(t);
  await onSealPage(page, 'Drawn as 𓀀 in the notes');
  await page.locator('#unprintable').waitFor({ timeout: 30_000 });
  const warning = await page.locator('#unprintable').textContent();
  assert.match(warning, /Some characters cannot be printed/);
  assert.match(warning, /They are in: Why do you need the information\? \(𓀀\)/);
  await audit(t, page, 'the seal page warning of unprintable characters');
});

test('an attachment that would take the total over 50 MB is refused when it is chosen', async (t) => {
  const { page } = await freshPage(t);
  await onSealPage(page, 'Planned placement with a family friend: viability assessment.');
  await tabTo(page, 'input[name="format"]');
  await chooseRadio(page, 'age file');
  const big = join(scratch(), 'interview recording.mp4');
  writeFileSync(big, Buffer.alloc(51 * 1024 * 1024));
  await page.setInputFiles('#attachments', big);
  await page.locator('#attachments-error').waitFor();
  assert.match(await page.locator('#attachments-error').textContent(), /interview recording\.mp4 is 51\.0 MB: the attachments must add up to 50 MB or less/);
  assert.equal(await page.getByText('Total:').count(), 0, 'the file was not added');
});
