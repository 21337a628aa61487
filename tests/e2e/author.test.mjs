// Writing a pack in the browser (issue 22), by keyboard where a keyboard can reach (files are
// chosen with the file picker's API):
// - from the local-packs page, a blank pack gets a three-item checklist, written in the
//   GOV.UK pages with each problem shown at its field as it is made (checked in the sealing
//   worker after every change), items reordered with
//   Move up and Move down (focus following the item), and a wizard written as TOML text
//   (text that cannot be read is named by line and nothing is lost);
// - it is saved as TOML with the notes kept, opened again from the file, previewed in the
//   real checklist page and left off where it was on coming back;
// - unsaved edits ask before leaving, "Clear everything now" forgets the pack, and nothing
//   is written to browser storage; a copy of a shipped pack passes every check; a malformed
//   or oversized file is refused with why;
// - the documented example pack (docs/packs.md) is written from blank by keyboard, saved,
//   and equal in meaning to the example;
// axe-core and html-validate find nothing on the editor's pages.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'smol-toml';
import { REPO, goInApp, load, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { checks, follow, freshPage, pageProblems, press, setField, setFields, viewHeading } from './lib/author.mjs';
import { scratch } from './lib/cli.mjs';
import { heading, tabToButton } from './lib/drive.mjs';
import { EMPTY, browserStorage } from './lib/storage.mjs';

const app = useApp();

const ITEMS = [
  ['named', 'I am sending it to a named person.', 'Not a team inbox.', 'Find the named person first.'],
  ['secure', 'I am using a secure route.', 'Secure email or a sealed file.', 'Do not send it yet.'],
  ['recorded', 'I will record what I shared.', 'Your record shows it was lawful.', 'Write the record now.'],
];

const WIZARD = `# Agreed with the designated safeguarding lead.
[[flowchart]]
id = "urgent-share"
title = "Can I share without consent?"
purpose = "Decide whether the agreement lets you share without consent."
start = "risk"
exit = "act-now"
cite = [{ source = "my-area-isa", at = "§1" }]

[[flowchart.node]]
id = "risk"
kind = "question"
text = "Would asking for consent put someone at greater risk?"

[[flowchart.node.option]]
label = "Yes"
next = "act-now"
finding = "Seeking consent would increase the risk of harm."
cite = [{ source = "my-area-isa", at = "§1" }]

[[flowchart.node.option]]
label = "No"
next = "ask-first"

[[flowchart.node]]
id = "ask-first"
kind = "outcome"
text = "Ask for consent first"
next_steps = ["Explain what you want to share and why."]
cite = [{ source = "my-area-isa", at = "§1" }]

[[flowchart.node]]
id = "act-now"
kind = "outcome"
text = "Act now"
next_steps = ["Call 999 and follow your procedures."]
cite = [{ source = "my-area-isa", at = "§1" }]
`;






/** Waits for the page's heading to be `text`: an area's chunk may still be on its way. */
async function headingIs(page, text) {
  await page.waitForFunction((expected) => document.getElementById('main-heading')?.textContent.trim() === expected, text, { timeout: 30_000 });
  assert.equal(await heading(page), text);
}

/** The checklist items' titles, in order, on the checklist's page. */
const rows = (page) => page.locator('table.govuk-table td:first-child a').allTextContents();

async function writeChecklist(t, page) {
  await press(page, 'Add a checklist');
  assert.equal(await viewHeading(page), 'Checklist');
  assert.match(await checks(page), /problems? in the pack/);
  await setField(page, 'Title', '');
  await page.locator('#field-title-error').waitFor();
  await audit(t, page, 'a new checklist with its problems');
  await setField(page, 'Id', 'before-sharing');
  await setField(page, 'Title', 'Before you share');
  await setField(page, 'Purpose', 'Check the agreement first.');
  await setField(page, 'Introduction', 'Answer each statement.');
  await setField(page, 'Citations', 'my-area-isa: §1');
  await checks(page);
  assert.equal(await page.locator('#field-title-error').count(), 0, 'the title’s problem is gone');
  for (const [id, statement, meaning, ifNot] of ITEMS) {
    await press(page, 'Add a checklist item');
    await setField(page, 'Id', id);
    await setField(page, 'Statement', statement);
    await setField(page, 'What this means for you', meaning);
    await setField(page, 'If not', ifNot);
    await setField(page, 'Citations', 'my-area-isa: §1');
    await follow(page, 'Back to checklist');
  }
  assert.deepEqual(await rows(page), ITEMS.map((item) => item[1]));
}

test('a lead writes, reorders, saves, reopens and previews a pack', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await load(page, app.url, '#/packs');
  await follow(page, 'write your own agreement pack');
  await headingIs(page, 'Write your own agreement pack');
  await audit(t, page, 'the editor’s start');
  await tabToButton(page, 'Start a blank pack');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await viewHeading(page), 'Your pack');
  assert.equal(await checks(page), 'The pack passes every check');

  await writeChecklist(t, page);
  await page.locator('#item-0-down').focus();
  await page.keyboard.press('Enter');
  await settle(page);
  assert.deepEqual(await rows(page), [ITEMS[1][1], ITEMS[0][1], ITEMS[2][1]]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'item-1-down', 'focus follows the item');
  await page.locator('#item-1-up').focus();
  await page.keyboard.press('Enter');
  await settle(page);
  assert.deepEqual(await rows(page), ITEMS.map((item) => item[1]));
  assert.equal(await checks(page), 'The pack passes every check', await page.locator('#author-problems').textContent().catch(() => ''));
  await audit(t, page, 'a checklist with its items');

  await follow(page, 'Back to your pack');
  await follow(page, 'Decision wizards');
  const text = page.locator('#part-text');
  await text.fill('[[flowchart]]\nid = \n');
  await text.press('Tab');
  await settle(page);
  assert.match(await page.locator('#part-text-error').textContent(), /Line 2/);
  await audit(t, page, 'a part as text with an error');
  await text.fill(WIZARD);
  await press(page, 'Apply');
  assert.equal(await page.locator('#part-text-error').count(), 0);
  assert.equal(await checks(page), 'The pack passes every check');

  const leaving = () => page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(await leaving(), true, 'unsaved edits ask before leaving');
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Save as TOML')]);
  assert.equal(download.suggestedFilename(), 'agreement-pack.toml');
  const saved = join(scratch(), 'agreement-pack.toml');
  await download.saveAs(saved);
  const toml = readFileSync(saved, 'utf8');
  assert.match(toml, /^# Your area's information sharing agreement/);
  assert.match(toml, /# Agreed with the designated safeguarding lead.\n\[\[flowchart\]\]/);
  assert.ok(toml.indexOf('id = "named"') < toml.indexOf('id = "secure"'), toml);
  assert.equal(await leaving(), false, 'saved edits do not');

  await follow(page, 'Back to your pack');
  await follow(page, 'Before you share');
  await press(page, 'Preview in InfoShare');
  await page.locator('#author-preview').waitFor();
  await follow(page, 'Before you share');
  await headingIs(page, 'Before you share');
  await page.goBack();
  await page.locator('#author-view').waitFor();
  assert.equal(await viewHeading(page), 'Before you share', 'back where the lead left off');

  await press(page, 'Start again');
  await page.setInputFiles('#author-file', saved);
  await press(page, 'Open the file');
  await page.locator('#author-view').waitFor();
  assert.equal(await checks(page), 'The pack passes every check');
  await follow(page, 'Decision wizards');
  assert.match(await page.locator('#part-text').inputValue(), /# Agreed with the designated safeguarding lead./);

  await page.getByRole('button', { name: 'Clear everything now' }).click();
  await settle(page);
  await goInApp(page, '#/author');
  assert.equal(await page.getByText('You are writing a pack').count(), 0, 'clearing forgets the pack');
  const stored = await browserStorage(page);
  assert.deepEqual({ ...stored, serviceWorkers: [] }, EMPTY);
  assert.deepEqual(pageProblems(w), []);
});

test('a copy of a shipped pack passes; bad files are refused with why', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await load(page, app.url, '#/author');
  await page.locator('#copy-pack').selectOption('lincolnshire');
  await press(page, 'Copy this pack');
  await page.locator('#author-view').waitFor();
  assert.equal(await checks(page), 'The pack passes every check');
  await audit(t, page, 'a copy of a shipped pack');
  await press(page, 'Start again');
  assert.match(await page.locator('.govuk-inset-text').textContent(), /You are writing a pack/);

  const dir = scratch();
  const broken = join(dir, 'broken.toml');
  writeFileSync(broken, '[pack]\nid = "x"\ntitle = \n');
  await page.setInputFiles('#author-file', broken);
  await press(page, 'Open the file');
  await page.locator('#author-file-error').waitFor();
  assert.match(await page.locator('#author-file-error').textContent(), /Line 3/);
  const huge = join(dir, 'huge.toml');
  writeFileSync(huge, '#'.repeat(2 * 1024 * 1024 + 1));
  await page.setInputFiles('#author-file', huge);
  await press(page, 'Open the file');
  await page.waitForFunction(() => /smaller than 2 MB/.test(document.querySelector('#author-file-error')?.textContent ?? ''));
  await press(page, 'Go back to your pack');
  assert.equal(await checks(page), 'The pack passes every check', 'the pack being written is kept');
  assert.deepEqual(pageProblems(w), []);
});

/** The complete example pack in docs/packs.md, as core/tests/example_pack.rs finds it. */
function documentedExample() {
  const docs = readFileSync(join(REPO, 'docs', 'packs.md'), 'utf8');
  return docs.split('<!-- example pack -->')[1].split('```toml\n')[1].split('\n```')[0];
}


test('the documented example pack is written from blank by keyboard', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  const example = documentedExample();
  const expected = parse(example);
  await load(page, app.url, '#/author');
  await press(page, 'Start a blank pack');
  await follow(page, 'Change the pack details');
  const pack = expected.pack;
  await setFields(page, [
    ['Pack id', pack.id], ['Title', pack.title], ['Version', pack.version], ['Format version', String(pack.schema)],
    ['Law as at', pack.law_as_at], ['Summary', pack.summary], ['Sources', pack.sources.join('\n')],
  ]);
  await follow(page, 'Back to your pack');
  await follow(page, 'My Area Multi-Agency Information Sharing Agreement');
  const [source] = expected.source;
  await setFields(page, [
    ['Id', source.id], ['Title', source.title], ['Short name', source.short], ['Kind', source.kind], ['Publisher', source.publisher],
    ['Version', source.version], ['Date', source.date], ['Address', source.url], ['Sections used', source.sections.join('\n')],
  ]);
  await follow(page, 'Back to your pack');
  const cites = (list) => list.map((cite) => `${cite.source}: ${cite.at}`).join('\n');
  const [checklist] = expected.checklist;
  await press(page, 'Add a checklist');
  await setFields(page, [['Id', checklist.id], ['Title', checklist.title], ['Purpose', checklist.purpose], ['Introduction', checklist.intro], ['Citations', cites(checklist.cite)]]);
  for (const item of checklist.item) {
    await press(page, 'Add a checklist item');
    await setFields(page, [
      ['Id', item.id], ['Statement', item.statement], ['What this means for you', item.meaning], ['If not', item.if_not], ['Citations', cites(item.cite)],
    ]);
    await follow(page, 'Back to checklist');
  }
  await follow(page, 'Back to your pack');
  await follow(page, 'Decision wizards');
  await page.locator('#part-text').fill(example.slice(example.indexOf('[[flowchart]]')));
  await press(page, 'Apply');
  assert.equal(await checks(page), 'The pack passes every check', await page.locator('#author-problems').textContent().catch(() => ''));

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Save as TOML')]);
  const saved = join(scratch(), 'agreement-pack.toml');
  await download.saveAs(saved);
  assert.deepEqual(parse(readFileSync(saved, 'utf8')), expected, 'equal in meaning to the documented example');
  assert.deepEqual(pageProblems(w), []);
});
