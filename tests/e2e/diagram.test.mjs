// The flowcharts as a trainer projects them and a lead prints them: every shipped chart's
// diagram measured in Chromium with the fonts it is drawn in (text inside its box, labels
// clear of boxes and of each other, every box in the text alternative); axe-core and
// html-validate on each diagram state (no path, a path, zoomed, full screen, printed, the
// path alone on the outcome and on the record); full screen at 1280x720 with text at 16 px or
// more, moved and zoomed by keyboard and mouse; and the print as A4 landscape pages, each
// break marked. Set INFOSHARE_SHOTS to a folder to keep the screenshots and the PDF.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allowClipboard, goInApp, label, load, settle, useApp } from './lib/app.mjs';
import { audit } from './lib/audit.mjs';
import { NO_PRINT_MEDIA } from './lib/browsers.mjs';
import { fillRecord, pressAndArrive, tabTo, tabToButton, walk } from './lib/drive.mjs';
import { LAWFUL_BASIS, recordFields } from './lib/wizards.mjs';

const app = useApp();
const SHOTS = process.env.INFOSHARE_SHOTS;

/** A fresh context (its own memory) at 1280x720 whose page may paste, at `route`. */
async function freshPage(t, route) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
  t.after(() => context.close());
  await allowClipboard(context, app.url);
  const page = await context.newPage();
  await load(page, app.url, route);
  return page;
}

async function shot(page, name, options = {}) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), ...options });
}

/** In the page: overlaps in the drawn diagram, measured by the browser (getBBox), in words. */
function drawnProblems(selector) {
  return document.querySelectorAll(selector).length === 0
    ? ['no diagram']
    : [...document.querySelectorAll(selector)].flatMap((svg) => {
        const bounds = (element) => {
          const b = element.getBBox();
          return { x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
        };
        const overlap = (a, b) => a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;
        const inside = (a, b) => a.x >= b.x && a.right <= b.right && a.y >= b.y && a.bottom <= b.bottom;
        const boxes = [...svg.querySelectorAll('.app-diagram__box')].map((g) => ({
          name: g.querySelector('.app-diagram__text').textContent.slice(0, 40),
          box: bounds(g.querySelector('rect')),
          text: bounds(g.querySelector('.app-diagram__text')),
        }));
        const labels = [...svg.querySelectorAll('.app-diagram__label')].map((l) => ({ name: l.textContent, box: bounds(l) }));
        const found = [];
        for (const b of boxes) if (!inside(b.text, b.box)) found.push(`text overflows its box: ${b.name}`);
        for (const [i, l] of labels.entries()) {
          for (const b of boxes) if (overlap(l.box, b.box)) found.push(`label "${l.name}" covers box "${b.name}"`);
          for (const m of labels.slice(i + 1)) if (overlap(l.box, m.box)) found.push(`label "${l.name}" covers label "${m.name}"`);
        }
        return found;
      });
}

/** The frame's scroll position once any smooth scrolling has stopped. */
async function scrollPosition(page) {
  const read = () => page.locator('.app-diagram__frame').evaluate((f) => [f.scrollLeft, f.scrollTop]);
  let last = await read();
  for (;;) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now[0] === last[0] && now[1] === last[1]) return now;
    last = now;
  }
}

