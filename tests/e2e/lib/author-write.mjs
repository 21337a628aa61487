// Writing a lead's pack in the editor's pages by keyboard, with no TOML: a four-step decision
// wizard and a two-section request form routed in 10 working days from a date field; shared
// by the editor's tools test and the publishing test, which publishes what it wrote. `check`
// is called on the pages worth an accessibility check, with what each shows.
import assert from 'node:assert/strict';
import { settle } from './app.mjs';
import { checks, follow, press, setFields, type, viewHeading } from './author.mjs';

export const CITE = ['Citations', 'my-area-isa: §1'];

/** What the wizard's diagram says under it, once the checks (which draw it) have run. */
async function sketch(page) {
  await checks(page);
  return { said: await page.locator('.app-sketch').textContent(), boxes: await page.locator('figure svg .app-diagram__box').count() };
}

/** Chooses the radio labelled `label` in the group whose legend is `legend`, with Space. */
export async function choose(page, legend, label) {
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

/** The wizard `when-to-ask`: a question whose Yes ends at calling 999, whose No goes through an information step to asking the partner. */
export async function writeWizard(page, check) {
  await press(page, 'Add a decision wizard');
  assert.equal(await viewHeading(page), 'Decision wizard');
  await setFields(page, [
    ['Id', 'when-to-ask'], ['Title', 'Should I ask a partner?'], ['Purpose', 'Decide whether to ask a partner for information.'],
    ['First step', 'at-risk'], ['Immediate risk outcome', 'call-now'], CITE,
  ]);
  await press(page, 'Add a step');
  await setFields(page, [['Id', 'at-risk'], ['Text', 'Is someone at risk of harm now?']]);
  assert.ok(await page.getByRole('group', { name: 'Kind of step' }).getByLabel('A question').isChecked(), 'a new step is a question');
  await check('a question step');
  await addItem(page, 'Add an option', async () => {
    await setFields(page, [['Label', 'Yes'], ['Next step', 'call-now']]);
    await check('a question’s option');
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
  await check('a wizard with its diagram');
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

/** The form `request`: about you (name, date of the request), what you need (urgent, why if so), routed to the partner in 10 working days. */
export async function writeForm(page, check) {
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
    await check('a form field with its radios and condition');
  });
  await follow(page, 'Back to form');
  await press(page, 'Add a route');
  await setFields(page, [
    ['Id', 'partner'], ['Title', 'Send this form to the partner’s information team'], ['Recipient', 'Information team, My Area Council'],
    ['Steps', 'Send the form by secure email.'], CITE,
  ]);
  await check('a route');
  await follow(page, 'Change the deadline');
  assert.equal(await viewHeading(page), 'Deadline');
  assert.ok(await page.getByRole('group', { name: 'Counted in' }).getByLabel('Working days').isChecked(), 'working days first');
  await setFields(page, [['How many', '10'], ['From', 'request-date'], ['Text', 'They should reply by {due}, {count} working days after the request']]);
  await check('a route’s deadline');
  await follow(page, 'Back to route');
  await follow(page, 'Back to form');
  await follow(page, 'Back to your pack');
}

/** The answers a practitioner gives the form `request`, section by section (lib/forms.mjs). */
export const REQUEST_ANSWERS = {
  pack: 'my-area',
  id: 'request',
  sections: [
    { id: 'you', steps: [['text', 'requester-name', 'Priya Shah'], ['date', 'request-date', 1, 12, 2025]] },
    { id: 'need', steps: [['radio', 'urgent', 'yes'], ['text', 'why-urgent', 'A child protection conference tomorrow.']] },
  ],
};
