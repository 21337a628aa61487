// Following an outcome's "Go on to" link into the next wizard, by keyboard only, as a new user
// would: the next wizard starts with what the first one knew (from the journeys in
// core/tests/scenarios.rs), lists each carried answer with a Change link once it is given,
// never asks it again, marks it on the outcome and in the record, and drops it when changed.
// Also the consent tool's new question for someone who cannot be asked at all; axe-core and
// html-validate on a step showing carried answers and an outcome with its links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load, useApp } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { answerQuestion, checkedLabel, fillRecord, heading, pressAndArrive, readDocument, tabTo, tabToButton, walk } from './lib/drive.mjs';
import { CONSENT, LAWFUL_BASIS } from './lib/wizards.mjs';

const app = useApp();
const ROUTE = '#/wizards/national/which-route';
const CONSENT_TITLE = 'Consent, competence and capacity';

async function freshPage(t, route) {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, route);
  return page;
}

const hash = (page) => page.evaluate(() => location.hash);

/** The outcome's "Go on to" links: [{ text, href, hint }]. */
function goOnLinks(page) {
  return page.evaluate(() => {
    const h2 = [...document.querySelectorAll('#main-content h2')].find((h) => h.textContent.trim() === 'Go on to');
    const list = h2?.nextElementSibling;
    return list
      ? [...list.querySelectorAll(':scope > li')].map((li) => ({
          text: li.querySelector('a').textContent.trim(),
          href: li.querySelector('a').getAttribute('href'),
          hint: li.querySelector('.govuk-hint')?.textContent.trim() ?? null,
        }))
      : null;
  });
}

/** The carried answers on a step: { heading, rows: [[question, answer, change href or null]] }. */
function carriedPanel(page) {
  return page.evaluate(() => {
    const h2 = [...document.querySelectorAll('#main-content h2')].find((h) => h.textContent.startsWith('Carried over from '));
    if (!h2) return null;
    return {
      heading: h2.textContent.trim(),
      rows: [...h2.nextElementSibling.querySelectorAll('.govuk-summary-list__row')].map((row) => [
        row.querySelector('dt').textContent.trim(),
        row.querySelector('.govuk-summary-list__value').textContent.trim(),
        row.querySelector('a')?.getAttribute('href') ?? null,
      ]),
    };
  });
}

/** The outcome's "Your answers" rows: [[question, answer shown]]. */
function yourAnswers(page) {
  return page.evaluate(() => {
    const h2 = [...document.querySelectorAll('#main-content h2')].find((h) => h.textContent.trim() === 'Your answers');
    return [...h2.nextElementSibling.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt').textContent.trim(),
      row.querySelector('dd').textContent.trim().replace(/\s+/g, ' '),
    ]);
  });
}

/** Tabs to the link `text` and follows it with Enter. */
async function follow(page, selector, text) {
  await tabTo(page, selector, { text });
  await pressAndArrive(page, 'Enter', `the link "${text}"`);
}

test('consent tool to the lawful basis finder: the finder starts knowing why consent was not sought, never asks it, and drops it when changed', async (t) => {
  // "Asking would alert the abuser: on to the lawful basis finder, which knows asking would put the child's protection at risk"
  const page = await freshPage(t, CONSENT.route);
  await walk(page, ['Yes']);
  assert.equal(await hash(page), `${CONSENT.route}/step/consent-not-appropriate`);
  const links = await goOnLinks(page);
  assert.deepEqual(
    links.map((l) => [l.text, l.href]),
    [
      ['Lawful basis finder', LAWFUL_BASIS.route],
      ['Public interest test', '#/wizards/north-east-lincolnshire/public-interest'],
    ],
  );
  assert.equal(
    links[0].hint,
    'It starts with what you have told this tool: Why are you sharing without their consent? Asking would put their protection at risk.',
  );
  await audit(t, page, 'an outcome with its "Go on to" links');

  await follow(page, 'a.govuk-link', 'Lawful basis finder');
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/about-lawful-basis`);
  assert.equal(await carriedPanel(page), null, 'nothing is given until its question is reached (the link said what would be)');

  await walk(page, ['No', 'Yes', 'Public task', 'Yes', 'Substantial public interest, with a Schedule 1 condition', 'Safeguarding of children and individuals at risk (paragraph 18)', 'Yes', 'Under 18']);
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/p18-public-interest`, 'the carried question is passed over, not asked');
  assert.deepEqual(await carriedPanel(page), {
    heading: `Carried over from ${CONSENT_TITLE}: you do not need to answer these again`,
    rows: [['Why are you sharing without their consent?', 'Asking would put their protection at risk', `${LAWFUL_BASIS.route}/step/p18-consent`]],
  });
  await audit(t, page, 'a step showing an answer carried over');

  await walk(page, ['Yes', 'No', 'Protecting or supporting a child', 'A child protection enquiry (Children Act 1989 s47)']);
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/bases-found`);
  const answers = await yourAnswers(page);
  assert.ok(
    answers.some(([q, a]) => q === 'Why are you sharing without their consent?' && a === `Asking would put their protection at risk. Carried over from ${CONSENT_TITLE}`),
    `the carried answer is marked on the outcome: ${JSON.stringify(answers)}`,
  );

  // The record notes where the answer came from.
  await tabToButton(page, 'Record your decision');
  await pressAndArrive(page, 'Enter', '"Record your decision"');
  await fillRecord(page, { decision: 'Do not share', fields: { rationale: 'Asking would alert the father.', 'maker-name': 'Sam Example', 'maker-role': 'Social worker' } });
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, 'Enter', 'Continue on the record form');
  const check = await readDocument(page);
  assert.equal(check.rows['Why are you sharing without their consent?'], `Asking would put their protection at risk\nNote: Carried over from ${CONSENT_TITLE}`);

  // Changing the carried answer (from check your answers) drops it: it is no longer carried over.
  const question = 'Why are you sharing without their consent?';
  await tabTo(page, `a[href="${LAWFUL_BASIS.route}/step/p18-consent"]`, { text: `Change your answer to: ${question}` });
  await pressAndArrive(page, 'Enter', 'Change');
  assert.equal(await checkedLabel(page, 'p18-consent'), 'Asking would put their protection at risk');
  await answerQuestion(page, 'They cannot give consent');
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/p18-public-interest`);
  assert.equal(await carriedPanel(page), null, 'a changed answer is the user\'s own');
});