/** The text size on screen, in CSS px, of the diagram's box text. */
const screenTextSize = (page) =>
  page.evaluate(() => {
    const svg = document.querySelector('.app-diagram__frame svg');
    return (16 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
  });

test('every shipped flowchart: the diagram reads as drawn by the browser, and its text alternative is complete', async (t) => {
  await app.ready();
  const wizards = app.toolRoutes.filter((route) => route.startsWith('#/wizards/'));
  assert.ok(wizards.length >= 5, `Home links every flowchart: ${wizards}`);
  for (const wizard of wizards) {
    await t.test(label(wizard), async (t) => {
      const page = await freshPage(t, `${wizard}/diagram`);
      assert.deepEqual(await page.evaluate(drawnProblems, '.app-diagram__frame svg'), []);
      const counts = await page.evaluate(() => ({
        // An outcome many steps reach is drawn beside each of them: count each step once.
        boxes: new Set([...document.querySelectorAll('.app-diagram__frame .app-diagram__box')].map((g) => g.querySelector('.app-diagram__text').textContent)).size,
        items: document.querySelectorAll('#diagram-text > li').length,
        pathMarks: document.querySelectorAll('.app-diagram__step').length,
      }));
      assert.equal(counts.items, counts.boxes, 'the text alternative lists every step drawn');
      assert.equal(counts.pathMarks, 0, 'with no answers yet, no path is marked');
      await audit(t, page, `${label(wizard)}/diagram with no path`);
    });
  }
});

test('the lawful basis finder with a path: marked without colour, zoomed and moved by keyboard and mouse, full screen at 1280x720', async (t) => {
  const page = await freshPage(t, LAWFUL_BASIS.route);
  const path = await walk(page, ['No', 'Yes', 'Public task']);
  await goInApp(page, `${LAWFUL_BASIS.route}/diagram`);
  const marked = await page.evaluate(() => ({
    steps: [...document.querySelectorAll('.app-diagram__frame .app-diagram__step-number')].map((n) => n.textContent),
    heavy: [...document.querySelectorAll('.app-diagram__frame .app-diagram__arrow--path polyline')].map((p) => getComputedStyle(p).strokeWidth),
    dashed: getComputedStyle(document.querySelector('.app-diagram__frame .app-diagram__arrow:not(.app-diagram__arrow--path) polyline')).strokeDasharray,
    taken: [...document.querySelectorAll('.app-diagram__frame .app-diagram__taken')].map((s) => [s.textContent, getComputedStyle(s).fontWeight]),
  }));
  assert.deepEqual(marked.steps, ['1', '2', '3', '4', '5'].slice(0, path.length + 1), 'each step taken is numbered, and the one the user is on');
  assert.equal(marked.heavy.length, path.length, 'each arrow taken is on the path');
  assert.ok(marked.heavy.every((w) => parseFloat(w) >= 4), `path arrows are heavy: ${marked.heavy}`);
  assert.notEqual(marked.dashed, 'none', 'arrows off the path are dashed');
  assert.deepEqual(marked.taken.map(([text]) => text.replace(/^• /, '')), ['No', 'Yes', 'Public task']);
  assert.ok(marked.taken.every(([, weight]) => Number(weight) >= 700), 'the chosen answers are bold');
  await audit(t, page, 'the lawful basis diagram with a path');

  // Keyboard: Tab to the frame, zoom in with +, back to full size with 0, move with the arrows.
  await tabTo(page, '.app-diagram__frame');
  await page.keyboard.press('0');
  assert.ok(Math.abs((await screenTextSize(page)) - 16) < 0.5, 'full size is 16 px text');
  await page.keyboard.press('+');
  assert.ok((await screenTextSize(page)) > 19, '+ zooms in');
  await page.keyboard.press('-');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const scrolled = await scrollPosition(page);
  assert.ok(scrolled[0] > 0 && scrolled[1] > 0, `the arrow keys move around: ${scrolled}`);
  // Mouse: drag to move, Ctrl and the wheel to zoom (in view first: Firefox moves the mouse
  // only inside the viewport).
  await page.locator('.app-diagram__frame').scrollIntoViewIfNeeded();
  const frame = await page.locator('.app-diagram__frame').boundingBox();
  await page.mouse.move(frame.x + 300, frame.y + 200);
  await page.mouse.down();
  await page.mouse.move(frame.x + 200, frame.y + 100, { steps: 4 });
  await page.mouse.up();
  const dragged = await scrollPosition(page);
  assert.deepEqual(dragged, [scrolled[0] + 100, scrolled[1] + 100], 'dragging moves the chart with the mouse');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  assert.ok((await screenTextSize(page)) < 16, 'Ctrl and the wheel zoom out');
  await audit(t, page, 'the lawful basis diagram zoomed');

  await tabToButton(page, 'Full screen', { backwards: true }); // above the chart
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'flowchart-diagram');
  await settle(page);
  await page.waitForFunction(() => {
    const frame = document.querySelector('.app-diagram__frame').getBoundingClientRect();
    const step = document.querySelector('.app-diagram__frame [data-step="5"]').getBoundingClientRect();
    return step.left >= frame.left && step.top >= frame.top && step.left < frame.right && step.top < frame.bottom;
  }, null, { timeout: 2_000 });
  const size = await screenTextSize(page);
  assert.ok(size >= 16, `full screen starts at full size: text ${size.toFixed(1)} px`);
  const fills = await page.locator('.app-diagram__frame').evaluate((f) => [f.clientWidth, f.getBoundingClientRect().bottom]);
  assert.ok(fills[0] > 1200 && fills[1] > 680, `the chart fills the screen: ${fills}`);
  // (the wait above: full screen brings the step the user is on into view)
  await shot(page, 'lawful-basis-full-screen-1280x720');
  await audit(t, page, 'the lawful basis diagram full screen');
  await page.keyboard.press('Escape');
});

