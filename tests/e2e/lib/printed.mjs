// Reading a printed PDF page by page (pdfinfo and pdftotext -layout), and what each engine's
// printing can do: Chromium repeats the marking on every page and draws CSS @page margin
// boxes, where the page numbers and the date print; Firefox repeats the marking but draws no
// margin boxes, so its pages are not numbered; WebKit repeats nothing on printed pages, so the
// app breaks the page into sheets itself just before printing, with the marking, the page
// numbers and the date at each break (src/print/sheets.rs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

export const CAN = {
  chromium: { repeat: true, numbers: true },
  firefox: { repeat: true, numbers: false },
  webkit: { repeat: true, numbers: true },
};

export const WHY_NOT = {
  numbers: 'Firefox draws no @page margin boxes, where Chromium numbers the pages and prints the date; it repeats the marking itself, so the app does not break its pages as it does WebKit\'s',
};

/** What never prints: the header, navigation, buttons and footer. */
const SCREEN_ONLY = ['Skip to main content', 'Clear everything now', 'Save a draft', 'Accessibility statement'];

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export const MARKING = {
  official: { top: 'OFFICIAL', bottom: 'OFFICIAL' },
  case: {
    top: 'OFFICIAL-SENSITIVE when completed: handle under your information sharing agreement',
    bottom: 'OFFICIAL-SENSITIVE when completed: do not leave unattended; destroy securely',
  },
  training: { top: 'TRAINING: FICTIONAL DATA. Not a real case', bottom: 'TRAINING: FICTIONAL DATA. Not a real case' },
};

/** Each page's non-empty lines, trimmed, as pdftotext lays them out. */
export function pageLines(file) {
  const count = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  return Array.from({ length: count }, (_, i) => {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
    return text.split('\n').map((line) => line.trim()).filter(Boolean);
  });
}

/** The marking's words are the first line of `lines` (top) or one of the last two (bottom, above the page number). */
const atTop = (lines, words) => lines[0]?.startsWith(words);
const atBottom = (lines, words) => lines.slice(-2).some((line) => line.startsWith(words));

/**
 * Checks the printed `file` for `marking` in `engine`, as subtests of `t`: top and bottom of
 * every page and "Page N of M" where the engine can; skipped, with the reason, where it cannot.
 */
export async function checkPrinted(t, file, marking, engine) {
  const pages = pageLines(file);
  const { top, bottom } = MARKING[marking];
  await t.test(`the marking at the top and bottom of each of the ${pages.length} pages`, () => {
    pages.forEach((lines, i) => {
      assert.ok(atTop(lines, top) && atBottom(lines, bottom), `page ${i + 1}: ${JSON.stringify([lines[0], ...lines.slice(-2)])}`);
    });
  });
  await t.test('"Page N of M" and the date printed on each page', (st) => {
    if (!CAN[engine].numbers) return st.skip(WHY_NOT.numbers);
    pages.forEach((lines, i) => {
      const foot = lines.slice(-2).join(' ');
      assert.ok(foot.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1}: ${foot}`);
      assert.ok(foot.includes(`Printed ${today()}`), `page ${i + 1}: ${foot}, not the date ${today()}`);
    });
  });
  await t.test('no header, navigation, buttons or footer', () => {
    const text = pages.flat().join('\n');
    for (const words of SCREEN_ONLY) assert.ok(!text.includes(words), `"${words}" printed`);
  });
}
