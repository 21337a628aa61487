// Printing in the engine $INFOSHARE_ENGINE names: a page with no case details (OFFICIAL), a
// checklist and a form section (OFFICIAL-SENSITIVE and the handling words), a flowchart on A4
// landscape pages and a training page, each printed to PDF by the engine and read back with
// pdftotext (../e2e/lib/printed.mjs says what each engine can print). A decision record, held
// only in memory, is printed by the wizard flows in smoke.test.mjs.
import { test } from 'node:test';
import { join } from 'node:path';
import { GOLDEN_RULES } from '../e2e/lib/app.mjs';
import { scratch } from '../e2e/lib/cli.mjs';
import { ENGINE, useEngine } from './lib/engine.mjs';
import { checkPrinted } from '../e2e/lib/printed.mjs';

const use = useEngine();

const PRINTED = [
  ['#/sources', 'official'],
  [GOLDEN_RULES, 'case'],
  ['#/forms/lincolnshire/police-disclosure-request/section/subjects', 'case'],
  ['#/wizards/national/lawful-basis/diagram', 'official'],
  ['#/training/quiz', 'training'],
];

for (const [route, marking] of PRINTED) {
  test(`${ENGINE}: ${route.slice(1)} prints with the ${marking} marking`, async (t) => {
    const page = await use.engine.newPage();
    t.after(() => page.close());
    await page.goto(use.url + route);
    await page.waitForSelector('#main-heading', { timeout: 30_000 });
    const file = join(scratch(), 'printed.pdf');
    await page.pdf(file);
    await checkPrinted(t, file, marking, ENGINE);
  });
}