test('the lawful basis finder printed: A4 landscape pages, text of 8 pt or more, each break lettered, the path in bold', { skip: NO_PRINT_MEDIA }, async (t) => {
  const page = await freshPage(t, LAWFUL_BASIS.route);
  await walk(page, ['No', 'Yes', 'Public task']);
  await goInApp(page, `${LAWFUL_BASIS.route}/diagram`);
  // Laid out as on the sheet: A4 landscape less 15 mm margins each side is 267 mm (1009 px).
  await page.setViewportSize({ width: 1009, height: 643 });
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('.app-diagram-print__page')].map((sheet) => ({
      text: sheet.textContent,
      size: (({ width, height }) => [width, height])(sheet.querySelector('svg').getBoundingClientRect()),
      units: sheet.querySelector('svg').viewBox.baseVal.width,
      before: sheet.querySelectorAll('.app-diagram__connectors').length,
      heavy: sheet.querySelectorAll('.app-diagram__arrow--path').length,
    })),
  );
  assert.ok(printed.length >= 2, `a tall chart takes several pages: ${printed.length}`);
  const mm = 25.4 / 96;
  // Too wide for 8 pt text on one sheet: parts side by side, each saying so.
  const parts = Number(printed[0].text.match(/part 1 of (\d+) side by side/)?.[1] ?? 1);
  assert.ok(parts >= 2, `the lawful basis finder prints in parts side by side: ${printed[0].text.slice(0, 300)}`);
  assert.equal(printed.length % parts, 0, 'every row has all its parts');
  const pt = 72 / 25.4;
  for (const [index, sheet] of printed.entries()) {
    const [number, row, part] = [index + 1, Math.floor(index / parts), index % parts];
    assert.ok(sheet.size[0] * mm <= 267.5 && sheet.size[1] * mm <= 150.5, `page ${number} fits A4 landscape: ${sheet.size.map((v) => Math.round(v * mm))} mm`);
    const textPt = ((16 * sheet.size[0]) / sheet.units) * mm * pt;
    assert.ok(textPt >= 7.9, `page ${number}'s text prints at ${textPt.toFixed(1)} pt`);
    assert.match(sheet.text, new RegExp(`Page ${number} of ${printed.length}`));
    assert.match(sheet.text, new RegExp(`part ${part + 1} of ${parts} side by side`));
    if (row > 0 && /Continued from/.test(sheet.text)) assert.match(sheet.text, new RegExp(`Continued from page ${number - parts}: arrows [A-Z]`));
    if (index + parts < printed.length && /Continues on/.test(sheet.text)) assert.match(sheet.text, new RegExp(`Continues on page ${number + parts}: follow arrows [A-Z]`));
  }
  const rows = printed.length / parts;
  for (let row = 0; row < rows - 1; row += 1) {
    const below = printed.slice(row * parts, row * parts + parts).map((sheet) => /Continues on page/.test(sheet.text));
    assert.ok(below.some(Boolean), `row ${row + 1} says where its arrows go on`);
  }
  assert.ok(printed.some((sheet) => sheet.heavy > 0), 'the path is drawn heavy on paper too');
  assert.deepEqual(await page.evaluate(drawnProblems, '.app-diagram-print svg'), []);
  await audit(t, page, 'the lawful basis diagram as printed');

  const folder = SHOTS ?? (await mkdtemp(join(tmpdir(), 'infoshare-print-')));
  if (!SHOTS) t.after(() => rm(folder, { recursive: true, force: true }));
  const pdf = join(folder, 'lawful-basis-printed.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^Page\s+\d+ size:/.test(line))
    .map((line) => line.match(/size:\s+([\d.]+) x ([\d.]+)/).slice(1).map(Number));
  assert.ok(sizes.length >= printed.length, `${sizes.length} PDF pages for ${printed.length} flowchart pages`);
  assert.ok(sizes.every(([w, h]) => Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2), `every page is A4 landscape: ${JSON.stringify(sizes)}`);
});

test('just my path: a short diagram of the steps taken on the outcome and on the printed record', async (t) => {
  const page = await freshPage(t, LAWFUL_BASIS.route);
  const path = await walk(page, LAWFUL_BASIS.answers);
  await tabTo(page, 'summary', { text: 'Your path as a diagram' });
  await page.keyboard.press('Enter');
  const figure = page.locator('details .app-diagram--path svg');
  await figure.waitFor();
  const steps = await figure.evaluate((svg) => [...svg.querySelectorAll('.app-diagram__box')].map((g) => g.querySelector('.app-diagram__text').textContent));
  assert.equal(steps.length, path.length + 1, 'each step and the outcome');
  assert.deepEqual(await page.evaluate(drawnProblems, 'details .app-diagram--path svg'), []);
  await figure.scrollIntoViewIfNeeded();
  await shot(page, 'lawful-basis-outcome-path');
  await audit(t, page, 'the outcome with the path diagram open');

  await tabToButton(page, 'Record your decision', { backwards: true }); // above the diagram
  await pressAndArrive(page, 'Enter');
  await fillRecord(page, { decision: LAWFUL_BASIS.decision, fields: recordFields(LAWFUL_BASIS) });
  await tabToButton(page, 'Continue');
  await pressAndArrive(page, 'Enter');
  await tabToButton(page, 'Create the record');
  await pressAndArrive(page, 'Enter');
  await t.test('the record in print view carries the path diagram', { skip: NO_PRINT_MEDIA }, async (st) => {
    await page.emulateMedia({ media: 'print' });
    const onRecord = await page.evaluate(() => {
      const svg = document.querySelector('.app-diagram--path svg');
      return svg && { shown: svg.getBoundingClientRect().height > 0, boxes: svg.querySelectorAll('.app-diagram__box').length };
    });
    assert.deepEqual(onRecord, { shown: true, boxes: path.length + 1 }, 'the printed record carries the path diagram');
    await audit(st, page, 'the decision record with the path diagram');
  });
});
