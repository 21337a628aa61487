// Every page prints cleanly (issue 7): no header, navigation, buttons or footer; a protective
// marking at the top and bottom of every sheet (OFFICIAL, or OFFICIAL-SENSITIVE on pages that
// can hold case details), page numbers, and the date printed.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { GOLDEN_RULES, load, useApp } from './lib/app.mjs';
import { scratch } from './lib/cli.mjs';

const app = useApp();

async function printed(page, route) {
  await load(page, app.url, route);
  await page.emulateMedia({ media: 'print' });
  const file = join(scratch(), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

for (const [route, marking] of [['#/sources', /^\s*OFFICIAL\s*$/m], [GOLDEN_RULES, /OFFICIAL-SENSITIVE when completed/]]) {
  test(`${route.slice(1)} prints with its marking, page numbers and the date, and no navigation`, async (t) => {
    const context = await app.browser.newContext();
    t.after(() => context.close());
    const text = await printed(await context.newPage(), route);
    assert.match(text, marking);
    assert.match(text, /Page 1 of \d+/);
    assert.ok(text.includes(`Printed ${today()}`), `the date printed: ${today()}`);
    for (const chrome of ['Skip to main content', 'Clear everything now', 'Save a draft', 'Accessibility statement']) {
      assert.ok(!text.includes(chrome), `"${chrome}" printed`);
    }
  });
}
