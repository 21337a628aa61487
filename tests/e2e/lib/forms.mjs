// Driving the pack forms (#/forms/<pack>/<id>) by keyboard only, and the five shipped forms'
// complete answers, mirrored from core/tests/common/mod.rs (fictional people; the same values
// the Rust tests put into Answers by path are typed here into the inputs with those ids).
//
// A section's answers are a list of steps, in the section's DOM (and so Tab) order:
//   ['text', id, value]               Tab to the input or textarea, clear it, type the value
//   ['date', path, d, m, y, time?]    the date boxes (and time box) of a date or date-time
//   ['address', path, lines, postcode]
//   ['radio', name, value]            Tab into the group, choose the option with the arrow keys
//   ['check', name, value]            Tab to the checkbox, Space
//   ['add', label, first?]            Tab to the "Add a …"/"Add another …" button, Enter;
//                                     focus must then be on the new item's field `first`
import assert from 'node:assert/strict';
import { settle } from './app.mjs';
import { assertAxeClean, assertHtmlValid } from './audit.mjs';
import { chooseRadio, clearField, describeFocus, errorSummary, pressAndArrive, tabTo, tabToButton } from './drive.mjs';

/** A selector for an element by id: ids are answer paths, with `.` and `[`. */
export const byId = (id) => `[id="${id}"]`;

/** The form's task list route. */
export const formRoute = (pack, id) => `#/forms/${pack}/${id}`;

const LIMIT = 250; // Tab stops: a section with a subject and its groups has many

async function typeInto(page, id, value) {
  await tabTo(page, byId(id), { limit: LIMIT });
  await clearField(page);
  await page.keyboard.type(value);
}

/** audit() for form pages: axe and html-validate, each as a subtest of `t`. */
export async function auditForm(t, page, where) {
  await t.test(`axe: ${where}`, () => assertAxeClean(page, where));
  await t.test(`html-validate: ${where}`, () => assertHtmlValid(page, where));
}

/** Runs one step (see the top of the file) by keyboard. */
export async function step(page, [kind, ...args]) {
  switch (kind) {
    case 'text':
      await typeInto(page, args[0], args[1]);
      break;
    case 'date': {
      const [path, day, month, year, time] = args;
      await typeInto(page, `${path}.day`, String(day));
      await typeInto(page, `${path}.month`, String(month));
      await typeInto(page, `${path}.year`, String(year));
      if (time !== undefined) await typeInto(page, `${path}.time`, time);
      break;
    }
    case 'address':
      await typeInto(page, `${args[0]}.lines`, args[1]);
      await typeInto(page, `${args[0]}.postcode`, args[2]);
      break;
    case 'radio': {
      const [name, value] = args;
      await tabTo(page, `input[type="radio"][name="${name}"]`, { limit: LIMIT });
      const label = await page.evaluate(
        ([n, v]) => {
          const radio = document.querySelector(`input[type="radio"][name="${n}"][value="${v}"]`);
          return radio ? document.querySelector(`label[for="${CSS.escape(radio.id)}"]`)?.textContent.trim() : null;
        },
        [name, value],
      );
      assert.ok(label, `no radio ${name}=${value}`);
      await chooseRadio(page, label);
      break;
    }
    case 'check': {
      const [name, value] = args;
      const id = await page.evaluate(([n, v]) => document.querySelector(`input[type="checkbox"][name="${n}"][value="${v}"]`)?.id, [name, value]);
      assert.ok(id, `no checkbox ${name}=${value}`);
      await tabTo(page, byId(id), { limit: LIMIT });
      if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
      assert.ok(await page.evaluate(() => document.activeElement.checked), `Space should check ${name}=${value}`);
      break;
    }
    case 'add': {
      const [label, first] = args;
      await tabToButton(page, label, { limit: LIMIT });
      await page.keyboard.press('Enter');
      await settle(page);
      if (first) {
        const focus = await describeFocus(page);
        assert.ok(focus.startsWith(`input#${first}`) || focus.startsWith(`textarea#${first}`), `"${label}" should focus the new item's first field ${first}, not ${focus}`);
      }
      break;
    }
    default:
      throw new Error(`unknown step ${kind}`);
  }
  await settle(page);
}

/** Runs the steps of a section in order. */
export async function fillSteps(page, steps) {
  for (const s of steps) await step(page, s);
}

/** Presses "Save and continue" by keyboard and waits for the next page (focus on its heading). */
export async function saveAndContinue(page, what) {
  await tabToButton(page, 'Save and continue', { limit: LIMIT });
  await pressAndArrive(page, 'Enter', `"Save and continue" on ${what}`);
}

/** Presses "Save and continue" expecting errors: waits for the summary to take focus. */
export async function saveWithErrors(page) {
  await tabToButton(page, 'Save and continue', { limit: LIMIT });
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor({ timeout: 5_000 });
  await settle(page);
}

