// Driving the wizards and the decision record form by keyboard only: Tab and Shift+Tab to move,
// the arrow keys and Space in a radio group, Enter or Space on a button or link, and
// keyboard.type / a Ctrl+V paste for text. The page is only read (never clicked or filled) to
// know where focus is and what is on screen.
import assert from 'node:assert/strict';
import { navigate, settle } from './app.mjs';

/** The focused element, described for messages: `tag#id "text"`. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const text = (el.value && el.type !== 'radio' ? '' : el.textContent).trim().replace(/\s+/g, ' ').slice(0, 50);
    const href = el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href}${text ? ` "${text}"` : ''}`;
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches `selector` and,
 * if given, has exactly the text `text`; nothing if it already does. Fails, listing every
 * stop, if it never does, or once Tab leaves the page: what comes after the last control
 * differs by browser (headless Chromium goes round to the first, Firefox into its own
 * toolbar, after which Enter on a button in the page clicks nothing), so a test Tabs the
 * right way instead of going round.
 */
export async function tabTo(page, selector, { text, backwards = false, limit = 80 } = {}) {
  const matches = () =>
    page.evaluate(
      ([sel, want]) => {
        const el = document.activeElement;
        return Boolean(el && el !== document.body && el.matches(sel) && (want === null || el.textContent.trim() === want));
      },
      [selector, text ?? null], // null, not undefined: WebDriver sends arguments as JSON
    );
  if (await matches()) return;
  const stops = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await matches()) return;
    const stop = await describeFocus(page);
    stops.push(stop);
    if (stop === 'body' || (stops.length > 2 && stop === stops[0])) break; // out of the page, or round it
  }
  assert.fail(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${selector}${text ? ` "${text}"` : ''}; stops: ${stops.join(' → ')}`);
}

/** Tabs to the button (or link button) labelled `label`. */
export const tabToButton = (page, label, options = {}) => tabTo(page, 'button, a[role="button"]', { text: label, ...options });

/**
 * With focus on a radio of a group, chooses the option labelled `label` with the arrow keys
 * (and Space when the focused radio is the one wanted but is not yet chosen).
 */
export async function chooseRadio(page, label) {
  const state = await page.evaluate((want) => {
    const focused = document.activeElement;
    if (focused?.type !== 'radio') return { error: `focus is on ${focused?.tagName} ${focused?.id}, not a radio` };
    const radios = [...document.querySelectorAll(`input[type="radio"][name="${focused.name}"]`)];
    const labels = radios.map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent.trim());
    return { name: focused.name, from: radios.indexOf(focused), to: labels.indexOf(want), labels, checked: focused.checked };
  }, label);
  assert.ok(!state.error, state.error);
  assert.ok(state.to >= 0, `no option "${label}" in radio group ${state.name}: ${JSON.stringify(state.labels)}`);
  if (state.to === state.from) {
    if (!state.checked) await page.keyboard.press('Space');
  } else {
    const steps = (state.to - state.from + state.labels.length) % state.labels.length;
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  }
  const chosen = await page.evaluate(() => {
    const el = document.activeElement;
    return el?.type === 'radio' && el.checked ? document.querySelector(`label[for="${el.id}"]`)?.textContent.trim() : null;
  });
  assert.equal(chosen, label, `the arrow keys should have chosen and focused "${label}" in ${state.name}`);
  return state.name;
}

/** The page's <h1> text. */
export const heading = (page) => page.evaluate(() => document.getElementById('main-heading')?.textContent.trim() ?? null);

/** The checked radio's label in group `name`, or null. */
export function checkedLabel(page, name) {
  return page.evaluate((group) => {
    const radio = document.querySelector(`input[type="radio"][name="${group}"]:checked`);
    return radio ? document.querySelector(`label[for="${radio.id}"]`).textContent.trim() : null;
  }, name);
}

/** Presses `key` (Enter by default) on the focused control and waits for the next page. */
export async function pressAndArrive(page, key = 'Enter', what = `pressing ${key}`) {
  await navigate(page, () => page.keyboard.press(key), what);
  const focus = await describeFocus(page);
  assert.match(focus, /^h1#main-heading/, `after ${what}, focus should move to the new page's heading, not ${focus}`);
}

/**
 * Answers the question on screen with `label` by keyboard: Tab to its radios, choose with the
 * arrow keys, Tab to Continue and press `key`. Returns { step, question, answer }.
 */
export async function answerQuestion(page, label, key = 'Enter') {
  const question = await heading(page);
  await tabTo(page, 'input[type="radio"]');
  const step = await chooseRadio(page, label);
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, key, `answering "${question}" with "${label}"`);
  return { step, question, answer: label };
}

