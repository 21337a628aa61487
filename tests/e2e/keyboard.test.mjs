// Keyboard-only use: Tab reaches every visible link and control in DOM order with the skip
// link first, Enter on a link navigates and focuses the new heading, the skip link moves focus
// to <main>, and a radio group can be answered with the arrow keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, expectedTitle, goInApp, label, load, navigate, pageState, useApp } from './lib/app.mjs';
import { progress } from './lib/checklist.mjs';
import { expectedTabStops, focused, installDescriber, pressTabThrough } from './lib/keyboard.mjs';

const app = useApp();

async function freshPage(t, route) {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, route);
  await installDescriber(page);
  return page;
}

function assertSkipLinkFirst(stops) {
  assert.match(stops[0] ?? '', /a\[href="#main-content"\] "Skip to main content"/, 'the skip link must be the first tab stop');
}

test('Tab from page load reaches every link on Home, in DOM order, skip link first', async (t) => {
  const page = await freshPage(t, HOME);
  const stops = await pressTabThrough(page);
  const expected = await expectedTabStops(page);
  assertSkipLinkFirst(stops);
  assert.ok(expected.some((d) => d.includes('#/checklists/')), 'Home should have checklist links');
  assert.deepEqual(stops, expected);
});

test('Tab from page load on a checklist reaches every visible control, not those in closed notes', async (t) => {
  const page = await freshPage(t, GOLDEN_RULES);
  const stops = await pressTabThrough(page);
  const expected = await expectedTabStops(page);
  assertSkipLinkFirst(stops);
  assert.ok(!stops.some((d) => d.includes('textarea')), 'a textarea inside a closed <details> must not be a tab stop');
  assert.ok(stops.filter((d) => d.includes('summary')).length >= 1, 'each note <summary> should be a tab stop');
  assert.deepEqual(stops, expected);
});

test('a keyboard user can open every note with Enter and Tab into each textarea in order', async (t) => {
  const page = await freshPage(t, GOLDEN_RULES);
  const stops = await pressTabThrough(page, { openDetails: true });
  const closed = await page.$$eval('details', (all) => all.filter((d) => !d.open).length);
  assert.equal(closed, 0, 'Enter on a summary should open its <details>');
  const expected = await expectedTabStops(page);
  const textareas = await page.locator('textarea').count();
  assert.equal(stops.filter((d) => d.includes('textarea')).length, textareas, 'every note textarea should be reached');
  assert.deepEqual(stops, expected);
});

test('Enter on a Home link navigates and moves focus to the new page heading', async (t) => {
  const page = await freshPage(t, HOME);
  let link = '';
  for (let i = 0; i < 50 && !link.includes(GOLDEN_RULES); i += 1) {
    await page.keyboard.press('Tab');
    link = await focused(page);
  }
  assert.ok(link.includes(GOLDEN_RULES), `could not Tab to the ${GOLDEN_RULES} link`);
  const linkText = await page.evaluate(() => document.activeElement.textContent.trim());
  await navigate(page, () => page.keyboard.press('Enter'));
  const state = await pageState(page);
  assert.equal(state.hash, GOLDEN_RULES);
  assert.equal(state.focused, 'h1#main-heading', 'focus should move to the new page heading');
  assert.equal(state.heading, linkText);
  assert.equal(state.title, expectedTitle(GOLDEN_RULES, state.heading));
});

for (const route of [HOME, GOLDEN_RULES]) {
  test(`the skip link moves focus to <main> without changing the URL (${route})`, async (t) => {
    const page = await freshPage(t, route);
    const before = await pageState(page);
    const url = page.url();
    await page.keyboard.press('Tab');
    assert.match(await focused(page), /a\[href="#main-content"\]/);
    await page.keyboard.press('Enter');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const after = await pageState(page);
    assert.equal(after.focused, 'main#main-content', 'focus should be on <main id="main-content">');
    assert.equal(page.url(), url, 'the skip link must not change the URL (the fragment holds the route)');
    assert.equal(after.title, before.title);
    assert.equal(after.heading, before.heading);
    // The next Tab continues from inside main: the first tab stop after the skip target.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.getElementById('main-content').contains(document.activeElement));
    assert.ok(next, `Tab after the skip link should land inside <main>, landed on ${await focused(page)}`);
  });
}

test('a radio group can be answered with the arrow keys, and progress updates', async (t) => {
  const page = await freshPage(t, GOLDEN_RULES);
  const start = await progress(page);
  assert.equal(start.answered, 0);
  const firstRadio = await page.$eval('input[type="radio"]', (r) => ({ id: r.id, name: r.name }));
  let stop = '';
  for (let i = 0; i < 50 && !stop.includes(`#${firstRadio.id}[`); i += 1) {
    await page.keyboard.press('Tab');
    stop = await focused(page);
  }
  assert.ok(stop.includes(`#${firstRadio.id}[`), `could not Tab to the first radio #${firstRadio.id}`);
  assert.equal((await progress(page)).answered, 0, 'focusing a radio must not answer it');

  await page.keyboard.press('ArrowRight');
  const checked = () => page.$eval(`input[name="${firstRadio.name}"]:checked`, (r) => r.value).catch(() => null);
  assert.equal(await checked(), 'no', 'ArrowRight from Yes should choose No');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'no');
  assert.deepEqual(await progress(page), { ...start, answered: 1, text: `1 of ${start.total} answered` });
  assert.equal(await page.locator('.app-status', { hasText: 'Answered No' }).count(), 1, 'the summary should list the item answered No');

  await page.keyboard.press('ArrowLeft');
  assert.equal(await checked(), 'yes', 'ArrowLeft from No should choose Yes');
  assert.equal((await progress(page)).answered, 1, 'changing an answer must not count it twice');
  assert.equal(await page.locator('.app-status', { hasText: 'Answered No' }).count(), 0);

  // Tab leaves the group (past the note's summary) and reaches the next item's radios.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /input#[^[]+\[type=radio\]/);
  await page.keyboard.press('ArrowDown');
  assert.equal((await progress(page)).answered, 2);
});

// A link given role="button" (GOV.UK's link button) is announced as a button, and keyboard
// users expect a button to work with Space as well as Enter. GOV.UK Frontend's Button script
// (data-module="govuk-button") adds Space; without it, the page must.
test('every link with role="button" is activated by Space, as a button is', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, HOME);
  for (const route of app.routes) {
    await goInApp(page, route);
    const hrefs = await page.$$eval('a[role="button"][href]', (links) => links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
    if (hrefs.length === 0) continue;
    await t.test(label(route), async () => {
      for (const [index, href] of hrefs.entries()) {
        await goInApp(page, route);
        await page.locator('a[role="button"][href]').nth(index).focus();
        await page.keyboard.press('Space');
        const moved = await page.waitForFunction((target) => location.hash === target, href, { timeout: 1_000 }).then(() => true, () => false);
        assert.ok(moved, `Space on the link button to ${href} (on ${route}) did nothing`);
      }
    });
  }
});
