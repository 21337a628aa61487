// A decision wizard and a form written in the pack editor's GOV.UK pages (issue 22), from a
// blank pack, by keyboard, with no TOML: a four-step wizard (a question whose two options lead
// to an information step and an outcome, the information step to another outcome) and a
// two-section request form (required fields, one shown only for an answer) routed in 10
// working days from a date field. The pack checks pass; Preview opens the wizard, walked to
// both outcomes, and the form, completed to its route and deadline. axe-core and html-validate
// on a step, an option, a field with its radios and condition, a route and its deadline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goInApp, load, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { checks, follow, freshPage, pageProblems, press, problems, setFields, viewHeading } from './lib/author.mjs';
import { CITE, REQUEST_ANSWERS, choose, writeForm, writeWizard } from './lib/author-write.mjs';
import { heading, walk } from './lib/drive.mjs';
import { continueToDocument, fillForm } from './lib/forms.mjs';

const app = useApp();

/** Follows the previewed pack's tool `name`, listed once the pack is loaded for the visit. */
async function openPreviewed(page, name) {
  await page.getByRole('region', { name: 'Loaded for this visit' }).getByRole('link', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

test('a lead writes a wizard and a form in pages, previews them, and they work', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await load(page, app.url, '#/author');
  await press(page, 'Start a blank pack');
  await writeWizard(page, (label) => audit(t, page, label));
  assert.equal(await checks(page), 'The pack passes every check', (await problems(page)).join('\n'));
  await writeForm(page, (label) => audit(t, page, label));
  assert.equal(await checks(page), 'The pack passes every check', (await problems(page)).join('\n'));

  await press(page, 'Preview in InfoShare');
  await page.locator('#author-preview').waitFor();
  await openPreviewed(page, 'Should I ask a partner?');
  const firstStep = () => page.waitForFunction(() => document.getElementById('main-heading')?.textContent.trim() === 'Is someone at risk of harm now?', null, { timeout: 30_000 });
  await firstStep();
  await walk(page, ['No']);
  assert.equal(await heading(page), 'Ask the partner', 'No, then the information step, leads to asking');
  await follow(page, 'Start again');
  await firstStep();
  await walk(page, ['Yes']);
  assert.equal(await heading(page), 'Call 999 now');

  await goInApp(page, '#/author');
  await page.locator('#author-preview').waitFor();
  await openPreviewed(page, 'Ask a partner for information');
  await page.waitForFunction(() => document.getElementById('main-heading')?.textContent.trim() === 'Ask a partner for information', null, { timeout: 30_000 });
  const form = REQUEST_ANSWERS;
  await fillForm(page, form);
  const checkPage = await page.locator('#main-content').textContent();
  assert.match(checkPage, /A child protection conference tomorrow\./, 'the field shown for Yes is answered');
  const sent = await continueToDocument(page, form);
  assert.equal(sent.routes[0].title, 'Send this form to the partner’s information team');
  assert.match(sent.routes[0].text.join(' '), /They should reply by Monday 15 December 2025, 10 working days after the request/);
  assert.deepEqual(pageProblems(w), []);
});

test('a lead writes the agreement’s own rules in pages, and the checks pass', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await load(page, app.url, '#/author');
  await press(page, 'Start a blank pack');
  await follow(page, 'Change the agreement');
  await setFields(page, [['Name', 'My Area ISA'], ['Purpose', 'Sharing to keep people safe.'], ['Partners', 'Council\nPolice'], CITE]);
  await follow(page, 'Change the breach rules');
  assert.equal(await viewHeading(page), 'Breach rules');
  await setFields(page, [['Hours to tell the ICO', '72'], ['Who to tell at once', 'Tell your data protection officer.'], CITE]);
  await audit(t, page, 'an agreement’s breach rules');
  await follow(page, 'Back to agreement');
  await press(page, 'Add a retention rule');
  await setFields(page, [['Id', 'requests'], ['What it covers', 'Requests and responses'], ['Who keeps it', 'The information team']]);
  await choose(page, 'How it counts', 'Until something happens');
  await setFields(page, [['Until', 'the case closes'], ['Then', 'Review, then destroy securely.'], CITE]);
  await audit(t, page, 'a retention rule');
  await follow(page, 'Back to agreement');
  await follow(page, 'Back to your pack');
  await press(page, 'Add a handling rule');
  await choose(page, 'Method', 'Post or courier');
  await setFields(page, [['At these markings', 'official\nofficial-sensitive'], ['What to do', 'A sealed envelope, with no marking on it.'], CITE]);
  await audit(t, page, 'a handling rule');
  await follow(page, 'Back to your pack');
  await press(page, 'Add a protective marking');
  await choose(page, 'Marking', 'OFFICIAL-SENSITIVE');
  await setFields(page, [['What it means', 'Personal data about a child or adult at risk.'], CITE]);
  assert.equal(await checks(page), 'The pack passes every check', (await problems(page)).join('\n'));
  assert.deepEqual(pageProblems(w), []);
});
