// Training mode, by keyboard only (Tab, arrow keys, Space, Enter; never a click or a fill):
// - one scenario per decision wizard practised to the end, the guidance's answers read from
//   the facilitator's notes as a trainer would hand them out, with feedback after every
//   answer, the training banner and title on every page, and the summary at the end;
// - a wrong turn gets the scenario's own feedback;
// - a form exercise filled with the fictional details, checked against the guidance, and
//   sealed as a training file (TRAINING- name, banner and watermark in the PDF);
// - the facilitator's step-through by the keys, with the answer and the path revealed;
// - the myth-busting quiz answered and marked;
// - leaving training clears everything;
// - axe-core and html-validate on every practice and facilitator page in each state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, navigate, settle, useApp } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { pdfText } from './lib/cli.mjs';
import { answerQuestion, chooseRadio, heading, pressAndArrive, tabTo, tabToButton } from './lib/drive.mjs';
import { hash } from './lib/forms.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';
import { BANNER, TRAINING, assertMarkedTraining, feedbackHeading, openTask, practiseWizard, readNotes, startPractice } from './lib/training.mjs';

const app = useApp();

const WIZARDS = ['Should I share information?', 'Consent, competence and capacity', 'Lawful basis finder', 'Public interest test'];

async function freshPage(t, route) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, route);
  return page;
}

/** Every scenario's notes page, read as a trainer would: its steps with the tool, question and answer. */
async function readAllNotes(page) {
  await load(page, app.url, TRAINING);
  const briefs = await page.$$eval('.app-tools a[href^="#/training/"]', (links) => links.map((a) => a.getAttribute('href')));
  const scenarios = [];
  for (const brief of briefs) {
    await load(page, app.url, `${brief}/answers`);
    scenarios.push({ brief, title: await heading(page), steps: await readNotes(page) });
  }
  return scenarios;
}

let notes;
async function scenarios(page) {
  notes ??= await readAllNotes(page);
  return notes;
}

/** Opens the scenario's brief and starts practising it: the task list. */
async function practise(page, scenario) {
  await load(page, app.url, scenario.brief);
  await startPractice(page);
}

/** Plays the wizard on screen with the guidance's answers, then audits its outcome. */
async function playWizard(t, page, scenario, tool) {
  await practiseWizard(page, scenario, tool);
  await audit(t, page, `${tool} outcome in practice`);
}

test('practice: one scenario per decision wizard, played to the end by keyboard', async (t) => {
  const page = await freshPage(t, TRAINING);
  const all = await scenarios(page);
  assert.ok(all.length >= 15, `only ${all.length} scenarios in the library`);
  for (const wizard of WIZARDS) {
    const scenario = all.find((s) => s.steps.some((step) => step.tool === wizard));
    assert.ok(scenario, `no scenario practises ${wizard}`);
    await t.test(`${wizard}: ${scenario.title}`, async (st) => {
      await practise(page, scenario);
      await openTask(page, wizard);
      await playWizard(st, page, scenario, wizard);
      await tabTo(page, 'a', { text: "Back to the scenario's tasks", backwards: true }); // in the practice panel, above the page
      await pressAndArrive(page, 'Enter', 'back to the tasks');
      const status = await page.$$eval('.govuk-task-list__item', (items, tool) => items.find((i) => i.querySelector('a').textContent.trim() === tool)?.querySelector('.govuk-task-list__status').textContent.trim(), wizard);
      assert.equal(status, 'Completed');
      await tabToButton(page, 'See how you did');
      await pressAndArrive(page, 'Enter', 'seeing the summary');
      await assertMarkedTraining(page, 'the summary');
      const decisions = scenario.steps.filter((s) => s.tool === wizard).length;
      const score = await page.locator('.app-score').textContent();
      const [, matched] = score.match(/You matched the guidance at (\d+) of (\d+) steps?\./) ?? [];
      assert.ok(Number(matched) >= decisions, `${score}: expected at least ${decisions} matched`);
      await audit(st, page, `summary of ${scenario.title}`);
    });
  }
});

test('practice: a wrong turn gets the scenario’s feedback, and the summary says so', async (t) => {
  const page = await freshPage(t, TRAINING);
  const all = await scenarios(page);
  const scenario = all.find((s) => WIZARDS.includes(s.steps[0]?.tool) && s.steps[0].wrong.length > 0);
  assert.ok(scenario, 'some scenario should start with a decision that has a written wrong turn');
  const [first] = scenario.steps;
  await practise(page, scenario);
  await openTask(page, first.tool);
  assert.equal(await heading(page), first.question);
  await answerQuestion(page, first.wrong[0]);
  assert.equal(await feedbackHeading(page), `The guidance says “${first.answer}”`);
  await audit(t, page, 'a wizard step showing wrong-turn feedback');
  await navigate(page, () => page.evaluate(() => { location.hash = '#/training/practice/summary'; }));
  const card = await page.$eval('.govuk-summary-card', (c) => c.textContent);
  assert.match(card, /Different from the guidance/);
});

