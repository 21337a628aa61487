// Every route renders its one <h1> with no console errors, no page errors and no failed
// requests, both when loaded directly (a bookmark) and when reached inside the app.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOME, NOT_FOUND_CHECKLIST, NOT_FOUND_ROUTES, goInApp, holdsCaseData, label, load, pageState, titleProblem, useApp, watch } from './lib/app.mjs';

const app = useApp();

function checkPage(route, state) {
  assert.equal(state.h1Count, 1, `${route}: expected exactly one <h1>, found ${state.h1Count}`);
  assert.equal(state.h1Id, 'main-heading', `${route}: the <h1> must have id="main-heading"`);
  assert.equal(state.h1TabIndex, '-1', `${route}: the <h1> must have tabindex="-1"`);
  assert.ok(state.heading, `${route}: the <h1> is empty`);
  if (NOT_FOUND_ROUTES.has(route)) assert.equal(state.heading, 'Page not found', `${route}: should be Not found`);
  else assert.notEqual(state.heading, 'Page not found', `${route}: shows Page not found`);
  assert.equal(titleProblem(route, state.heading, state.title), null, `${route}: document title`);
  const markings = holdsCaseData(route) ? 2 : 0;
  assert.equal(state.markings, markings, `${route}: expected ${markings} OFFICIAL-SENSITIVE markings (.app-marking)`);
}

test('Home links to the checklists (found: every tool linked from Home is tested)', () => {
  assert.ok(app.checklistRoutes.length >= 1, 'no checklist links found on Home');
  assert.ok(app.checklistRoutes.every((route) => app.routes.includes(route)));
});

test('every route renders when loaded directly, with no errors', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const watcher = watch(page);
  for (const route of [...app.routes, NOT_FOUND_CHECKLIST]) {
    await t.test(label(route), async () => {
      watcher.clear();
      await load(page, app.url, route);
      checkPage(route, await pageState(page));
      assert.deepEqual(watcher.problems(), [], `${route}: errors while loading`);
    });
  }
});

test('every route renders when reached inside the app, with no errors', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const watcher = watch(page);
  await load(page, app.url, HOME);
  for (const route of [...app.routes.slice(1), NOT_FOUND_CHECKLIST, HOME]) {
    await t.test(label(route), async () => {
      await goInApp(page, route);
      checkPage(route, await pageState(page));
      assert.deepEqual(watcher.problems(), [], `errors so far, now on ${route}`);
    });
  }
});