/** From the task list: Tab to the first section's link and follow it. */
export async function openFirstSection(page) {
  await tabTo(page, 'a.govuk-task-list__link', { limit: LIMIT });
  await pressAndArrive(page, 'Enter', 'the first section link');
}

/** The task list: [{ title, status }] per section. */
export function taskList(page) {
  return page.$$eval('ul.govuk-task-list > li', (items) =>
    items.map((li) => ({
      title: li.querySelector('a.govuk-task-list__link')?.textContent.trim(),
      status: li.querySelector('.govuk-task-list__status')?.textContent.trim(),
    })),
  );
}

/** Check your answers: the rows as [key, value], problems listed, and whether Continue is offered. */
export function readCheck(page) {
  return page.evaluate(() => {
    const main = document.getElementById('main-content');
    return {
      rows: [...main.querySelectorAll('.govuk-summary-list__row')].map((row) => [
        row.querySelector('dt').textContent.trim(),
        row.querySelector('.govuk-summary-list__value').textContent.trim(),
      ]),
      changeLinks: main.querySelectorAll('.govuk-summary-list__actions a').length,
      problems: [...main.querySelectorAll('.govuk-inset-text li')].map((li) => li.textContent.trim()),
      continueHref: main.querySelector('a[role="button"]')?.getAttribute('href') ?? null,
    };
  });
}