test('the scheme router to the lawful basis finder: a partnership request starts with its power and basis answered', async (t) => {
  // "The partnership asks a school for records: on to the lawful basis finder with the power and basis known"
  const page = await freshPage(t, ROUTE);
  await walk(page, ['The local safeguarding children partnership, asking for information for its work']);
  assert.equal(await heading(page), 'Safeguarding children partnership request: Children Act 2004 s16H (formerly s14B)');
  const [link] = await goOnLinks(page);
  assert.equal(link.text, 'Lawful basis finder');
  assert.ok(link.hint.includes('Which law lets you share information about the child? A request from the safeguarding partners under Children Act 2004 s16H (formerly s14B)'), link.hint);
  await follow(page, 'a.govuk-link', 'Lawful basis finder');
  const first = await walk(page, ['No', 'Yes']);
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/special-category`, 'the lawful basis is carried');
  assert.deepEqual((await carriedPanel(page)).rows, [['Which lawful basis does your public authority rely on?', 'Legal obligation', `${LAWFUL_BASIS.route}/step/art6-public`]]);
  const then = await walk(page, ['No', 'No']);
  const asked = [...first, ...then].filter((p) => p.answer !== 'Read').map((p) => p.step);
  assert.deepEqual(asked, ['law-enforcement', 'public-authority', 'special-category', 'criminal'], 'only the questions not carried are asked');
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/bases-found`);
  const findings = await page.evaluate(() => [...document.querySelectorAll('#main-content li')].map((li) => li.textContent));
  assert.ok(findings.some((f) => f.includes('Children Act 2004 s16H (formerly s14B)')), 'the partnership gateway is established');
});

test('someone who cannot be asked at all: unconscious, a life at risk, vital interests, then the finder with vital interests carried', async (t) => {
  // "Adult found unconscious after an overdose, her children at home alone: vital interests, the minimum necessary"
  const page = await freshPage(t, CONSENT.route);
  await walk(page, ['No', 'No, they are unconscious or too unwell to be asked', 'Yes']);
  assert.equal(await heading(page), 'Share what is needed to protect them now: vital interests');
  const steps = await page.evaluate(() => [...document.querySelectorAll('#main-content ol > li')].map((li) => li.textContent));
  assert.ok(steps[0].startsWith('Share only the minimum necessary'), JSON.stringify(steps));
  assert.ok(steps.some((s) => s.includes('Article 6(1)(d)')), 'names vital interests and its article');
  await follow(page, 'a.govuk-link', 'Lawful basis finder');
  await walk(page, ['No', 'Yes', 'Yes']);
  assert.equal(await hash(page), `${LAWFUL_BASIS.route}/step/criminal`, 'the basis and the special category condition are carried');
  const panel = await carriedPanel(page);
  assert.deepEqual(
    panel.rows.map(([q, a]) => [q, a]),
    [
      ['Which lawful basis does your public authority rely on?', 'Vital interests'],
      ['Which condition for special category data applies?', 'Vital interests, where the person cannot consent'],
    ],
  );
});