/**
 * What the wizard page in `main` is: 'question' (radios), 'info' (no radios, a Continue
 * button) or 'end' (neither: an outcome).
 */
export function stepKind(page) {
  return page.evaluate(() => {
    const main = document.getElementById('main-content');
    if (main.querySelector('input[type="radio"]')) return 'question';
    return [...main.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Continue') ? 'info' : 'end';
  });
}

/** Reads the information step on screen and continues: returns { step, question, answer: 'Read' }. */
export async function continueInfo(page, key = 'Enter') {
  const question = await heading(page);
  const step = await page.evaluate(() => location.hash.split('/step/')[1]);
  assert.equal((await stepKind(page)), 'info', `"${question}" should be an information step (no radios)`);
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, key, `continuing from "${question}"`);
  return { step, question, answer: 'Read' };
}

/**
 * Walks from the step on screen: `answers` are option labels for the questions met, in order;
 * information steps are read and continued. Stops when the answers run out. Returns the path
 * taken as the record should list it: [{ step, question, answer }].
 */
export async function walk(page, answers) {
  const path = [];
  const left = [...answers];
  for (;;) {
    const kind = await stepKind(page);
    if (kind === 'info') path.push(await continueInfo(page));
    else if (kind === 'question' && left.length > 0) path.push(await answerQuestion(page, left.shift()));
    else break;
  }
  assert.deepEqual(left, [], `answers left over, stopped at "${await heading(page)}"`);
  return path;
}

/** Puts `text` on the clipboard (as if copied from another program) and pastes it with Ctrl+V. */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Clears the focused text field by keyboard (select all, delete). */
export async function clearField(page) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

/**
 * Fills the record form by keyboard, in its Tab order, from the heading: the decision radios,
 * then each text field given in `fields` (by id; each either { type } or { paste } text,
 * replacing what is there). Date and time keep their prefilled values unless given.
 */
export async function fillRecord(page, { decision, fields }) {
  if (decision) {
    await tabTo(page, 'input[type="radio"][name="decision"]');
    await chooseRadio(page, decision);
  }
  const order = ['lawful-basis', 'shared-what', 'shared-with', 'purpose', 'rationale', 'maker-name', 'maker-role', 'decided-on-day', 'decided-on-month', 'decided-on-year', 'decided-at'];
  for (const id of order) {
    if (!(id in fields)) continue;
    await tabTo(page, `#${id}`);
    await clearField(page);
    const value = fields[id];
    if (typeof value === 'object' && 'paste' in value) await paste(page, value.paste);
    else await page.keyboard.type(typeof value === 'object' ? value.type : value);
    await settle(page);
  }
}

/** The value of every field of the record form, by id. */
export function recordValues(page) {
  return page.evaluate(() => {
    const ids = ['lawful-basis', 'shared-what', 'shared-with', 'purpose', 'rationale', 'maker-name', 'maker-role', 'decided-on-day', 'decided-on-month', 'decided-on-year', 'decided-at'];
    const values = Object.fromEntries(ids.map((id) => [id, document.getElementById(id)?.value ?? null]));
    const decision = document.querySelector('input[name="decision"]:checked');
    values.decision = decision ? document.querySelector(`label[for="${decision.id}"]`).textContent.trim() : null;
    return values;
  });
}

/** The error summary, if shown: its links as { href, text }. */
export function errorSummary(page) {
  return page.evaluate(() => {
    const summary = document.getElementById('error-summary');
    if (!summary) return null;
    return [...summary.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }));
  });
}

/** What a decision record page shows: its summary rows, the outcome, the answers table. */
export function readDocument(page) {
  return page.evaluate(() => {
    const main = document.getElementById('main-content');
    const rows = Object.fromEntries(
      [...main.querySelectorAll('.govuk-summary-list__row')].map((row) => [
        row.querySelector('dt').textContent.trim(),
        row.querySelector('dd').textContent.trim(),
      ]),
    );
    const h2s = [...main.querySelectorAll('h2')];
    const outcomeH2 = h2s.find((h) => h.textContent.trim() === 'Outcome');
    const answersH2 = h2s.find((h) => h.textContent.trim() === 'Answers given');
    const table = answersH2?.nextElementSibling?.tagName === 'TABLE' ? answersH2.nextElementSibling : null;
    return {
      heading: document.getElementById('main-heading')?.textContent.trim(),
      banner: main.querySelector('.govuk-notification-banner__heading')?.textContent.trim() ?? null,
      rows,
      outcome: outcomeH2?.nextElementSibling?.textContent.trim() ?? null,
      answers: table ? [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent.trim())) : null,
      findings: (() => {
        const h = h2s.find((x) => x.textContent.trim() === 'What the answers established');
        return h ? [...h.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent.trim()) : [];
      })(),
    };
  });
}