/** The document ("Send the form") page: reference, routing panels and buttons. */
export function readSend(page) {
  return page.evaluate(() => {
    const main = document.getElementById('main-content');
    return {
      heading: document.getElementById('main-heading')?.textContent.trim(),
      reference: main.textContent.match(/Reference (ISR-[0-9A-Z]{4})\./)?.[1] ?? null,
      routes: [...main.querySelectorAll('.app-route')].map((panel) => ({
        title: panel.querySelector('.app-route__title')?.textContent.trim(),
        text: [...panel.querySelectorAll('.app-route__text')].map((p) => p.textContent.trim()),
        emptyBody: [...panel.querySelectorAll('.govuk-panel__body')].some((body) => body.textContent.trim() === ''),
      })),
      buttons: [...main.querySelectorAll('button')].map((b) => b.textContent.trim()),
      signatures: [...main.querySelectorAll('.govuk-summary-list__key')].filter((key) => key.textContent.trim().endsWith(': Signature')).length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The shipped forms, with complete answers per section (core/tests/common/mod.rs).

export const SUBJECT_SURNAME = "O'Neill-Łukasz Nguyễn";

export const POLICE = {
  pack: 'lincolnshire',
  id: 'police-disclosure-request',
  sections: [
    {
      id: 'reason',
      steps: [
        ['radio', 'urgency', 'non-urgent'],
        ['check', 'requests', 'police-disclosure'],
      ],
    },
    {
      id: 'requester',
      steps: [
        ['text', 'requester-name', 'Priya Shah'],
        ['text', 'requester-role', 'Social worker'],
        ['text', 'social-worker-email', 'priya.shah@lincolnshire.gov.uk'],
        ['date', 'request-date', 25, 11, 2025],
      ],
    },
    {
      id: 'children',
      steps: [
        ['add', 'Add a child', 'children[0].name'],
        ['text', 'children[0].name', 'Maya Example'],
      ],
    },
    {
      id: 'subjects',
      steps: [
        ['add', 'Add a subject', 'subjects[0].forename'],
        ['text', 'subjects[0].forename', 'Dan'],
        ['text', 'subjects[0].surname', SUBJECT_SURNAME],
        ['add', 'Add a previous name or alias', 'subjects[0].other-names[0].name'],
        ['text', 'subjects[0].other-names[0].name', 'Daniel Smith'],
        ['date', 'subjects[0].date-of-birth', 3, 3, 1990],
        ['address', 'subjects[0].current-address', '1 Example Street\nLincoln', 'LN1 9ZZ'],
        ['date', 'subjects[0].moved-in', 1, 6, 2022],
        ['add', 'Add an other address', 'subjects[0].other-addresses[0].address.lines'],
        ['address', 'subjects[0].other-addresses[0].address', '2 Sample Road\nGrantham', 'NG31 9ZZ'],
        ['date', 'subjects[0].other-addresses[0].from', 1, 1, 2019],
        ['date', 'subjects[0].other-addresses[0].to', 31, 5, 2022],
      ],
    },
    {
      id: 'enquiry',
      steps: [
        ['radio', 'enquiry-basis', 'section-17'],
        ['text', 'reason', 'Planned placement with a family friend: viability assessment.'],
      ],
    },
  ],
};

export const OTHER_FORMS = [
  {
    pack: 'lincolnshire',
    id: 'domestic-abuse-notifications',
    sections: [
      {
        id: 'household',
        steps: [
          ['text', 'household-reference', 'CASE-2025-0042'],
          ['radio', 'open-to-team', 'no'],
        ],
      },
      {
        id: 'log',
        steps: [
          [[10, 1, 2025, 'standard'], [3, 6, 2025, 'medium'], [20, 11, 2025, 'standard']].flatMap(([day, month, year, risk], index) => [
            ['add', index === 0 ? 'Add a notification' : 'Add another notification', `notifications[${index}].incident-when.day`],
            ['date', `notifications[${index}].incident-when`, day, month, year, '23:15'],
            ['date', `notifications[${index}].received-when`, day + 1, month, year, '9am'],
            ['radio', `notifications[${index}].risk`, risk],
          ]),
        ].flat(),
      },
    ],
    routes: [/^Notification 3: Screening trigger met/],
    // One panel for each notification, in order, saying whether the trigger is met.
    routeTitles: [
      'Notification 1: Screening trigger not met: information only',
      'Notification 2: Screening trigger not met: information only',
      'Notification 3: Screening trigger met: 3 or more standard or medium notifications in 12 months',
    ],
  },
  {
    pack: 'thames-valley-encompass',
    id: 'encompass-notification',
    sections: [
      {
        id: 'notification',
        steps: [
          ['text', 'child-name', 'Maya Example'],
          ['text', 'child-age', '9'],
          ['date', 'child-date-of-birth', 14, 2, 2016],
          ['address', 'home-address', '3 Example Close\nReading', 'RG1 9ZZ'],
          ['radio', 'incident-at-home', 'yes'],
          ['date', 'incident-when', 24, 11, 2025, '9:30pm'],
          ['text', 'occurrence-number', '43250012345'],
        ],
      },
      {
        id: 'officers',
        steps: [
          ['add', 'Add a designated officer', 'designated-officers[0].name'],
          ['text', 'designated-officers[0].name', 'Sam Teacher'],
          ['text', 'designated-officers[0].role', 'Designated safeguarding lead'],
          ['add', 'Add another designated officer', 'designated-officers[1].name'],
          ['text', 'designated-officers[1].name', 'Alex Deputy'],
          ['text', 'designated-officers[1].role', 'Deputy head'],
        ],
      },
      {
        id: 'record',
        steps: [
          ['radio', 'shared', 'yes'],
          ['text', 'shared-what', 'That Maya was present at a domestic incident last night.'],
          ['text', 'shared-with', 'Her class teacher.'],
          ['text', 'purpose', 'So she is supported in class today.'],
          ['text', 'rationale', 'Her teacher needs to know to support her.'],
          ['text', 'recorded-by', 'Sam Teacher'],
          ['date', 'recorded-on', 25, 11, 2025],
        ],
      },
    ],
  },
  {
    pack: 'lancashire',
    id: 'request-with-legal-grounds',
    sections: [
      {
        id: 'requester',
        steps: [
          ['text', 'requester-name', 'Jo Analyst'],
          ['text', 'requester-role', 'Community safety officer'],
          ['text', 'requester-organisation', 'A district council'],
          ['text', 'requester-email', 'jo.analyst@council.example.gov.uk'],
        ],
      },
      {
        id: 'request',
        steps: [
          ['text', 'recipient-organisation', 'Lancashire Constabulary'],
          ['add', 'Add a person', 'subjects[0].name'],
          ['text', 'subjects[0].name', 'Lee Example'],
          ['text', 'information-sought', 'Incidents of anti-social behaviour at the address since June.'],
          ['text', 'purpose', 'To plan a multi-agency response to the anti-social behaviour.'],
        ],
      },
      {
        id: 'grounds',
        steps: [
          ['text', 'gateway', 'Crime and Disorder Act 1998 section 115'],
          ['radio', 'exemption', 'crime-and-taxation'],
          ['text', 'exemption-details', 'Not sharing would prejudice the prevention of further offences.'],
          ['text', 'necessity', 'Only incident dates and types are needed; no witness details.'],
          ['radio', 'ongoing-proceedings', 'no'],
        ],
      },
      { id: 'timing', steps: [['radio', 'urgency', 'routine']] },
    ],
  },
  {
    pack: 'north-east-lincolnshire',
    id: 'sharing-decision-record',
    sections: [
      {
        id: 'decision',
        steps: [
          ['radio', 'decision', 'share'],
          ['text', 'lawful-basis', 'UK GDPR Art 6(1)(e) public task'],
          ['text', 'shared-what', 'Attendance and concerns since September'],
          ['text', 'shared-with', "Children's social care duty team"],
          ['text', 'purpose', 'Section 47 enquiry'],
          ['text', 'rationale', 'Risk of significant harm outweighs the duty of confidence.'],
        ],
      },
      {
        id: 'decision-maker',
        steps: [
          ['text', 'maker-name', 'Zoë O’Brien'],
          ['text', 'maker-role', 'Designated safeguarding lead'],
          ['date', 'decided-on', 25, 11, 2025, '9:30am'],
        ],
      },
    ],
  },
  // The helper forms (issue 8): each document page shows what the helper worked out from the
  // agreements' rules, under its own heading.
  {
    pack: 'national',
    id: 'breach-record',
    heading: 'Who to tell and by when',
    sections: [
      {
        id: 'breach',
        steps: [
          ['radio', 'agreement', 'llr'],
          ['date', 'discovered', 21, 11, 2025, '9:15am'],
          ['text', 'what-happened', "A strategy meeting's minutes were emailed to the wrong school."],
          ['text', 'whose', 'Two children and their mother'],
          ['text', 'supplied-by', 'Leicestershire Police'],
          ['radio', 'suspend', 'yes'],
          ['date', 'suspended-on', 24, 11, 2025],
        ],
      },
    ],
    routes: [/^Tell these people now/, /^Report a notifiable breach to the Information Commissioner/, /^The agreement is suspended for 30 days/],
    deadlines: [/^Report by 9:15am GMT on Monday 24 November 2025, 72 hours after discovery$/, /^Suspended until Wednesday 24 December 2025$/, /^Meet by Monday 8 December 2025$/],
  },
  {
    pack: 'national',
    id: 'retention-date',
    heading: 'How long to keep it',
    sections: [
      {
        id: 'record',
        steps: [
          ['radio', 'record', 'school-scp-records'],
          ['date', 'counted-from', 31, 8, 2001],
        ],
      },
    ],
    routes: [/^Safeguarding Children Partnership case records held by schools/],
    deadlines: [/^Review it, then keep or destroy it, by Tuesday 31 August 2027$/],
  },
  {
    pack: 'lancashire',
    id: 'meeting-sign-in',
    heading: 'The sign-in sheet',
    sections: [
      {
        id: 'meeting',
        steps: [
          ['radio', 'classification', 'official-sensitive'],
          ['text', 'meeting-name', 'Community Safety Partnership tasking group'],
          ['date', 'meeting-date', 24, 11, 2025],
          ['text', 'chair', 'Nguyễn Thị Mai'],
        ],
      },
      {
        id: 'attendees',
        steps: [
          ['add', 'Add an attendee', 'attendees[0].name'],
          ['text', 'attendees[0].name', "O'Neill-Łukasz Nguyễn"],
          ['text', 'attendees[0].role', 'Inspector'],
          ['text', 'attendees[0].organisation', 'Lancashire Constabulary'],
          ['radio', 'attendees[0].signed-protocol', 'yes'],
          ['radio', 'attendees[0].agrees', 'yes'],
          ['add', 'Add another attendee', 'attendees[1].name'],
          ['text', 'attendees[1].name', 'Sam Example'],
          ['text', 'attendees[1].role', 'Housing officer'],
          ['text', 'attendees[1].organisation', 'A housing association'],
          ['radio', 'attendees[1].signed-protocol', 'no'],
          ['radio', 'attendees[1].agrees', 'yes'],
        ],
      },
    ],
    routes: [/^What OFFICIAL-SENSITIVE means/, /^Handling the agenda, minutes and notes at OFFICIAL-SENSITIVE/, /^What each attendee agrees to by signing/],
    signatures: 2,
  },
];

// ---------------------------------------------------------------------------------------------
// Filling a whole form by keyboard.

export const hash = (page) => page.evaluate(() => location.hash);

/** The inline error message for field `id` (with its visually hidden "Error: " prefix). */
export const inlineError = (page, id) => page.evaluate((field) => document.getElementById(`${field}-error`)?.textContent.trim() ?? null, id);

/**
 * Fills `form` from its task list by keyboard, section by section, with Save and continue
 * after each; `during(section)` runs on a section's page after its steps, before saving.
 * Ends on check your answers.
 */
export async function fillForm(page, form, during = async () => {}) {
  const base = formRoute(form.pack, form.id);
  await openFirstSection(page);
  for (const section of form.sections) {
    assert.equal(await hash(page), `${base}/section/${section.id}`, `expected section ${section.id}`);
    await fillSteps(page, section.steps);
    await during(section);
    await saveAndContinue(page, `${form.id}/${section.id}`);
    assert.equal(await errorSummary(page), null, `errors after saving ${section.id}`);
  }
  assert.equal(await hash(page), `${base}/check`, 'the last section continues to check your answers');
}

/** On check your answers: Tab to the Continue link button, Enter, and arrive on the document. */
export async function continueToDocument(page, form) {
  await tabToButton(page, 'Continue', { limit: 400 });
  await pressAndArrive(page, 'Enter', 'Continue on check your answers');
  assert.equal(await hash(page), `${formRoute(form.pack, form.id)}/document`);
  return readSend(page);
}
