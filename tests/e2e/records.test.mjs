// The decision record flow (the details form, check your answers, the record), by keyboard:
// the form's errors (all missing; a 10,001-character reason, with nothing typed lost); "Save as
// a file (JSON)" downloads ISD-XXXX.json holding the record, and the whole visit makes only
// same-origin GETs of files in dist/; axe-core and html-validate on the form with errors, check
// your answers and the record, on screen and in print; the record printed as a PDF carries the
// marking on every page, and page numbers, where the engine can (lib/printed.mjs); and a
// checklist's record lists every item and seals as a PDF that pdftotext reads.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { allowClipboard, GOLDEN_RULES, load, navigate, pageState, settle, useApp } from './lib/app.mjs';
import { audit, recordRequests, unexpectedRequests } from './lib/audit.mjs';
import {
  chooseRadio,
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
import { NAME, REASONS, ROLE, SHOULD_I_SHARE, WIZARDS, recordFields } from './lib/wizards.mjs';
import { pdfText, scratch } from './lib/cli.mjs';
import { ENGINE, NO_PRINT_MEDIA } from './lib/browsers.mjs';
import { checkPrinted, pageLines } from './lib/printed.mjs';
import { sealAs, shownPassphrase } from './lib/seal.mjs';

const app = useApp();
const PUBLIC_INTEREST = WIZARDS.find((w) => w.route.endsWith('/public-interest'));

async function freshContext(t) {
  const context = await app.browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  await allowClipboard(context, app.url);
  return context;
}

const hash = (page) => page.evaluate(() => location.hash);

/** Loads `wizard`, walks its short path by keyboard and opens its record form. */
async function toRecordForm(page, wizard) {
  await load(page, app.url, wizard.route);
  const path = await walk(page, wizard.answers);
  await tabToButton(page, 'Record your decision');
  await pressAndArrive(page, 'Enter', '"Record your decision"');
  assert.equal(await hash(page), `${wizard.route}/record`);
  return path;
}

/** From the record form: fills it for `wizard`, continues, and creates the record. */
async function toDocument(page, wizard, fields = recordFields(wizard)) {
  await fillRecord(page, { decision: wizard.decision, fields });
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, 'Enter', 'Continue on the record form');
  assert.equal(await hash(page), `${wizard.route}/check`, `errors: ${JSON.stringify(await errorSummary(page))}`);
  await tabToButton(page, 'Create the record');
  await pressAndArrive(page, 'Enter', '"Create the record"');
  assert.equal(await hash(page), `${wizard.route}/document`);
  return readDocument(page);
}

/** Presses Continue on the record form expecting errors; waits for the summary to take focus. */
async function continueWithErrors(page) {
  const before = await page.title();
  await tabToButton(page, 'Continue');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await settle(page);
  const state = await pageState(page);
  assert.equal(state.focused, 'div#error-summary', 'focus should move to the error summary');
  assert.equal(state.title, `Error: ${before.replace(/^Error: /, '')}`, 'the title should start "Error: "');
  return errorSummary(page);
}

/** The inline error message shown for field `id` (its visually hidden prefix included). */
const inlineError = (page, id) => page.evaluate((field) => document.getElementById(`${field}-error`)?.textContent.trim() ?? null, id);

test('the record form submitted empty lists decision, reasons, name and role; each link focuses its field', async (t) => {
  const context = await freshContext(t);
  const page = await context.newPage();
  await toRecordForm(page, PUBLIC_INTEREST);
  const summary = await continueWithErrors(page);
  assert.deepEqual(summary, [
    { href: '#decision', text: 'Select what you have decided' },
    { href: '#rationale', text: 'Enter the reasons for your decision' },
    { href: '#maker-name', text: "Enter the decision-maker's name" },
    { href: '#maker-role', text: "Enter the decision-maker's role" },
  ]);
  for (const { href, text } of summary) assert.equal(await inlineError(page, href.slice(1)), `Error: ${text}`, `inline error for ${href}`);
  assert.equal(await hash(page), `${PUBLIC_INTEREST.route}/record`, 'errors keep the form on screen');

  await audit(t, page, 'the record form with errors');

  for (const [index, { href }] of summary.entries()) {
    await tabTo(page, `#error-summary a[href="${href}"]`, { backwards: index > 0 }); // the summary is above each field
    await page.keyboard.press('Enter');
    assert.match(await describeFocus(page), new RegExp(`^(input|textarea)${href}( |$)`), `the error link ${href} should focus its field`);
  }
});

