// The single-file build (issue 7), opened from file:// as from a file share, a USB stick or an
// email attachment: a wizard runs to its outcome and a police request is completed and sealed
// as a password-protected PDF that qpdf and pdftotext open, with no console errors and no
// request for anything outside the file.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { DIST, load, useApp, watch } from './lib/app.mjs';
import { pdfText } from './lib/cli.mjs';
import { heading, pressAndArrive, tabToButton, walk } from './lib/drive.mjs';
import { POLICE, continueToDocument, fillForm, formRoute } from './lib/forms.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';
import { SHOULD_I_SHARE } from './lib/wizards.mjs';

const app = useApp();
const SINGLE = pathToFileURL(join(DIST, 'infoshare-single-file.html')).href;

async function filePage(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  return { page, requests, w: watch(page) };
}

test('the single file is one self-contained HTML file', () => {
  assert.ok(statSync(join(DIST, 'infoshare-single-file.html')).size > 1_000_000, 'it holds the WebAssembly');
});

test('opened from file://, a wizard reaches its outcome', async (t) => {
  const { page, requests, w } = await filePage(t);
  await load(page, SINGLE, SHOULD_I_SHARE.route);
  await walk(page, SHOULD_I_SHARE.answers);
  assert.equal(await heading(page), SHOULD_I_SHARE.heading);
  assert.deepEqual(w.problems(), []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(SINGLE.split('#')[0]) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
});

test('opened from file://, a police request is sealed as a PDF that opens with its passphrase', async (t) => {
  const { page, requests, w } = await filePage(t);
  await load(page, SINGLE, formRoute(POLICE.pack, POLICE.id));
  await fillForm(page, POLICE);
  await continueToDocument(page, POLICE);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  const passphrase = await shownPassphrase(page);
  const { name, file } = await sealAs(page, 'Password-protected PDF');
  assert.match(name, /^ISR-[0-9A-Z]{4}\.pdf$/);
  assert.match(pdfText(file, passphrase), /OFFICIAL-SENSITIVE/);
  assert.deepEqual(w.problems(), []);
  assert.deepEqual(requests.filter((url) => url.startsWith('http')), [], 'nothing fetched from a network');
});

test('opened from file://, a request naming محمد is sealed with the Arabic font the file carries', async (t) => {
  const { page, requests, w } = await filePage(t);
  const form = { ...POLICE, sections: POLICE.sections.map((section) => ({ ...section, steps: section.steps.map((step) => (step[1] === 'reason' ? ['text', 'reason', 'Seen with محمد at school'] : step)) })) };
  await load(page, SINGLE, formRoute(form.pack, form.id));
  await fillForm(page, form);
  await continueToDocument(page, form);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  const passphrase = await shownPassphrase(page);
  const { file } = await sealAs(page, 'Password-protected PDF');
  assert.ok(pdfText(file, passphrase).replace(/[\u202b\u202c]/g, '').includes('محمد'), 'the Arabic prints and extracts as typed');
  assert.deepEqual(w.problems(), []);
  assert.deepEqual(requests.filter((url) => url.startsWith('http')), [], 'nothing fetched from a network');
});
