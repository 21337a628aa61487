// The pack forms (issue 4), by keyboard only: the police disclosure request's errors on Save
// and continue (all missing, then a bad email), fixed, every section filled (a subject with a
// previous name and an other address, a name with an apostrophe, a hyphen, Ł and ễ), the task
// list all Completed, check your answers with no errors, the document routed to the PADO team
// with its 10-working-day deadline in words, and "Save as a file (JSON)" → ISR-XXXX.json; the
// other forms filled to their document pages (the helper forms' results with their deadlines
// and, for the sign-in sheet, a signature line per attendee, audited too); axe-core and html-validate on the task list
// (empty), a section with errors, a section with group instances, check your answers and the
// document; and only same-origin GETs of files in dist/ during a form.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { goInApp, load, navigate, pageState, useApp, watch } from './lib/app.mjs';
import { recordRequests, unexpectedRequests } from './lib/audit.mjs';
import { describeFocus, errorSummary, heading, pressAndArrive, tabTo, tabToButton } from './lib/drive.mjs';
import {
  OTHER_FORMS,
  auditForm,
  POLICE,
  SUBJECT_SURNAME,
  byId,
  continueToDocument,
  fillForm,
  fillSteps,
  formRoute,
  hash,
  inlineError,
  openFirstSection,
  readCheck,
  readSend,
  saveAndContinue,
  saveWithErrors,
  step,
  taskList,
} from './lib/forms.mjs';

const app = useApp();

async function freshContext(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  return context;
}

