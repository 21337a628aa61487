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
import { checks, follow, freshPage, pageProblems, press, problems, setFields, type, viewHeading } from './lib/author.mjs';
import { heading, walk } from './lib/drive.mjs';
import { continueToDocument, fillForm } from './lib/forms.mjs';

const app = useApp();
const CITE = ['Citations', 'my-area-isa: §1'];

/** What the wizard's diagram says under it, once the checks (which draw it) have run. */
async function sketch(page) {
  await checks(page);
  return { said: await page.locator('.app-sketch').textContent(), boxes: await page.locator('figure svg .app-diagram__box').count() };
}

/** Follows the previewed pack's tool `name`, listed once the pack is loaded for the visit. */
async function openPreviewed(page, name) {
  await page.getByRole('region', { name: 'Loaded for this visit' }).getByRole('link', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

/** Chooses the radio labelled `label` in the group whose legend is `legend`, with Space. */
async function choose(page, legend, label) {
  const radio = page.getByRole('group', { name: legend, exact: true }).getByLabel(label, { exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await settle(page);
  assert.ok(await radio.isChecked(), `${legend}: ${label}`);
}

/** Adds an item with the button `add`, fills it in, and goes back with `back`. */
async function addItem(page, add, fill, back) {
  await press(page, add);
  await fill();
  await follow(page, back);
}

async function writeWizard(t, page) {
  await press(page, 'Add a decision wizard');
  assert.equal(await viewHeading(page), 'Decision wizard');
  await setFields(page, [
    ['Id', 'when-to-ask'], ['Title', 'Should I ask a partner?'], ['Purpose', 'Decide whether to ask a partner for information.'],
    ['First step', 'at-risk'], ['Immediate risk outcome', 'call-now'], CITE,
  ]);
  await press(page, 'Add a step');
  await setFields(page, [['Id', 'at-risk'], ['Text', 'Is someone at risk of harm now?']]);
  assert.ok(await page.getByRole('group', { name: 'Kind of step' }).getByLabel('A question').isChecked(), 'a new step is a question');
  await audit(t, page, 'a question step');
  await addItem(page, 'Add an option', async () => {
    await setFields(page, [['Label', 'Yes'], ['Next step', 'call-now']]);
    await audit(t, page, 'a question’s option');
  }, 'Back to step');
  await addItem(page, 'Add an option', () => setFields(page, [['Label', 'No'], ['Next step', 'read-first']]), 'Back to step');
  assert.deepEqual(await sketch(page), { said: 'The pack checks will not pass until these are put right:No outcome can be reached from \'at-risk\'.', boxes: 1 }, 'the diagram is drawn on a step’s page too');
  await follow(page, 'Back to decision wizard');
  await addItem(page, 'Add a step', async () => {
    await setFields(page, [['Id', 'read-first']]);
    await choose(page, 'Kind of step', 'Information, then the next step');
    await setFields(page, [['Text', 'Read the agreement’s section on requests.'], ['Next step', 'ask-partner']]);
  }, 'Back to decision wizard');
  for (const [id, text, todo] of [['call-now', 'Call 999 now', 'Call 999.\nTell your lead.'], ['ask-partner', 'Ask the partner', 'Fill in the request form.']]) {
    await addItem(page, 'Add a step', async () => {
      await setFields(page, [['Id', id]]);
      await choose(page, 'Kind of step', 'An outcome');
      await setFields(page, [['Text', text], ['What to do now', todo], CITE]);
    }, 'Back to decision wizard');
  }
  assert.deepEqual(await page.locator('table.govuk-table td:first-child a').allTextContents(), ['at-risk', 'read-first', 'call-now', 'ask-partner']);
  assert.deepEqual(await sketch(page), { said: 'Every step can be reached and every path ends in an outcome.', boxes: 4 });
  await audit(t, page, 'a wizard with its diagram');
  await follow(page, 'Back to your pack');
}

/** A field of the section on screen: its id, kind, label, whether required, and `more`. */
async function addField(page, [id, kind, label, required], more = async () => {}) {
  await addItem(page, 'Add a field', async () => {
    await setFields(page, [['Id', id]]);
    await choose(page, 'Kind of answer', kind);
    await setFields(page, [['Label', label]]);
    if (required) await choose(page, 'Required', 'Yes');
    await more();
  }, 'Back to section');
}

async function writeForm(t, page) {
  await press(page, 'Add a form');
  await setFields(page, [
    ['Id', 'request'], ['Title', 'Ask a partner for information'], ['Purpose', 'Ask a partner for information under the agreement.'],
    ['Introduction', 'Fill in each section, then check your answers.'], ['Bank holidays', 'england-and-wales'], CITE,
  ]);
  await press(page, 'Add a section');
  await setFields(page, [['Id', 'you'], ['Title', 'About you']]);
  await addField(page, ['requester-name', "A person's name", 'Your name', true]);
  await addField(page, ['request-date', 'A date', 'Date of the request', true], () => choose(page, 'Dates allowed', 'Today or before'));
  await follow(page, 'Back to form');
  await press(page, 'Add a section');
  await setFields(page, [['Id', 'need'], ['Title', 'What you need']]);
  await addField(page, ['urgent', 'Yes or no', 'Is it urgent?', true], () => setFields(page, [['Name in messages', 'whether it is urgent']]));
  await addField(page, ['why-urgent', 'Paragraphs', 'Why it is urgent', false], async () => {
    await type(page, page.locator('#field-show_if-field'), 'urgent');
    await type(page, page.locator('#field-show_if-equals'), 'yes');
    await checks(page);
    await audit(t, page, 'a form field with its radios and condition');
  });
  await follow(page, 'Back to form');
  await press(page, 'Add a route');
  await setFields(page, [
    ['Id', 'partner'], ['Title', 'Send this form to the partner’s information team'], ['Recipient', 'Information team, My Area Council'],
    ['Steps', 'Send the form by secure email.'], CITE,
  ]);
  await audit(t, page, 'a route');
  await follow(page, 'Change the deadline');
  assert.equal(await viewHeading(page), 'Deadline');
  assert.ok(await page.getByRole('group', { name: 'Counted in' }).getByLabel('Working days').isChecked(), 'working days first');
  await setFields(page, [['How many', '10'], ['From', 'request-date'], ['Text', 'They should reply by {due}, {count} working days after the request']]);
  await audit(t, page, 'a route’s deadline');
  await follow(page, 'Back to route');
  await follow(page, 'Back to form');
  await follow(page, 'Back to your pack');
}

test('a lead writes a wizard and a form in pages, previews them, and they work', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await load(page, app.url, '#/author');
  await press(page, 'Start a blank pack');
  await writeWizard(t, page);
  assert.equal(await checks(page), 'The pack passes every check', (await problems(page)).join('\n'));
  await writeForm(t, page);
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
  const form = {
    pack: 'my-area',
    id: 'request',
    sections: [
      { id: 'you', steps: [['text', 'requester-name', 'Priya Shah'], ['date', 'request-date', 1, 12, 2025]] },
      { id: 'need', steps: [['radio', 'urgent', 'yes'], ['text', 'why-urgent', 'A child protection conference tomorrow.']] },
    ],
  };
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