test('a 10,001-character reason: the length error, and nothing typed is lost', async (t) => {
  const context = await freshContext(t);
  const page = await context.newPage();
  const wizard = SHOULD_I_SHARE;
  await toRecordForm(page, wizard);
  const long = `${'Reasons. '.repeat(1_111)}xx`;
  assert.equal(long.length, 10_001);
  const fields = { ...recordFields(wizard), rationale: { paste: long } };
  await fillRecord(page, { decision: wizard.decision, fields });
  const typed = await recordValues(page);

  const summary = await continueWithErrors(page);
  const message = 'Reasons must be 10,000 characters or fewer (you have 10,001)';
  assert.deepEqual(summary, [{ href: '#rationale', text: message }]);
  assert.equal(await inlineError(page, 'rationale'), `Error: ${message}`);
  assert.deepEqual(await recordValues(page), typed, 'every field keeps what was typed');
  assert.equal((await recordValues(page)).rationale.length, 10_001);

  // Still there after leaving the form and coming back.
  await navigate(page, () => page.goBack(), 'Back to the outcome');
  assert.equal(await heading(page), wizard.heading);
  await navigate(page, () => page.goForward(), 'Forward to the form');
  assert.deepEqual(await recordValues(page), typed, 'the form is filled in again from memory');

  // One character fewer is accepted, and the record holds it all.
  await continueWithErrors(page);
  await tabTo(page, '#error-summary a[href="#rationale"]');
  await page.keyboard.press('Enter');
  assert.match(await describeFocus(page), /^textarea#rationale/, 'the error link focuses the reasons');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Backspace');
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, 'Enter', 'Continue with 10,000 characters');
  assert.equal(await hash(page), `${wizard.route}/check`);
  assert.equal((await readDocument(page)).rows.Reasons, long.slice(0, 10_000));
});

test('"Save as a file (JSON)" downloads ISD-XXXX.json with the record; only same-origin GETs of dist/ files', async (t) => {
  const context = await freshContext(t);
  const requests = recordRequests(context);
  const page = await context.newPage();
  const wizard = SHOULD_I_SHARE;
  const path = await toRecordForm(page, wizard);
  const shown = await toDocument(page, wizard);
  const reference = shown.rows.Reference;
  assert.match(reference, /^ISD-[0-9A-Z]{4}$/);

  await tabToButton(page, 'Save as a file (JSON)');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }), page.keyboard.press('Enter')]);
  const name = download.suggestedFilename();
  assert.match(name, /^ISD-[0-9A-Z]{4}\.json$/, 'the file name is the reference only: no personal data');
  assert.equal(name, `${reference}.json`);
  const text = await readFile(await download.path(), 'utf8');
  const record = JSON.parse(text);
  assert.equal(record.format, 'infoshare-decision-record');
  assert.equal(record.version, 1);
  assert.equal(record.reference, reference);
  assert.deepEqual(record.decision_maker, { name: NAME, role: ROLE });
  assert.equal(record.decision, 'share');
  assert.equal(record.rationale, REASONS);
  assert.equal(record.shared_with, recordFields(wizard)['shared-with']);
  assert.deepEqual(record.tool && { kind: record.tool.kind, pack: record.tool.pack, id: record.tool.id }, { kind: 'wizard', pack: 'national', id: 'should-i-share' });
  assert.equal(record.outcome?.heading, wizard.heading);
  assert.deepEqual(record.path?.map((p) => [p.step, p.question, p.answer]), path.map((p) => [p.step, p.question, p.answer]));
  assert.equal(await page.locator('.govuk-error-message').count(), 0, 'no download error shown');

  const bad = await unexpectedRequests(requests, app.url);
  assert.deepEqual(bad, [], 'requests other than same-origin GETs of files in dist/');
  const paths = [...new Set(requests.filter((r) => !r.url.startsWith('blob:')).map((r) => new URL(r.url).pathname))];
  for (const ext of ['/', '.js', '.wasm', '.css']) assert.ok(paths.some((p) => p.endsWith(ext)), `no ${ext} request was recorded: ${paths.join(', ')}`);
});