test('police disclosure request by keyboard: errors fixed, every section, check your answers, PADO routing, ISR-XXXX.json; axe and html-validate throughout; same-origin GETs only', async (t) => {
  const context = await freshContext(t);
  const requests = recordRequests(context);
  const page = await context.newPage();
  const w = watch(page);
  const base = formRoute(POLICE.pack, POLICE.id);
  await load(page, app.url, base);

  // The task list, empty: every section Incomplete.
  assert.equal(await heading(page), 'Request for police disclosure');
  const empty = await taskList(page);
  assert.deepEqual(empty.map((s) => s.status), POLICE.sections.map(() => 'Incomplete'));
  await auditForm(t, page, 'a form task list (empty)');

  await fillForm(page, POLICE, async (section) => {
    if (section.id === 'subjects') {
      await auditForm(t, page, 'a form section with group instances (subject, previous name, other address)');
      assert.deepEqual(
        await page.$$eval('.app-group-item > legend', (ls) => ls.map((l) => l.textContent.trim())),
        ['Subject 1', 'Previous name or alias 1', 'Other address 1'],
      );
    }
  }).catch(async (error) => {
    throw new Error(`${error.message}\n(at ${await hash(page)}, focus ${await describeFocus(page)})`);
  });

  // Errors: from check your answers' Change link back to "Your details", clear it by keyboard,
  // Save and continue, then fix the errors one by one.
  const changeName = `${base}/section/requester/change/requester-name`;
  await tabTo(page, `a[href="${changeName}"]`, { limit: 400 });
  await navigate(page, () => page.keyboard.press('Enter'), 'a Change link to "Your name"');
  assert.equal(await hash(page), changeName);
  assert.match(await describeFocus(page), /^input#requester-name/, 'the Change link focuses the answer');
  for (const id of ['requester-name', 'requester-role', 'social-worker-email', 'request-date.day', 'request-date.month', 'request-date.year']) {
    await tabTo(page, byId(id), { limit: 100 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
  }
  const title = await page.title();
  await saveWithErrors(page);
  const state = await pageState(page);
  assert.equal(state.focused, 'div#error-summary', 'focus moves to the error summary');
  assert.equal(state.title, `Error: ${title}`, 'the title starts "Error: "');
  assert.equal(state.hash, changeName, 'errors keep the section on screen');
  const summary = await errorSummary(page);
  assert.deepEqual(summary, [
    { href: '#requester-name', text: 'Enter your name' },
    { href: '#requester-role', text: 'Enter your role' },
    { href: '#social-worker-email', text: "Enter the social worker's email address" },
    { href: '#request-date.day', text: 'Enter the date of the request' },
  ]);
  for (const id of ['requester-name', 'requester-role', 'social-worker-email']) {
    assert.match(await inlineError(page, id), /^Error: Enter /, `inline error for ${id}`);
  }
  assert.match(await inlineError(page, 'request-date'), /^Error: Enter the date of the request/, 'inline error for the date');
  await auditForm(t, page, 'a form section with errors');

  // The first error link focuses its field.
  await tabTo(page, '#error-summary a[href="#requester-name"]');
  await page.keyboard.press('Enter');
  assert.match(await describeFocus(page), /^input#requester-name/, 'the error link focuses the field');

  // Fix them, but with an email that is not one: only that error is left.
  await fillSteps(page, POLICE.sections[1].steps.map((s) => (s[1] === 'social-worker-email' ? ['text', s[1], 'priya.shah'] : s)));
  await saveWithErrors(page);
  const left = await errorSummary(page);
  assert.equal(left.length, 1, `one error left: ${JSON.stringify(left)}`);
  assert.equal(left[0].href, '#social-worker-email');
  await step(page, ['text', 'social-worker-email', 'priya.shah@lincolnshire.gov.uk']);
  await saveAndContinue(page, 'the fixed "Your details"');
  assert.equal(await hash(page), `${base}/check`, 'saving goes back to check your answers');
  assert.equal(await page.title().then((x) => x.startsWith('Error')), false);

  // The task list: every section Completed.
  await goInApp(page, base);
  const done = await taskList(page);
  assert.deepEqual(done.map((s) => s.status), POLICE.sections.map(() => 'Completed'), JSON.stringify(done));

  // Check your answers: nothing left to finish, the answers with Change links.
  await tabTo(page, `a[href="${base}/check"]`, { limit: 100 });
  await pressAndArrive(page, 'Enter', 'the check your answers link');
  const check = await readCheck(page);
  assert.deepEqual(check.problems, [], 'no errors left on check your answers');
  assert.equal(check.continueHref, `${base}/document`);
  assert.ok(check.changeLinks >= check.rows.length && check.rows.length > 10, `rows ${check.rows.length}, Change links ${check.changeLinks}`);
  const values = check.rows.map(([, v]) => v).join('\n');
  assert.ok(values.includes(SUBJECT_SURNAME), `the surname is shown exactly: ${values}`);
  assert.ok(values.includes('Daniel Smith'), 'the previous name is shown');
  assert.ok(values.includes('NG31 9ZZ'), 'the other address is shown');
  await auditForm(t, page, 'check your answers (completed form)');

  // The document: routed to the PADO team in the IMU, reply in 10 working days.
  const sent = await continueToDocument(page, POLICE);
  assert.equal(sent.heading, 'Send the form');
  assert.match(sent.reference ?? '', /^ISR-[0-9A-Z]{4}$/);
  assert.equal(sent.routes.length, 1, JSON.stringify(sent.routes));
  const [route] = sent.routes;
  assert.equal(route.title, 'Send this form to the Partner Agency Disclosure Officer team');
  assert.deepEqual(route.text, [
    'Send to: Partner Agency Disclosure Officer (PADO) team, Information Management Unit (IMU), Lincolnshire Police (disclosurehq@lincs.police.uk)',
    'Police should reply by Tuesday 9 December 2025, 10 working days after the request',
  ]);
  assert.deepEqual(sent.buttons, ['Print the form', 'Save as a file (JSON)']);
  await auditForm(t, page, 'the form document (send the form)');

  await tabToButton(page, 'Save as a file (JSON)');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }), page.keyboard.press('Enter')]);
  const name = download.suggestedFilename();
  assert.match(name, /^ISR-[0-9A-Z]{4}\.json$/, 'the file name is the reference only');
  assert.equal(name, `${sent.reference}.json`);
  const record = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(record.format, 'infoshare-form-record');
  assert.equal(record.reference, sent.reference);
  assert.ok(JSON.stringify(record).includes(SUBJECT_SURNAME), 'the record holds the surname as typed');

  assert.deepEqual(await unexpectedRequests(requests, app.url), [], 'requests other than same-origin GETs of files in dist/');
  assert.deepEqual(w.problems(), [], 'console errors, page errors or failed requests');
});

