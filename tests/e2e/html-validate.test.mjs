// html-validate finds no problems in the rendered DOM of any route, nor of a checklist in use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { GOLDEN_RULES, HOME, goInApp, label, load, useApp } from './lib/app.mjs';
import { answerAll, openAllNotes, openNote } from './lib/checklist.mjs';
import config from './lib/html-validate.config.mjs';

const app = useApp();
const validator = new HtmlValidate(config);

/** Fails with one entry per rule: its message, how often, where, and the first place in context. */
async function assertValid(page, where) {
  const html = await page.content();
  const report = await validator.validateString(html, `${where}.html`);
  const lines = html.split('\n');
  const byRule = new Map();
  for (const m of report.results.flatMap((result) => result.messages)) {
    if (!byRule.has(m.ruleId)) byRule.set(m.ruleId, []);
    byRule.get(m.ruleId).push(m);
  }
  const problems = [...byRule].map(([rule, messages]) => {
    const [first] = messages;
    const context = lines[first.line - 1]?.slice(Math.max(0, first.column - 80), first.column + 80);
    const at = [...new Set(messages.map((m) => m.selector ?? `line ${m.line}`))].join(', ');
    return `  ${rule} (${messages.length}x): ${first.message}\n    at: ${at}\n    first: ...${context}...`;
  });
  assert.ok(report.valid, `html-validate on ${where}:\n${problems.join('\n')}`);
}

test('html-validate: every route', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  // One load, then in-app navigation: each page's DOM is the same either way (render.test.mjs
  // loads every route directly), and this is much faster than booting the app per route.
  await load(page, app.url, HOME);
  for (const route of app.routes) {
    await t.test(label(route), async () => {
      await goInApp(page, route);
      await assertValid(page, route);
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
  await assertValid(page, `${GOLDEN_RULES} in use`);
});
