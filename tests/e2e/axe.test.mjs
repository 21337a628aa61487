// axe-core finds no WCAG 2.2 AA violations on any route, nor on a checklist that has been
// answered, has its notes open and shows the inline error for an over-long note.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOLDEN_RULES, HOME, goInApp, label, load, useApp } from './lib/app.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { answerAll, openAllNotes, openNote } from './lib/checklist.mjs';

const app = useApp();

function assertNoViolations(violations, where) {
  assert.ok(violations.length === 0, `axe found ${violations.length} violation(s) on ${where}:\n${formatViolations(violations)}`);
}

test('axe: no violations on any route', async (t) => {
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
      assertNoViolations(await axeViolations(page), route);
    });
  }
});

test('axe: no violations on a checklist with answers, open notes and a note error', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, GOLDEN_RULES);
  await answerAll(page);
  await openAllNotes(page);
  const note = await openNote(page, 0);
  await note.fill('A'.repeat(2_001));
  await page.locator('.govuk-error-message').first().waitFor();
  assert.ok(
    await note.evaluate((el) => el.closest('.govuk-form-group').classList.contains('govuk-form-group--error')),
    'the over-long note should put its form group in the error state',
  );
  assertNoViolations(await axeViolations(page), `${GOLDEN_RULES} (answered, notes open, note error shown)`);
});

// GOV.UK Frontend's textarea with an error message (govuk-frontend textarea/template.njk):
// the form group gets govuk-form-group--error, the message is a p.govuk-error-message with a
// visually hidden "Error:" prefix whose id is in the textarea's aria-describedby, and the
// textarea gets govuk-textarea--error (its red border).
test('the over-long note error uses GOV.UK Frontend error markup, and clears', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, GOLDEN_RULES);
  const note = await openNote(page, 0);
  const markup = () =>
    note.evaluate((textarea) => {
      const group = textarea.closest('.govuk-form-group');
      const message = group.querySelector('.govuk-error-message');
      return {
        groupError: group.classList.contains('govuk-form-group--error'),
        messageTag: message?.tagName.toLowerCase() ?? null,
        prefix: message?.querySelector('.govuk-visually-hidden')?.textContent.trim() ?? null,
        describedByError: Boolean(message?.id) && (textarea.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(message.id),
        textareaError: textarea.classList.contains('govuk-textarea--error'),
      };
    });
  await note.fill('A'.repeat(2_000));
  assert.deepEqual(await markup(), { groupError: false, messageTag: null, prefix: null, describedByError: false, textareaError: false }, '2,000 characters is allowed');
  await note.fill('A'.repeat(2_001));
  await page.locator('.govuk-error-message').first().waitFor();
  assert.deepEqual(await markup(), { groupError: true, messageTag: 'p', prefix: 'Error:', describedByError: true, textareaError: true }, '2,001 characters shows the error');
  assert.equal(await note.inputValue(), 'A'.repeat(2_001), 'what was typed is kept');
  await note.press('Backspace');
  assert.deepEqual(await markup(), { groupError: false, messageTag: null, prefix: null, describedByError: false, textareaError: false }, 'the error clears at 2,000');
});
