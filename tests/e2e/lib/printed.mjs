// Reading a printed PDF page by page (pdfinfo and pdftotext -layout), and what each engine's
// printing can do: Chromium repeats the marking on every page and draws CSS @page margin
// boxes, with the page numbers and the date printed; Firefox repeats the marking but draws no
// margin boxes; WebKit repeats nothing on printed pages, so the marking prints at the top of
// the first page and the bottom of the last (the accessibility statement tells Safari users).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

export const CAN = {
  chromium: { repeat: true, margins: true },
  firefox: { repeat: true, margins: false },
  webkit: { repeat: false, margins: false },
};

export const WHY_NOT = {
  repeat: 'WebKit prints a fixed-position element once, not on every page, and draws no @page margin boxes',
  margins: 'only Chromium draws @page margin boxes, where the page is numbered and the date printed',
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
  await t.test('the marking at the top of the first page and the bottom of the last', () => {
    assert.ok(atTop(pages[0], top), `page 1 starts ${JSON.stringify(pages[0]?.[0])}, not "${top}"`);
    assert.ok(atBottom(pages.at(-1), bottom), `the last page ends ${JSON.stringify(pages.at(-1)?.slice(-2))}, not "${bottom}"`);
  });
  await t.test(`the marking at the top and bottom of each of the ${pages.length} pages`, (st) => {
    if (!CAN[engine].repeat) return st.skip(WHY_NOT.repeat);
    pages.forEach((lines, i) => {
      assert.ok(atTop(lines, top) && atBottom(lines, bottom), `page ${i + 1}: ${JSON.stringify([lines[0], ...lines.slice(-2)])}`);
    });
  });
  await t.test('"Page N of M" and the date printed on each page', (st) => {
    if (!CAN[engine].margins) return st.skip(WHY_NOT.margins);
    pages.forEach((lines, i) => {
      assert.ok(lines.at(-1).includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1}: ${lines.at(-1)}`);
      assert.ok(lines.at(-1).includes(`Printed ${today()}`), `page ${i + 1}: ${lines.at(-1)}, not the date ${today()}`);
    });
  });
  await t.test('no header, navigation, buttons or footer', () => {
    const text = pages.flat().join('\n');
    for (const words of SCREEN_ONLY) assert.ok(!text.includes(words), `"${words}" printed`);
  });
}
