// Offline use (issue 7): after a first visit the service worker has kept the app's files, so
// with the network off the page reloads and a wizard runs to its outcome; after a first visit
// to Home only, every area's chunk is kept too (issue 16), so a wizard, a form and its seal
// work offline in areas never opened online; a new version installs on the next visit and
// says it will be used from the next load.
import assert from 'node:assert/strict';
import { cpSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, goInApp, load, settle, useApp, watch } from './lib/app.mjs';
import { pdfText, scratch } from './lib/cli.mjs';
import { heading, pressAndArrive, tabToButton, walk } from './lib/drive.mjs';
import { POLICE, continueToDocument, fillForm, formRoute } from './lib/forms.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';
import { SHOULD_I_SHARE } from './lib/wizards.mjs';
import { startServer } from '../../tools/serve.mjs';

const app = useApp();

/** Waits until the service worker has installed this version and controls the page. */
async function offlineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForSelector('#main-heading');
  }
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker controls the page');
}

test('with the network off after a first visit, the app reloads and a wizard reaches its outcome', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  await load(page, app.url, SHOULD_I_SHARE.route);
  await offlineReady(page);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#main-heading');
  await settle(page);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');
  await walk(page, SHOULD_I_SHARE.answers);
  assert.equal(await heading(page), SHOULD_I_SHARE.heading);
  assert.deepEqual(w.problems(), []);
});

test('after a visit to Home only, offline: a wizard, a form and its seal, in areas never opened online', async (t) => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  const chunks = [];
  page.on('request', (request) => { if (/\.wasm$/.test(request.url())) chunks.push(request.url()); });
  await load(page, app.url, '#/');
  await offlineReady(page);
  assert.deepEqual(chunks.filter((url) => /\/(split_|chunk_)/.test(url)), [], 'Home alone opened no area');

  await context.setOffline(true);
  await goInApp(page, SHOULD_I_SHARE.route);
  await walk(page, SHOULD_I_SHARE.answers);
  assert.equal(await heading(page), SHOULD_I_SHARE.heading);

  await goInApp(page, formRoute(POLICE.pack, POLICE.id));
  await fillForm(page, POLICE);
  await continueToDocument(page, POLICE);
  await tabToButton(page, 'Seal the form to send it', { limit: 200 });
  await pressAndArrive(page, 'Enter', '"Seal the form to send it"');
  const passphrase = await shownPassphrase(page);
  const { file } = await sealAs(page, 'Password-protected PDF');
  assert.match(pdfText(file, passphrase), /OFFICIAL-SENSITIVE/);
  assert.deepEqual(w.problems(), []);
});

test('a new version installs on the next visit and says it takes effect from the next load', async (t) => {
  const copy = join(scratch(), 'dist');
  cpSync(DIST, copy, { recursive: true });
  const { server, url } = await startServer(copy, 0);
  t.after(() => new Promise((done) => server.close(done)));
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, url, '#/');
  await offlineReady(page);
  assert.equal(await page.locator('#update-title').count(), 0, 'no notice for the first install');

  appendFileSync(join(copy, 'sw.js'), '\n// a new version\n');
  await page.reload();
  await page.locator('#update-title').waitFor({ timeout: 15_000 });
  assert.match(await page.locator('#update-title').locator('xpath=../..').textContent(), /used the next time you open InfoShare/);

  await page.reload();
  await page.waitForSelector('#main-heading');
  await settle(page);
  assert.equal(await page.locator('#update-title').count(), 0, 'the new version is in use: no notice');
});
