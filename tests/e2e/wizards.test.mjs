// The decision wizards, used by keyboard only (Tab, Shift+Tab, arrow keys, Space, Enter and
// typing; never a click or a fill): each of the four walked to an outcome and recorded, the
// record checked; the empty-answer error; Back and Change; the immediate-risk exit; and
// axe-core and html-validate on a question showing its error, an information step, an outcome
// and the flowchart diagram.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowClipboard, label, load, navigate, pageState, useApp } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import {
  answerQuestion,
  checkedLabel,
  chooseRadio,
  continueInfo,
  describeFocus,
  errorSummary,
  fillRecord,
  heading,
  pressAndArrive,
  readDocument,
  recordValues,
  tabTo,
  tabToButton,
  walk,
} from './lib/drive.mjs';
import { CONSENT, EXIT_HEADING, LAWFUL_BASIS, NAME, REASONS, ROLE, SHOULD_I_SHARE, WIZARDS, recordFields } from './lib/wizards.mjs';

const app = useApp();

/** A fresh context (its own memory) whose page may paste from the clipboard. */
async function freshPage(t, route) {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  await allowClipboard(context, app.url);
  const page = await context.newPage();
  await load(page, app.url, route);
  return page;
}

const hash = (page) => page.evaluate(() => location.hash);

/** The outcome page's "Your answers" rows and "What your answers established" items. */
function outcomeSummary(page) {
  return page.evaluate(() => {
    const main = document.getElementById('main-content');
    const h2 = (text) => [...main.querySelectorAll('h2')].find((h) => h.textContent.trim() === text);
    const answers = h2('Your answers')?.nextElementSibling;
    const findings = h2('What your answers established')?.nextElementSibling;
    return {
      answers: answers ? [...answers.querySelectorAll('.govuk-summary-list__row')].map((row) => [row.querySelector('dt').textContent.trim(), row.querySelector('dd').textContent.trim()]) : null,
      changeLinks: answers ? [...answers.querySelectorAll('a')].map((a) => a.getAttribute('href')) : null,
      findings: findings ? [...findings.querySelectorAll(':scope > li')].map((li) => li.textContent.trim()) : [],
      urgent: Boolean(main.querySelector('.app-outcome--urgent')),
      exitButton: [...main.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Someone is at immediate risk'),
      recordLink: main.querySelector('a[role="button"]')?.getAttribute('href') ?? null,
    };
  });
}

/** The local date as the date boxes show it ("7/3/2026": no leading zeros) and the time as HH:MM. */
function now() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return { date: `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`, time: `${two(d.getHours())}:${two(d.getMinutes())}` };
}

for (const wizard of WIZARDS) {
  test(`keyboard only: ${wizard.name} to "${wizard.heading}", recorded and checked`, async (t) => {
    const page = await freshPage(t, wizard.route);
    assert.equal(await hash(page), `${wizard.route}/step/${wizard.start}`, 'opening the wizard should show its first step, in place');

    const path = await walk(page, wizard.answers);
    assert.ok(path.length >= 2, 'the walk should take at least two steps');
    assert.equal(await hash(page), `${wizard.route}/step/${wizard.outcome}`, 'the answers should lead to this outcome');
    assert.equal(await heading(page), wizard.heading);
    const outcome = await outcomeSummary(page);
    const questions = path.filter((p) => p.answer !== 'Read');
    assert.deepEqual(outcome.answers, questions.map((p) => [p.question, p.answer]), '"Your answers" should list each question answered');
    assert.deepEqual(outcome.changeLinks, questions.map((p) => `${wizard.route}/step/${p.step}`), 'each answer has a Change link to its step');
    assert.ok(outcome.findings.some((f) => f.includes(wizard.finding)), `findings should include "${wizard.finding}": ${JSON.stringify(outcome.findings)}`);

    await tabToButton(page, 'Record your decision');
    const opened = now();
    await pressAndArrive(page, wizard.recordKey, `${wizard.recordKey} on "Record your decision"`);
    assert.equal(await hash(page), `${wizard.route}/record`);
    assert.equal(await heading(page), 'Record your decision');
    const prefilled = await recordValues(page);
    const read = now();
    const date = `${prefilled['decided-on-day']}/${prefilled['decided-on-month']}/${prefilled['decided-on-year']}`;
    assert.ok([opened.date, read.date].includes(date), `the date of decision should be prefilled with today (${read.date}), not ${date}`);
    assert.ok([opened.time, read.time].includes(prefilled['decided-at']), `the time should be prefilled with now (${read.time}), not ${prefilled['decided-at']}`);

    const fields = recordFields(wizard);
    await fillRecord(page, { decision: wizard.decision, fields });
    const typed = await recordValues(page);
    for (const [id, value] of Object.entries(fields)) {
      assert.equal(typed[id], typeof value === 'object' ? value.paste ?? value.type : value, `#${id} should hold exactly what was typed or pasted`);
    }
    assert.equal(typed.decision, wizard.decision);
    assert.ok(!decodeURIComponent(page.url()).includes('Łukasz') && !(await page.title()).includes('Łukasz'), 'the name must not reach the URL or title');

    await tabToButton(page, 'Continue');
    await pressAndArrive(page, 'Enter', 'Continue on the record form');
    assert.equal(await hash(page), `${wizard.route}/check`, `the record form should be valid and lead to check your answers (errors: ${JSON.stringify(await errorSummary(page))})`);
    assert.equal(await heading(page), 'Check your decision record');
    const check = await readDocument(page);
    assert.equal(check.rows.Decision, wizard.decision);
    assert.equal(check.rows['Decision-maker'], NAME);
    assert.equal(check.rows.Role, ROLE);
    assert.equal(check.rows.Reasons, REASONS);
    for (const p of path) assert.equal(check.rows[p.question], p.answer, `check your answers: "${p.question}"`);

    await tabToButton(page, 'Create the record');
    await pressAndArrive(page, 'Enter', '"Create the record"');
    assert.equal(await hash(page), `${wizard.route}/document`);
    const record = await readDocument(page);
    assert.equal(record.heading, 'Decision record');
    const reference = record.banner?.match(/^Record (ISD-[0-9A-Z]{4}) created$/)?.[1];
    assert.ok(reference, `the success banner should name the reference: ${JSON.stringify(record.banner)}`);
    assert.equal(record.rows.Reference, reference);
    assert.equal(record.rows.Decision, wizard.decision);
    assert.equal(record.rows['Decision-maker'], `${NAME}, ${ROLE}`);
    assert.equal(record.rows.Reasons, REASONS, 'the reasons keep their line breaks');
    if (wizard.shares) assert.equal(record.rows['Shared with'], fields['shared-with']);
    assert.match(record.rows.Tool, new RegExp(`^Decision wizard: ${wizard.name.replace(/[?()]/g, '\\$&')} \\(pack `));
    assert.equal(record.outcome, wizard.heading, 'the record names the outcome');
    assert.deepEqual(record.answers, path.map((p) => [p.question, p.answer]), 'the record lists each step and the answer given');
    assert.ok(record.findings.some((f) => f.includes(wizard.finding)), `the record's findings should include "${wizard.finding}"`);
  });
}

