// Publishing for an area from the pack editor (issue 22), and the editor's bad input:
// - a lead writes a pack in the editor's pages, with no TOML (lib/author-write.mjs: a four-step
//   wizard and a two-section request form routed in 10 working days), keeps Lincolnshire,
//   lists their own pack first on Home and sets the idle minutes, then makes a single HTML
//   file and a zip of the site (each timed, each with a neutral file name);
// - the single file opened from file://, and the zip's site from a plain static server, list
//   the lead's pack first on Home with the national guidance and Lincolnshire only, carry
//   the idle minutes, and a practitioner walks the lead's wizard and completes their form to
//   its route and deadline;
// - settings the published copy cannot take are refused with why, and nothing is made;
// - a duplicate id, a citation to an unknown source, a reference to a deleted field and a
//   cycle in a flowchart are each named with their line and item, the editor keeps working
//   and nothing already written is lost.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { startServer } from '../../tools/serve.mjs';
import { load, settle, useApp, watch } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { checks, follow, freshPage, pageProblems, press, problems } from './lib/author.mjs';
import { REQUEST_ANSWERS, writeForm, writeWizard } from './lib/author-write.mjs';
import { scratch } from './lib/cli.mjs';
import { heading, walk } from './lib/drive.mjs';
import { continueToDocument, fillForm } from './lib/forms.mjs';

const app = useApp();

const FORM = `# The request form, agreed with the partners.
[[form]]
id = "request"
title = "Ask a partner for information"
purpose = "Ask a partner for information under the agreement."
intro = "Fill in each section, then check your answers."
calendar = "england-and-wales"
cite = [{ source = "my-area-isa", at = "§1" }]

[[form.section]]
id = "you"
title = "About you"

[[form.section.field]]
id = "requester-name"
kind = "person-name"
label = "Your name"
required = true

[[form.section.field]]
id = "request-date"
kind = "date"
label = "Date of the request"
required = true
bounds = "not-future"

[[form.section]]
id = "need"
title = "What you need"

[[form.section.field]]
id = "reason"
kind = "long-text"
label = "Why you need the information"
required = true

[[form.route]]
id = "partner"
title = "Send this form to the partner's information team"
to = "Information team, My Area Council"
deadline = { unit = "working-days", count = 10, from = "request-date", text = "They should reply by {due}, {count} working days after the request" }
steps = ["Send the form by secure email."]
cite = [{ source = "my-area-isa", at = "§1" }]
`;

const WIZARD_WITH_A_CYCLE = `[[flowchart]]
id = "round"
title = "Round and round"
purpose = "Never ends."
start = "a"
exit = "done"
cite = [{ source = "my-area-isa", at = "§1" }]

[[flowchart.node]]
id = "a"
kind = "question"
text = "First?"

[[flowchart.node.option]]
label = "Yes"
next = "b"

[[flowchart.node.option]]
label = "No"
next = "done"

[[flowchart.node]]
id = "b"
kind = "question"
text = "Second?"

[[flowchart.node.option]]
label = "Yes"
next = "a"

[[flowchart.node.option]]
label = "No"
next = "done"

[[flowchart.node]]
id = "done"
kind = "outcome"
text = "Done"
next_steps = ["Stop."]
cite = [{ source = "my-area-isa", at = "§1" }]
`;





/** Back up to the whole pack's page, by each page's back link. */
async function toTop(page) {
  while (await page.locator('a.govuk-back-link').count()) {
    await page.locator('a.govuk-back-link').focus();
    await page.keyboard.press('Enter');
    await settle(page);
  }
}

/** Writes `text` as the part `name` (Decision wizards, Forms) and applies it. */
async function writePart(page, name, text) {
  await toTop(page);
  await follow(page, name);
  await page.locator('#part-text').fill(text);
  await press(page, 'Apply');
  assert.equal(await page.locator('#part-text-error').count(), 0, await page.locator('#part-text-error').textContent().catch(() => ''));
}

async function startBlank(page) {
  await load(page, app.url, '#/author');
  await press(page, 'Start a blank pack');
  assert.equal(await checks(page), 'The pack passes every check');
}

/**
 * Presses `label` and saves the download into `dir`: its name, path and the time from the
 * press to the page saying it is saved (the file offered). Playwright's own download event can
 * come up to 30 s after the file is offered in this suite (not in a page driven alone), so it
 * is not part of the time.
 */
async function made(page, label, dir) {
  const started = performance.now();
  const downloaded = page.waitForEvent('download', { timeout: 180_000 });
  await press(page, label);
  await page.waitForFunction(() => !/^Making/.test(document.querySelector('#publish-status')?.textContent ?? ''), null, { timeout: 180_000, polling: 50 });
  const ms = Math.round(performance.now() - started);
  const status = await page.locator('#publish-status').textContent();
  assert.match(status, /^Saved as/, `${status} ${await page.locator('#publish-problems').textContent().catch(() => '')}`);
  const download = await downloaded;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, ms };
}

/** What Home lists: each pack's heading, in order. */
const homePacks = (page) => page.$$eval('ul.app-tools', (lists) => lists.map((list) => list.previousElementSibling.previousElementSibling.textContent.trim()));

