// Focus and history: each in-app navigation moves focus to the new <h1> and sets a title
// that is unique to the page; Back and Forward do the same for the page they return to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, goInApp, label, load, navigate, pageState, titleProblem, useApp } from './lib/app.mjs';

const app = useApp();

/** Asserts the page is `route`, with focus on its heading and the title that goes with it. */
async function assertArrived(page, route, heading) {
  const state = await pageState(page);
  // A tool may redirect (with replaceState) to one of its own pages, e.g. a wizard's first step.
  if (state.hash !== route) assert.ok(state.hash.startsWith(`${route}/`), `URL fragment is ${state.hash}, expected ${route}`);
  if (heading) assert.equal(state.heading, heading, `${route}: heading`);
  assert.equal(state.focused, 'h1#main-heading', `${route}: focus should be on the page heading`);
  assert.equal(titleProblem(route, state.heading, state.title), null, `${route}: title`);
  return state;
}

test('Home → checklist → Sources by links, then Back, Back, Forward', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, HOME);
  const home = await pageState(page);
  assert.equal(home.title, 'InfoShare');
  assert.notEqual(home.focused, 'h1#main-heading', 'on first load focus stays where the browser puts it');

  const linkText = (await page.locator(`#main-content a[href="${GOLDEN_RULES}"]`).textContent()).trim();
  await navigate(page, () => page.click(`#main-content a[href="${GOLDEN_RULES}"]`));
  const checklist = await assertArrived(page, GOLDEN_RULES, linkText);

  await navigate(page, () => page.click('footer a[href="#/sources"]'));
  const sources = await assertArrived(page, '#/sources');
  assert.equal(new Set([home.title, checklist.title, sources.title]).size, 3, 'titles must differ');

  await navigate(page, () => page.goBack());
  await assertArrived(page, GOLDEN_RULES, checklist.heading);
  await navigate(page, () => page.goBack());
  await assertArrived(page, HOME, home.heading);
  await navigate(page, () => page.goForward());
  await assertArrived(page, GOLDEN_RULES, checklist.heading);
});

test('every route has its own title, matching its heading, and gets focus on arrival', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, HOME);
  const titles = new Map();
  for (const route of [...app.routes.slice(1), HOME]) {
    await t.test(label(route), async () => {
      await goInApp(page, route);
      const state = await assertArrived(page, route);
      titles.set(route, state.title);
    });
  }
  const seen = new Map();
  for (const [route, title] of titles) seen.set(title, [...(seen.get(title) ?? []), route]);
  const duplicates = [...seen].filter(([, routes]) => routes.length > 1);
  assert.deepEqual(duplicates, [], 'document titles must be unique per page');
  assert.equal(titles.size, app.routes.length, 'every route should have been visited');
});
