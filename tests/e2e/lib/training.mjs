// Practising a training scenario by keyboard, as the deep suite (training.test.mjs) and the
// smoke suite (tests/smoke) both do: the facilitator's notes read as a trainer hands them out,
// practice started from the scenario's brief, a task opened, and a wizard played with the
// guidance's answers, with the feedback checked after every answer.
import assert from 'node:assert/strict';
import { answerQuestion, continueInfo, heading, pressAndArrive, stepKind, tabTo, tabToButton } from './drive.mjs';

export const TRAINING = '#/training';
export const BANNER = 'TRAINING: FICTIONAL DATA';

/** The notes page on screen (`<brief>/answers`): each step's tool, question, answer and wrong turns. */
export function readNotes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.app-notes-step')].map((section) => ({
      tool: section.querySelector('.govuk-caption-m').textContent.replace(/^Step \d+ of \d+: /, '').trim(),
      question: section.querySelector('.app-question').textContent.trim(),
      answer: section.querySelector('.app-answer').textContent.replace(/^The guidance('s answer| sends it to): /, '').trim(),
      wrong: [...section.querySelectorAll('li')].map((li) => li.textContent.match(/^If they answer “(.+?)”: /)?.[1]).filter(Boolean),
    })),
  );
}

/** The banner and the title say training. */
export async function assertMarkedTraining(page, where) {
  const state = await page.evaluate(() => ({ banner: document.querySelector('.app-training-banner')?.textContent ?? '', title: document.title }));
  assert.ok(state.banner.includes(BANNER), `no training banner on ${where}`);
  assert.match(state.title, /^TRAINING – /, `the title on ${where} should start "TRAINING – ": ${state.title}`);
}

/** From the scenario's brief on screen, Tab to "Practise this scenario" and press Enter: the task list. */
export async function startPractice(page) {
  await tabToButton(page, 'Practise this scenario');
  await pressAndArrive(page, 'Enter', 'starting practice');
  assert.equal(await page.evaluate(() => location.hash), '#/training/practice');
  await assertMarkedTraining(page, 'the practice task list');
}

/** On the task list, Tab to the task for `tool` and press Enter. */
export async function openTask(page, tool) {
  await tabTo(page, 'a.govuk-task-list__link', { text: tool });
  await pressAndArrive(page, 'Enter', `opening the task ${tool}`);
}

export const feedbackHeading = (page) =>
  page.evaluate(() => document.querySelector('.app-practice .govuk-notification-banner__heading')?.textContent.trim() ?? null);

/** Plays the wizard on screen to its end with the guidance's answers, checking the feedback after each. */
export async function practiseWizard(page, scenario, tool) {
  const answers = new Map(scenario.steps.filter((s) => s.tool === tool).map((s) => [s.question, s.answer]));
  let answered = 0;
  for (let kind = await stepKind(page); kind !== 'end'; kind = await stepKind(page)) {
    await assertMarkedTraining(page, `${tool}: ${await heading(page)}`);
    if (kind === 'info') {
      await continueInfo(page);
    } else {
      const question = await heading(page);
      assert.ok(answers.has(question), `"${question}" is not a step of ${scenario.title}'s notes for ${tool}`);
      await answerQuestion(page, answers.get(question));
      answered += 1;
      assert.equal(await feedbackHeading(page), 'Your answer matches the guidance', `feedback after "${question}"`);
    }
  }
  assert.equal(answered, answers.size, `every decision in the notes for ${tool} should be met on the way`);
  const ending = await page.evaluate(() => document.querySelector('.app-practice__outcome')?.textContent ?? '');
  assert.match(ending, /The guidance ends here too\./, `${scenario.title} should end where the guidance does`);
}
