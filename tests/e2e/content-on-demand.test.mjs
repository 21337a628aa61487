// What the page reads only when it needs it (issue 7): Home draws from the catalogue built
// into the page, without the packs file or the passphrase word list; the first page that
// needs the agreements' content reads the packs file, once a visit; the sealing page reads
// the word list; a page reached while the packs file is slow says so, then takes focus to its
// heading. And the "Which scheme or route?" wizard (issue 8), walked by keyboard to a
// route, goes on to the matching form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, goInApp, load, pageState, settle, useApp, watch } from './lib/app.mjs';
import { heading, pressAndArrive, tabTo, walk } from './lib/drive.mjs';

const app = useApp();

const PACKS_FILE = /\/packs-[0-9a-f]{16}\.bin$/;
const TRAINING_FILE = /\/training-[0-9a-f]{16}\.bin$/;
const WORD_LIST = /\/eff_large_wordlist\.txt$/;

/** Every URL the page requests, from now on. */
function requests(page) {
  const seen = [];
  page.on('request', (request) => seen.push(request.url()));
  return seen;
}

test('Home needs neither the packs file nor the word list; the first tool reads the packs once', async (t) => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  const seen = requests(page);
  await load(page, app.url, HOME);
  assert.deepEqual(seen.filter((url) => PACKS_FILE.test(url) || WORD_LIST.test(url)), [], 'Home read nothing on demand');

  await goInApp(page, GOLDEN_RULES);
  await page.waitForSelector('fieldset legend');
  assert.equal(await heading(page), 'The seven golden rules for information sharing');
  await goInApp(page, '#/wizards/national/should-i-share');
  await goInApp(page, HOME);
  assert.equal(seen.filter((url) => PACKS_FILE.test(url)).length, 1, 'the packs file is read once a visit');
  assert.equal(seen.filter((url) => WORD_LIST.test(url)).length, 0);
  assert.equal(seen.filter((url) => TRAINING_FILE.test(url)).length, 0, 'no training read outside training');
  assert.deepEqual(w.problems(), []);
});

test('the training pages read the training file once, after the packs or at the same time', async (t) => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  for (const visits of [[GOLDEN_RULES, '#/training', '#/training/quiz'], ['#/training/quiz', GOLDEN_RULES, '#/training']]) {
    const page = await context.newPage();
    const w = watch(page);
    const seen = requests(page);
    await load(page, app.url, visits[0]);
    for (const next of [...visits.slice(1), ...visits.slice(0, -1).reverse()]) {
      assert.notEqual(await heading(page), 'Page not found');
      await goInApp(page, next);
    }
    assert.notEqual(await heading(page), 'Page not found');
    assert.equal(seen.filter((url) => TRAINING_FILE.test(url)).length, 1, `${visits}: the training file is read once a visit`);
    assert.equal(seen.filter((url) => PACKS_FILE.test(url)).length, 1, `${visits}: the packs file is read once a visit`);
    assert.deepEqual(w.problems(), []);
    await page.close();
  }
});

test('a tool reached while the packs file is slow says so, then moves focus to its heading', async (t) => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(PACKS_FILE, async (route) => { await held; await route.continue(); });
  await load(page, app.url, HOME);
  await page.click(`a[href="${GOLDEN_RULES}"]`);
  await page.getByRole('status').filter({ hasText: 'Opening the agreements' }).waitFor();
  assert.equal(await page.locator('#main-heading').count(), 0, 'no heading until the content is read');
  release();
  await page.waitForSelector('#main-heading');
  await settle(page);
  const state = await pageState(page);
  assert.equal(state.heading, 'The seven golden rules for information sharing');
  assert.equal(state.focused, 'h1#main-heading', 'focus should move to the heading once the content is read');
  assert.deepEqual(w.problems(), []);
});

test('opened straight at a tool, the app reads the packs file first, then shows the tool', async (t) => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  await load(page, app.url, '#/wizards/national/which-route/step/who-asks');
  assert.equal(await heading(page), 'Who wants the information, or who wants to share it?');
  assert.equal(await page.title(), 'Who wants the information, or who wants to share it? – Which scheme or route? – InfoShare');
  assert.deepEqual(w.problems(), []);
});

test('the scheme router leads by keyboard to a route, what happens next, and on to its form', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const w = watch(page);
  await load(page, app.url, '#/wizards/national/which-route');
  await walk(page, ["Children's services, asking the police what they hold about a family"]);
  assert.equal(await heading(page), 'Request for police disclosure');
  const steps = await page.locator('ol.govuk-list--number li').allTextContents();
  assert.ok(steps.some((step) => step.includes('within 10 working days')), steps.join('\n'));
  await tabTo(page, 'a', { text: 'Request for police disclosure' });
  await pressAndArrive(page);
  assert.match(page.url(), /#\/forms\/lincolnshire\/police-disclosure-request$/);
  await settle(page);
  assert.deepEqual(w.problems(), []);
});
