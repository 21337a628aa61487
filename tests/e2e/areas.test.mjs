// The page in areas (issue 16): Home needs only the main module; each area's chunk comes the
// first time one of its pages opens; a chunk that cannot be fetched gets a clear message and
// "Try again", and nothing entered is lost; and every kind of address works however it is
// reached: a fresh load, a link in the app, a changed address with Home open, and Back and
// Forward across a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, goInApp, load, navigate, pageState, settle, useApp, watch } from './lib/app.mjs';
import { heading } from './lib/drive.mjs';

const app = useApp();

const CHUNK = /\/app-[0-9a-f]{16}\/(split_[a-z_]+|chunk_\d+)\.wasm$/;
const area = (name) => new RegExp(`/app-[0-9a-f]{16}/split_${name}\\.wasm$`);

/** One route of every kind, with the heading it shows. */
const ROUTES = [
  ['#/checklists/national/golden-rules-2024', 'The seven golden rules for information sharing'],
  ['#/wizards/national/should-i-share/diagram', 'Flowchart'],
  ['#/forms/lincolnshire/police-disclosure-request/section/reason', 'Reason for the request'],
  ['#/agreements/lincolnshire', null],
  ['#/handling', null],
  ['#/training', null],
  ['#/sources', 'Sources and law as at'],
  ['#/packs', 'Load your own agreement pack'],
  ['#/open', 'Open a sealed file'],
  ['#/privacy', 'Privacy: what you type stays in this browser'],
];

async function freshPage(t) {
  // No service worker: it would answer from its cache, out of sight of page.route.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  const seen = [];
  page.on('request', (request) => seen.push(request.url()));
  return { page, seen, w: watch(page) };
}

/** The heading each route shows when loaded fresh, the reference for the other ways in. */
async function expectedHeadings(t) {
  const { page } = await freshPage(t);
  const headings = new Map();
  for (const [route, known] of ROUTES) {
    await load(page, app.url, route);
    const shown = await heading(page);
    if (known) assert.equal(shown, known, `${route} loaded fresh`);
    assert.notEqual(shown, 'Page not found', `${route} loaded fresh`);
    headings.set(route, shown);
  }
  return headings;
}

test('Home fetches only the main module; each area comes on first use, once', async (t) => {
  const { page, seen, w } = await freshPage(t);
  await load(page, app.url, HOME);
  assert.deepEqual(seen.filter((url) => CHUNK.test(url)), [], 'Home fetched a chunk');
  await goInApp(page, GOLDEN_RULES);
  assert.ok(seen.some((url) => area('records').test(url)), 'the checklists chunk came with the checklist');
  assert.ok(!seen.some((url) => area('forms').test(url) || area('training').test(url)), 'no other area came');
  await goInApp(page, '#/forms/lincolnshire/police-disclosure-request');
  await goInApp(page, HOME);
  await goInApp(page, '#/forms/lincolnshire/police-disclosure-request');
  assert.equal(seen.filter((url) => area('forms').test(url)).length, 1, 'the forms chunk is fetched once');
  assert.deepEqual(w.problems(), []);
});

test('a chunk that cannot be fetched: a clear message, Try again, and nothing entered is lost', async (t) => {
  const { page, w } = await freshPage(t);
  await load(page, app.url, GOLDEN_RULES);
  await page.locator('fieldset input[type="radio"]').first().check();
  let failing = true;
  await page.route(area('forms'), (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.evaluate(() => { location.hash = '#/forms/lincolnshire/police-disclosure-request'; });
  await page.getByRole('button', { name: 'Try again' }).waitFor();
  assert.equal(await heading(page), 'Sorry, this part of InfoShare could not be opened');
  assert.match(await page.locator('main').textContent(), /Nothing you have entered has been lost/);

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.querySelector('#main-heading')?.textContent.includes('Request for police disclosure'));
  await settle(page);
  assert.equal((await pageState(page)).focused, 'h1#main-heading', 'focus moves to the page that arrived');
  await navigate(page, () => page.goBack(), 'going back');
  assert.equal(await page.locator('fieldset input[type="radio"]:checked').count(), 1, 'the answer given before is still there');
  // The failed fetch is the test's doing: the only console messages allowed are about it, or
  // the chunk loader's report of it (in Firefox, just "Error" from __wasm_split.js).
  assert.deepEqual(w.problems().filter((problem) => !/split_forms|Failed to fetch|failed to load split module|__wasm_split\.js:/i.test(problem)), []);
});

test('every kind of address works loaded fresh, from a link, changed with Home open, and by Back and Forward across a reload', async (t) => {
  const headings = await expectedHeadings(t);
  for (const [route] of ROUTES) {
    await t.test(route.slice(1), async (t) => {
      const { page, w } = await freshPage(t);
      const expected = headings.get(route);

      await load(page, app.url, HOME);
      await navigate(page, () => page.evaluate((href) => {
        const link = Object.assign(document.createElement('a'), { href, textContent: 'link' });
        document.body.append(link);
        link.click();
      }, route), `following a link to ${route}`);
      assert.equal(await heading(page), expected, 'from a link in the page');
      assert.equal((await pageState(page)).focused, 'h1#main-heading');

      await load(page, app.url, HOME);
      await goInApp(page, route);
      assert.equal(await heading(page), expected, 'with the address changed while Home is open');

      await page.reload();
      await page.waitForSelector('#main-heading');
      assert.equal(await heading(page), expected, 'reloaded');
      await navigate(page, () => page.goBack(), 'Back after a reload');
      assert.equal(await heading(page), 'Share information safely and lawfully');
      await navigate(page, () => page.goForward(), 'Forward after a reload');
      assert.equal(await heading(page), expected, 'Forward after a reload');
      assert.deepEqual(w.problems(), []);
    });
  }
});