test('an urgent police request (not asked by phone) goes to the LPSH the same day', async (t) => {
  const context = await freshContext(t);
  const page = await context.newPage();
  const urgent = {
    ...POLICE,
    sections: POLICE.sections.map((s) =>
      s.id === 'reason'
        ? { id: 'reason', steps: [['radio', 'urgency', 'urgent'], ['check', 'urgent-reasons', 'emergency-placement'], ['radio', 'verbal-request', 'no']] }
        : s,
    ),
  };
  await load(page, app.url, formRoute(POLICE.pack, POLICE.id));
  await fillForm(page, urgent);
  assert.deepEqual((await readCheck(page)).problems, []);
  const sent = await continueToDocument(page, urgent);
  assert.equal(sent.routes.length, 1, JSON.stringify(sent.routes));
  assert.equal(sent.routes[0].title, 'Urgent: send this form to the LPSH today');
  assert.deepEqual(sent.routes[0].text, [
    'Send to: Lincolnshire Partnership Safeguarding Hub (LPSH), Protecting Vulnerable Persons Unit (LPSH@lincs.police.uk)',
    'Send it by the end of Tuesday 25 November 2025, the same day',
  ]);
});

for (const form of OTHER_FORMS) {
  test(`${form.pack}/${form.id} by keyboard: every section, check your answers with no errors, the document`, async (t) => {
    const context = await freshContext(t);
    const requests = recordRequests(context);
    const page = await context.newPage();
    const w = watch(page);
    await load(page, app.url, formRoute(form.pack, form.id));
    await fillForm(page, form);
    const check = await readCheck(page);
    assert.deepEqual(check.problems, [], 'no errors left on check your answers');
    assert.equal(check.continueHref, `${formRoute(form.pack, form.id)}/document`);
    const sent = await continueToDocument(page, form);
    assert.equal(sent.heading, form.heading ?? 'Send the form');
    assert.match(sent.reference ?? '', /^ISR-[0-9A-Z]{4}$/);
    assert.ok(sent.routes.length >= 1, 'at least one routing panel');
    assert.deepEqual(sent.routes.filter((r) => r.emptyBody), [], 'no routing panel has an empty body');
    if (form.routeTitles) assert.deepEqual(sent.routes.map((r) => r.title), form.routeTitles, 'the routing panels, in order');
    for (const pattern of form.routes ?? []) {
      assert.ok(sent.routes.some((r) => pattern.test(r.title)), `a route title matching ${pattern}: ${JSON.stringify(sent.routes)}`);
    }
    const deadlines = sent.routes.flatMap((r) => r.text);
    for (const pattern of form.deadlines ?? []) {
      assert.ok(deadlines.some((text) => pattern.test(text)), `a deadline matching ${pattern}: ${JSON.stringify(deadlines)}`);
    }
    assert.equal(sent.signatures, form.signatures ?? 0, 'a signature line for each attendee of a sign-in sheet');
    if (form.heading) await auditForm(t, page, `the ${form.id} helper's results`);
    if (form.id === 'sharing-decision-record') {
      // The decision-record form also saves the same decision record the wizards make.
      await tabToButton(page, 'Save as a decision record (JSON)');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /^ISD-[0-9A-Z]{4}\.json$/);
      const decision = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.equal(decision.format, 'infoshare-decision-record');
      assert.equal(decision.tool.kind, 'form');
    }
    assert.deepEqual(await unexpectedRequests(requests, app.url), []);
    assert.deepEqual(w.problems(), []);
  });
}

test('"Add" moves focus into the new item, even when its first field is an address or a date', async (t) => {
  const context = await freshContext(t);
  const page = await context.newPage();
  await load(page, app.url, `${formRoute(POLICE.pack, POLICE.id)}/section/subjects`);
  await fillSteps(page, [['add', 'Add a subject', 'subjects[0].forename']]);
  await step(page, ['add', 'Add an other address', 'subjects[0].other-addresses[0].address.lines']);
  await load(page, app.url, `${formRoute('lincolnshire', 'domestic-abuse-notifications')}/section/log`);
  await step(page, ['add', 'Add a notification', 'notifications[0].incident-when.day']);
});