test('Continue with no answer: error summary focused, "Error: " title, its link focuses the radio', async (t) => {
  const page = await freshPage(t, SHOULD_I_SHARE.route);
  const before = await pageState(page);
  await tabToButton(page, 'Continue');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await pageState(page);
  assert.equal(after.focused, 'div#error-summary', 'focus should move to the error summary');
  assert.equal(after.title, `Error: ${before.title}`, 'the title should start "Error: "');
  assert.equal(after.hash, before.hash, 'an error does not change the page');
  assert.deepEqual(await errorSummary(page), [{ href: '#purpose', text: 'Select an answer' }]);
  const inline = await page.evaluate(() => ({
    message: document.getElementById('purpose-error')?.textContent.trim(),
    group: document.getElementById('purpose').closest('.govuk-form-group').classList.contains('govuk-form-group--error'),
    describedBy: document.getElementById('purpose').closest('fieldset').getAttribute('aria-describedby'),
  }));
  assert.deepEqual(inline, { message: 'Error: Select an answer', group: true, describedBy: 'purpose-hint purpose-error' });

  await audit(t, page, 'a question with its error shown');

  await page.keyboard.press('Tab');
  assert.equal(await describeFocus(page), 'a[href="#purpose"] "Select an answer"');
  await page.keyboard.press('Enter');
  assert.equal(await describeFocus(page), 'input#purpose', 'the error link should move focus to the first radio');
  assert.equal(await hash(page), before.hash, 'the error link must not change the route');
  // Answering from there clears the way on.
  await chooseRadio(page, 'Yes');
  await tabToButton(page, 'Continue');
  await pressAndArrive(page);
  assert.equal(await hash(page), `${SHOULD_I_SHARE.route}/step/identifiable`);
  assert.equal(await page.locator('#error-summary').count(), 0);
});