test('practice: a form filled with the fictional details goes where the guidance sends it and seals as a training file', async (t) => {
  const page = await freshPage(t, TRAINING);
  const all = await scenarios(page);
  const scenario = all.find((s) => s.steps.some((step) => step.tool === 'Request for police disclosure'));
  assert.ok(scenario, 'some scenario should practise the request for police disclosure');
  await practise(page, scenario);
  await openTask(page, 'Request for police disclosure');
  await assertMarkedTraining(page, 'the form in practice');
  await tabToButton(page, 'Fill in the fictional details', { backwards: true }); // in the practice panel, above the page
  await pressAndArrive(page, 'Enter', 'filling in the fictional details');
  assert.match(await hash(page), /\/check$/);
  assert.equal(await feedbackHeading(page), 'Your form goes where the guidance sends it');
  await audit(t, page, 'check your answers with form feedback');
  await tabToButton(page, 'Continue', { limit: 400 });
  await pressAndArrive(page, 'Enter', 'continuing to the document');
  await tabTo(page, 'a, button', { text: 'Seal the form to send it', limit: 200 });
  await pressAndArrive(page, 'Enter', 'opening the seal page');
  const passphrase = await shownPassphrase(page);
  const sealed = await sealAs(page, 'Password-protected PDF');
  assert.match(sealed.name, /^TRAINING-[A-Z]+-[A-Z0-9]+\.pdf$/);
  const text = pdfText(sealed.file, passphrase);
  assert.ok(text.includes(BANNER), 'the PDF carries the training banner');
  const subject = await page.evaluate(() => decodeURIComponent(document.querySelector('a[href^="mailto:"]').getAttribute('href')));
  assert.match(subject, /subject=TRAINING: /);
});

test('facilitator: the step-through moves by the keys, reveals the answer and the path, and passes the audits', async (t) => {
  const page = await freshPage(t, TRAINING);
  const all = await scenarios(page);
  const scenario = all.find((s) => WIZARDS.includes(s.steps[0]?.tool));
  await load(page, app.url, `${scenario.brief}/present/0`);
  await assertBannerOnly(page);
  await audit(t, page, 'the case slide');
  await navigate(page, () => page.keyboard.press('ArrowRight'), 'Right arrow');
  assert.match(await hash(page), /\/present\/1$/);
  assert.equal(await page.locator('.app-question').textContent(), scenario.steps[0].question);
  assert.equal(await page.locator('.app-answer').count(), 0, 'the answer is hidden until revealed');
  await page.keyboard.press('r');
  await settle(page);
  assert.equal((await page.locator('.app-answer').textContent()).replace(/^The guidance's answer: /, ''), scenario.steps[0].answer);
  await tabTo(page, 'button', { text: 'Show the path on the flowchart' });
  await page.keyboard.press('Enter');
  await page.locator('.app-diagram svg').waitFor();
  assert.ok((await page.locator('.app-diagram__box--path').count()) >= 1, 'the guidance’s path so far is drawn');
  await audit(t, page, 'a step slide with the answer and the flowchart shown');
  await navigate(page, () => page.keyboard.press('ArrowLeft'), 'Left arrow');
  assert.match(await hash(page), /\/present\/0$/);
  await load(page, app.url, `${scenario.brief}/answers`);
  await audit(t, page, 'the facilitator’s notes');
  await load(page, app.url, scenario.brief);
  await audit(t, page, 'the scenario handout');
  await load(page, app.url, '#/training/quiz/present/0');
  await page.keyboard.press('r');
  await settle(page);
  assert.match(await page.locator('.app-answer').textContent(), /^(Myth|Fact)$/);
  await audit(t, page, 'a quiz slide revealed');
});

/** On a facilitator's page outside training mode: the banner, and no Leave button. */
async function assertBannerOnly(page) {
  const banner = await page.locator('.app-training-banner').textContent();
  assert.ok(banner.includes(BANNER));
  assert.equal(await page.locator('.app-training-banner button').count(), 0);
}

test('quiz: every statement answered by keyboard and marked, with explanations and sources', async (t) => {
  const page = await freshPage(t, '#/training/quiz');
  await audit(t, page, 'the quiz');
  const groups = await page.$$eval('main input[type="radio"]', (radios) => [...new Set(radios.map((r) => r.name))]);
  assert.ok(groups.length >= 10, `only ${groups.length} quiz statements`);
  for (const [index, group] of groups.entries()) {
    await tabTo(page, `input[name="${group}"]`);
    await chooseRadio(page, index % 2 === 0 ? 'Myth' : 'Fact');
  }
  await tabToButton(page, 'Check my answers');
  await page.keyboard.press('Enter');
  await page.locator('#quiz-results').waitFor();
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'quiz-results', 'focus moves to the results');
  const score = await page.locator('.app-score').textContent();
  assert.match(score, new RegExp(`\\d+ of ${groups.length} correct`));
  assert.equal(await page.locator('.app-quiz-result .app-citation').count(), groups.length, 'every answer names its source');
  await audit(t, page, 'the quiz results');
});

test('leaving training clears everything and the banner goes', async (t) => {
  const page = await freshPage(t, TRAINING);
  const all = await scenarios(page);
  const scenario = all.find((s) => s.steps.some((step) => step.tool === 'Request for police disclosure'));
  await practise(page, scenario);
  await audit(t, page, 'the practice task list');
  await openTask(page, 'Request for police disclosure');
  await tabToButton(page, 'Fill in the fictional details', { backwards: true }); // in the practice panel, above the page
  await pressAndArrive(page, 'Enter', 'filling in the fictional details');
  await tabToButton(page, 'Leave training and clear everything', { backwards: true, limit: 400 });
  await pressAndArrive(page, 'Enter', 'leaving training');
  assert.equal(await hash(page), TRAINING);
  await assertBannerOnly(page);
  assert.doesNotMatch(await page.title(), /^TRAINING/);
  await navigate(page, () => page.evaluate(() => { location.hash = '#/forms/lincolnshire/police-disclosure-request/check'; }));
  assert.equal(await page.locator('.app-training-banner').count(), 0, 'no banner outside training');
  const rows = await page.$$eval('.govuk-summary-list__value', (values) => values.map((v) => v.textContent.trim()).filter(Boolean));
  assert.deepEqual(rows.filter((r) => r !== 'Not given' && !/^Not /.test(r)), [], 'the fictional answers are gone');
});