test('axe-core and html-validate on check your answers and the record (on screen and in print); the record as a PDF', async (t) => {
  const context = await freshContext(t);
  // Count calls to window.print (headless Chromium has no print dialog to open).
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
  });
  const page = await context.newPage();
  const wizard = WIZARDS.find((w) => w.route.endsWith('/lawful-basis'));
  await toRecordForm(page, wizard);
  // Long reasons, so that the record runs to more than one printed page.
  const reasons = Array.from({ length: 40 }, (_, i) => `Reason ${i + 1}: weighed the risk of sharing against the risk of not sharing.`).join('\n');
  await fillRecord(page, { decision: wizard.decision, fields: { ...recordFields(wizard), rationale: { paste: reasons } } });
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, 'Enter', 'Continue on the record form');
  assert.equal(await heading(page), 'Check your decision record');
  await audit(t, page, 'check your answers');

  await tabToButton(page, 'Create the record');
  await pressAndArrive(page, 'Enter', '"Create the record"');
  const record = await readDocument(page);
  assert.match(record.banner ?? '', /^Record ISD-[0-9A-Z]{4} created$/);
  await audit(t, page, 'the record');
  await tabToButton(page, 'Print the record');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printCalls), 1, '"Print the record" opens the print dialog');

  const visibility = () =>
    page.evaluate(() => {
      const shown = (el) => el.checkVisibility();
      return {
        screenOnly: [...document.querySelectorAll('button, .govuk-notification-banner, .app-marking, header, footer')].filter(shown).map((el) => el.outerHTML.slice(0, 60)),
        record: shown(document.querySelector('main .govuk-summary-list')),
      };
    });
  const screen = await visibility();
  assert.ok(screen.screenOnly.length >= 8 && screen.record, `on screen: 3 buttons, the banner, 2 markings, header and footer (${screen.screenOnly.length})`);
  await t.test('the print view', { skip: NO_PRINT_MEDIA }, async (st) => {
    await page.emulateMedia({ media: 'print' });
    const print = await visibility();
    assert.deepEqual(print.screenOnly, [], 'print hides the buttons, the banner, the on-screen markings, header and footer');
    assert.ok(print.record, 'print shows the record');
    await audit(st, page, 'the record in print view');
    await page.emulateMedia({ media: null });
  });

  const file = join(scratch(), 'record.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  const pages = pageLines(file);
  assert.ok(pages.length >= 2, `the long record should print on more than one page (${pages.length})`);
  await checkPrinted(t, file, 'case', ENGINE);
  // In reading order, lines joined: where a line wraps differs by engine.
  const all = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(all.includes(record.rows.Reference), 'the PDF holds the reference');
  assert.ok(all.includes(wizard.heading), 'the PDF holds the outcome');
  assert.ok(all.normalize('NFC').includes(NAME), 'the PDF holds the decision-maker’s name');
  assert.ok(!all.includes('Save as a file') && !all.includes('Start a new decision'), 'no buttons in print');
});

test("a checklist's record lists every item, with \"Not answered\" for those left, and seals as a PDF", async (t) => {
  const context = await freshContext(t);
  const page = await context.newPage();
  await load(page, app.url, GOLDEN_RULES);
  const items = await page.$$eval('.app-checklist-item legend', (legends) => legends.map((l) => l.textContent.trim().replace(/^\d+\.\s*/, '')));
  const groups = await page.$$eval('.app-checklist-item', (all) => all.map((item) => item.querySelector('input[type="radio"]').name));
  assert.ok(items.length >= 5 && items.length === groups.length, `items: ${items.length}`);

  // Item 1: Yes, with a note; item 3: Not applicable. Everything else is left.
  await tabTo(page, `input[name="${groups[0]}"]`);
  await chooseRadio(page, 'Yes');
  await tabTo(page, 'summary');
  await page.keyboard.press('Enter');
  await tabTo(page, `textarea#${groups[0]}-note`);
  const note = `Checked with ${NAME}.`;
  await page.keyboard.type(note);
  await tabTo(page, `input[name="${groups[2]}"]`);
  await chooseRadio(page, 'Not applicable');
  await tabToButton(page, 'Record your decision');
  await pressAndArrive(page, 'Enter', '"Record your decision"');
  assert.equal(await hash(page), `${GOLDEN_RULES}/record`);

  const wizardLike = { route: GOLDEN_RULES, decision: 'Do not share', shares: false };
  const record = await toDocument(page, wizardLike);
  const expected = items.map((item, i) => [item, i === 0 ? `Yes\nNote: ${note}` : i === 2 ? 'Not applicable' : 'Not answered']);
  assert.deepEqual(record.answers, expected, 'every item, answered or not, in order');
  assert.equal(record.outcome, `${items.length - 2} of ${items.length} items need action`);
  assert.equal(record.rows.Decision, 'Do not share');
  assert.match(record.rows.Tool, /^Checklist: The seven golden rules for information sharing \(pack national /);
  assert.match(record.banner ?? '', /^Record ISD-[0-9A-Z]{4} created$/);

  // The record seals like a form: a PDF named by its reference, the note inside.
  await tabToButton(page, 'Seal the record to send it');
  await pressAndArrive(page, 'Enter', '"Seal the record to send it"');
  assert.equal(await hash(page), `${GOLDEN_RULES}/seal`);
  assert.equal(await heading(page), 'Seal the decision record');
  const passphrase = await shownPassphrase(page);
  const { name, file } = await sealAs(page, 'Password-protected PDF');
  const reference = record.banner.match(/ISD-[0-9A-Z]{4}/)[0];
  assert.equal(name, `${reference}.pdf`);
  const text = pdfText(file, passphrase).replace(/\s+/g, ' ');
  for (const expected of ['Decision record: The seven golden rules for information sharing', note, 'OFFICIAL-SENSITIVE']) {
    assert.ok(text.includes(expected), `the sealed record has "${expected}"`);
  }
});
