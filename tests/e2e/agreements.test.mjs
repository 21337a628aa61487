// The agreements' reading pages (issue 8), by keyboard: Home → the agreements, each with its
// review status; the Lincolnshire agreement with its "due for review" notice, contacts and
// links to the breach and retention helpers; the handling guide → post or courier, where the
// two agreements differ and both are shown with their sources; every agreement page and every
// way of moving information audited with axe-core and html-validate; the meeting kit shows
// each marking's meaning while the chair sets the classification.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goInApp, HOME, load, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { heading, pressAndArrive, tabTo } from './lib/drive.mjs';

const app = useApp();

const AGREEMENTS = ['lincolnshire', 'llr', 'thames-valley-encompass', 'lancashire', 'north-east-lincolnshire'];
const METHODS = ['secure-email', 'ordinary-email', 'post-or-courier', 'by-hand', 'removable-media', 'telephone', 'fax', 'storage', 'disposal', 'meeting-papers'];

const mainText = (page) => page.locator('#main-content').innerText();

test('Home → the agreements → Lincolnshire by keyboard: review status, due-for-review notice, contacts, helper links', async (t) => {
  const page = await app.browser.newPage();
  t.after(() => page.close());
  const w = watch(page);
  await load(page, app.url, HOME);
  await tabTo(page, 'a[href="#/agreements"]', { limit: 120 });
  await pressAndArrive(page, 'Enter', 'following "The agreements"');
  assert.equal(await heading(page), 'The agreements: partners, contacts and reviews');
  const links = await page.$$eval('#main-content a[href^="#/agreements/"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual([...links].sort(), AGREEMENTS.map((id) => `#/agreements/${id}`).sort());
  assert.match(await mainText(page), /Due for review since 1 March 2025/);
  assert.match(await mainText(page), /The document gives no review date/);

  await tabTo(page, 'a[href="#/agreements/lincolnshire"]');
  await pressAndArrive(page, 'Enter', 'opening the Lincolnshire agreement');
  const text = await mainText(page);
  assert.match(await page.locator('.govuk-warning-text').innerText(), /This agreement has been due for review since 1 March 2025\./);
  assert.match(text, /Data protection officer/);
  for (const href of ['#/forms/national/breach-record', '#/forms/national/retention-date', '#/forms/lincolnshire/police-disclosure-request', '#/handling']) {
    assert.equal(await page.locator(`#main-content a[href="${href}"]`).count(), 1, `a link to ${href}`);
  }
  await tabTo(page, 'a[href="#/forms/national/breach-record"]', { limit: 120 });
  await pressAndArrive(page, 'Enter', 'going on to the breach helper');
  assert.equal(await heading(page), 'Data breach: who to tell and by when');
  assert.deepEqual(w.problems(), []);
});

test('the handling guide by keyboard: every marking explained, post or courier shows both agreements with sources', async (t) => {
  const page = await app.browser.newPage();
  t.after(() => page.close());
  const w = watch(page);
  await load(page, app.url, '#/handling');
  const meanings = await page.$$eval('#main-content .govuk-summary-list__key', (keys) => keys.map((k) => k.textContent.trim()));
  assert.deepEqual(meanings, ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET']);
  await tabTo(page, 'a[href="#/handling/post-or-courier"]', { limit: 120 });
  await pressAndArrive(page, 'Enter', 'choosing post or courier');
  assert.equal(await heading(page), 'Post or courier: what the agreements require');
  const text = await mainText(page);
  assert.match(text, /Source: Lincolnshire ISA/);
  assert.match(text, /Sources?: LLR safeguarding ISA/);
  assert.match(text, /The agreements set no handling rules at this level/);
  assert.deepEqual(w.problems(), []);
});

test('axe-core and html-validate on every agreement and every way of moving information', async (t) => {
  const page = await app.browser.newPage();
  t.after(() => page.close());
  const w = watch(page);
  await load(page, app.url, '#/agreements');
  await audit(t, page, '#/agreements');
  for (const route of [...AGREEMENTS.map((id) => `#/agreements/${id}`), '#/handling', ...METHODS.map((m) => `#/handling/${m}`)]) {
    await goInApp(page, route);
    assert.notEqual(await heading(page), 'Page not found', route);
    await audit(t, page, route);
  }
  assert.deepEqual(w.problems(), []);
});

test("the meeting kit: the chair sees each marking's meaning while setting the classification", async (t) => {
  const page = await app.browser.newPage();
  t.after(() => page.close());
  const w = watch(page);
  await load(page, app.url, '#/forms/lancashire/meeting-sign-in/section/meeting');
  const hints = await page.$$eval('input[name="classification"]', (radios) =>
    radios.map((radio) => [radio.value, document.getElementById(radio.getAttribute('aria-describedby'))?.textContent.trim() ?? '']),
  );
  assert.deepEqual(hints.map(([value]) => value), ['official', 'official-sensitive', 'secret', 'top-secret']);
  assert.ok(hints.every(([, hint]) => hint.length > 20), `every level's meaning: ${JSON.stringify(hints)}`);
  assert.match(hints[1][1], /^A limited subset of OFFICIAL information/);
  await audit(t, page, 'the meeting kit with the markings explained');
  assert.deepEqual(w.problems(), []);
});
