// html-validate finds no problems in the rendered DOM of any route, nor of a checklist in use.
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, goInApp, label, load, useApp } from './lib/app.mjs';
import { assertHtmlValid } from './lib/audit.mjs';
import { answerAll, openAllNotes, openNote } from './lib/checklist.mjs';

const app = useApp();
test('html-validate: every route', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  // One load, then in-app navigation: each page's DOM is the same either way (render.test.mjs
  // loads every route directly), and this is much faster than booting the app per route.
  await load(page, app.url, HOME);
  // The pack editor is reached from the local-packs page, not Home, so it is added here.
  for (const route of [...app.routes, '#/author']) {
    await t.test(label(route), async () => {
      await goInApp(page, route);
      await assertHtmlValid(page, route);
    });
  }
});

test('html-validate: a checklist with answers, open notes and a note error', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, GOLDEN_RULES);
  await answerAll(page);
  await openAllNotes(page);
  await (await openNote(page, 0)).fill('A'.repeat(2_001));
  await page.locator('.govuk-error-message').first().waitFor();
  await assertHtmlValid(page, `${GOLDEN_RULES} in use`);
});