test('Back shows earlier steps with their answers; changing one drops the later ones; Change from the outcome', async (t) => {
  const route = SHOULD_I_SHARE.route;
  const page = await freshPage(t, route);
  const first = await answerQuestion(page, 'Yes'); // purpose
  const second = await answerQuestion(page, 'Yes'); // identifiable
  assert.equal(await hash(page), `${route}/step/confidential`);

  await navigate(page, () => page.goBack(), 'Back');
  assert.equal(await hash(page), `${route}/step/${second.step}`);
  assert.equal(await heading(page), second.question);
  assert.equal(await checkedLabel(page, second.step), 'Yes', 'Back: the second answer is still selected');
  await navigate(page, () => page.goBack(), 'Back again');
  assert.equal(await hash(page), `${route}/step/${first.step}`);
  assert.equal(await heading(page), first.question);
  assert.equal(await checkedLabel(page, first.step), 'Yes', 'Back: the first answer is still selected');

  // Change the first answer: "No" ends the walk, and the second answer is dropped.
  await answerQuestion(page, 'No');
  assert.equal(await hash(page), `${route}/step/do-not-share`);
  const outcome = await outcomeSummary(page);
  assert.deepEqual(outcome.answers, [[first.question, 'No']], 'the answers after a changed one are dropped');

  // Change, from the outcome page, goes to the step with its answer selected.
  await tabTo(page, `a[href="${route}/step/${first.step}"]`, { text: `Change your answer to: ${first.question}` });
  await pressAndArrive(page, 'Enter', 'Change');
  assert.equal(await hash(page), `${route}/step/${first.step}`);
  assert.equal(await checkedLabel(page, first.step), 'No');
  await answerQuestion(page, 'Yes');
  assert.equal(await hash(page), `${route}/step/${second.step}`);
  assert.equal(await checkedLabel(page, second.step), null, 'the dropped answer is not preselected');
  // The in-page Back link (Shift+Tab from the heading reaches it) returns to the first step.
  await tabTo(page, 'a.govuk-back-link', { backwards: true });
  await pressAndArrive(page, 'Enter', 'the Back link');
  assert.equal(await hash(page), `${route}/step/${first.step}`);
  assert.equal(await checkedLabel(page, first.step), 'Yes');
});

test('the immediate-risk exit from a middle step reaches the exit outcome', async (t) => {
  const page = await freshPage(t, CONSENT.route);
  // "Child at immediate risk while consent is being considered: take the exit"
  const path = await walk(page, ['No', 'Yes', 'Under 16']);
  assert.equal(await hash(page), `${CONSENT.route}/step/sexual-health`, 'a middle step');
  await tabToButton(page, 'Someone is at immediate risk');
  await pressAndArrive(page, 'Enter', '"Someone is at immediate risk"');
  assert.equal(await hash(page), `${CONSENT.route}/step/immediate-risk`);
  assert.equal(await heading(page), EXIT_HEADING);
  const outcome = await outcomeSummary(page);
  assert.ok(outcome.urgent, 'the exit outcome is marked urgent (.app-outcome--urgent)');
  assert.ok(!outcome.exitButton, 'no exit button on an outcome');
  assert.deepEqual(outcome.answers, path.filter((p) => p.answer !== 'Read').map((p) => [p.question, p.answer]));
  assert.ok(outcome.findings.some((f) => f.includes('under 16')), `findings: ${JSON.stringify(outcome.findings)}`);
  assert.equal(outcome.recordLink, `${CONSENT.route}/record`, 'the exit can be recorded too');
});

test('axe-core and html-validate: information step, question with error, outcome, flowchart diagram', async (t) => {
  const page = await freshPage(t, LAWFUL_BASIS.route);
  assert.equal(await page.locator('input[type="radio"]').count(), 0);
  await audit(t, page, `an information step (${label(LAWFUL_BASIS.route)})`);
  await continueInfo(page);

  await tabToButton(page, 'Continue');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await audit(t, page, 'a question with its error shown');

  await tabTo(page, 'input[type="radio"]');
  await chooseRadio(page, 'Yes');
  await tabToButton(page, 'Continue');
  await pressAndArrive(page);
  const path = await walk(page, LAWFUL_BASIS.answers.slice(1));
  assert.equal(await heading(page), LAWFUL_BASIS.heading);
  await audit(t, page, `an outcome (${LAWFUL_BASIS.outcome})`);

  await tabTo(page, `a[href="${LAWFUL_BASIS.route}/diagram"]`, { text: 'See the whole flowchart' });
  await pressAndArrive(page, 'Enter', '"See the whole flowchart"');
  const diagram = await page.evaluate(() => {
    const svg = document.querySelector('svg[role="img"]');
    const title = svg && document.getElementById(svg.getAttribute('aria-labelledby'));
    return {
      heading: document.getElementById('main-heading').textContent.trim(),
      title: title?.textContent.trim(),
      describedBy: svg?.getAttribute('aria-describedby'),
      steps: document.querySelectorAll('#diagram-text > li').length,
      // An outcome many steps reach is drawn beside each of them: each step counts once.
      boxes: new Set([...(svg?.querySelectorAll('.app-diagram__box .app-diagram__text') ?? [])].map((text) => text.textContent)).size,
      onPath: [...document.querySelectorAll('#diagram-text > li')].filter((li) => li.querySelector('.app-status')).map((li) => li.querySelector('span').textContent.trim()),
    };
  });
  assert.equal(diagram.heading, 'Flowchart');
  assert.equal(diagram.title, `Flowchart: ${LAWFUL_BASIS.name}`, 'the SVG is an image named by its <title>');
  assert.equal(diagram.describedBy, 'diagram-text', 'the SVG is described by the text alternative');
  assert.ok(diagram.steps > 10 && diagram.steps === diagram.boxes, `the text alternative lists every step drawn (${diagram.steps} items, ${diagram.boxes} steps drawn)`);
  for (const p of path) {
    assert.ok(diagram.onPath.some((s) => s.endsWith(`: ${p.question}`)), `"${p.question}" should be marked On your path: ${JSON.stringify(diagram.onPath)}`);
  }
  await audit(t, page, 'the flowchart diagram');
});