/** A practitioner opens the published copy at `url`: Home, the idle minutes, the lead's form. */
async function practitionerUses(page, url) {
  const w = watch(page);
  await load(page, url, '#/');
  await page.locator('ul.app-tools').first().waitFor();
  const listed = await homePacks(page);
  assert.deepEqual(listed, ["My area's information sharing agreement", 'National guidance', "Lincolnshire Police and Children's Services agreement"]);
  assert.equal(await page.locator('meta[name="infoshare-idle-minutes"]').getAttribute('content'), '7');
  await load(page, url, '#/wizards/my-area/when-to-ask');
  assert.equal(await heading(page), 'Is someone at risk of harm now?');
  await walk(page, ['No']);
  assert.equal(await heading(page), 'Ask the partner');
  await load(page, url, '#/forms/my-area/request');
  assert.equal(await heading(page), 'Ask a partner for information');
  await fillForm(page, REQUEST_ANSWERS);
  const sent = await continueToDocument(page, REQUEST_ANSWERS);
  assert.equal(sent.routes[0].title, 'Send this form to the partner’s information team');
  assert.match(sent.routes[0].text.join(' '), /10 working days after the request/);
  assert.deepEqual(pageProblems(w), []);
}

test('a lead publishes a single file and a site, and a practitioner uses each', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await startBlank(page);
  const noCheck = async () => {};
  await writeWizard(page, noCheck);
  await writeForm(page, noCheck);
  assert.equal(await checks(page), 'The pack passes every check', (await problems(page)).join('\n'));

  await press(page, 'Publish for your area');
  assert.equal(await page.locator('#author-view').textContent(), 'Publish for your area');
  await audit(t, page, 'publishing for an area');
  await page.locator('#keep-lincolnshire').focus();
  await page.keyboard.press('Space');
  await page.locator('#publish-first').selectOption('');
  await page.locator('#publish-idle').fill('7');
  await page.locator('#publish-idle').press('Tab');

  const dir = scratch();
  const single = await made(page, 'Make a single HTML file', dir);
  assert.equal(single.name, 'infoshare-published.html');
  assert.match(await page.locator('#publish-status').textContent(), /Saved as infoshare-published.html/);
  const site = await made(page, 'Make a zip for a web server', dir);
  assert.equal(site.name, 'infoshare-site.zip');
  t.diagnostic(`publish times: single file ${single.ms} ms, zip ${site.ms} ms`);
  assert.deepEqual(pageProblems(w), []);

  const html = readFileSync(single.path, 'utf8');
  assert.match(html, /<meta name="infoshare-published" content="my-area national lincolnshire">/);
  const practitioner = await freshPage(t, app.browser);
  await practitionerUses(practitioner, pathToFileURL(single.path).href);

  const folder = join(dir, 'site');
  execFileSync('unzip', ['-q', site.path, '-d', folder]);
  const { server, url } = await startServer(folder, 0);
  t.after(() => new Promise((done) => server.close(done)));
  const visitor = await freshPage(t, app.browser);
  await practitionerUses(visitor, url);
});

test('settings a published copy cannot take are refused with why', async (t) => {
  const page = await freshPage(t, app.browser);
  await startBlank(page);
  await press(page, 'Publish for your area');
  await page.locator('#publish-idle').fill('0');
  await page.locator('#publish-idle').press('Tab');
  await press(page, 'Make a single HTML file');
  await page.locator('#publish-problems').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('#publish-status').textContent(), /Nothing was made/);
  assert.match(await page.locator('#publish-problems').textContent(), /idle minutes must be a whole number from 1 to 480/);
});

test('bad input is named with where it is, and nothing already written is lost', async (t) => {
  const page = await freshPage(t, app.browser);
  const w = watch(page);
  await startBlank(page);
  await writePart(page, 'Forms', FORM);

  await toTop(page);
  await press(page, 'Add a checklist');
  await press(page, 'Add a checklist item');
  await follow(page, 'Back to checklist');
  await press(page, 'Add a checklist item');
  // A citation to a source the pack does not have: shown at its field.
  const cite = page.getByLabel('Citations', { exact: true });
  await cite.fill('nowhere: §1');
  await cite.press('Tab');
  await checks(page);
  assert.match(await page.locator('#field-cite-error').textContent(), /unknown source 'nowhere'/);

  // A duplicate id: the second checklist item given the first's.
  const id = page.getByLabel('Id', { exact: true });
  await id.fill('item-1');
  await id.press('Tab');
  await checks(page);
  assert.ok((await problems(page)).some((line) => /^Line \d+.*id 'item-1' is used more than once/.test(line)), (await problems(page)).join('\n'));

  // A reference to a deleted field: the route counts from a field taken out of the form.
  await writePart(page, 'Forms', FORM.replace(/\[\[form\.section\.field\]\]\nid = "request-date"[^[]*/, ''));
  await checks(page);
  assert.ok((await problems(page)).some((line) => /^Line \d+.*request-date/.test(line)), (await problems(page)).join('\n'));

  // A cycle in a flowchart.
  await writePart(page, 'Decision wizards', WIZARD_WITH_A_CYCLE);
  await checks(page);
  assert.ok((await problems(page)).some((line) => /^Line \d+.*flowchart round.*loops back/.test(line)), (await problems(page)).join('\n'));

  // The editor keeps working: each is put right, and everything written is still there.
  await writePart(page, 'Decision wizards', WIZARD_WITH_A_CYCLE.replace('next = "a"', 'next = "done"'));
  await writePart(page, 'Forms', FORM);
  await toTop(page);
  await follow(page, 'Checklist 1');
  await follow(page, 'Checklist item 2');
  await id.fill('item-2');
  await id.press('Tab');
  await cite.fill('my-area-isa: §1');
  await cite.press('Tab');
  await checks(page);
  assert.ok(!(await problems(page)).some((line) => /used more than once|nowhere|request-date|loops back/.test(line)), (await problems(page)).join('\n'));
  await toTop(page);
  await follow(page, 'Forms');
  assert.match(await page.locator('#part-text').inputValue(), /# The request form, agreed with the partners./);
  assert.deepEqual(pageProblems(w), []);
});
