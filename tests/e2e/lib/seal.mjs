// Driving the seal page by keyboard: the passphrase shown, the format chosen with the arrow
// keys, "Seal and save the file" and the download it starts, and the sending guidance.
import { join } from 'node:path';
import { scratch } from './cli.mjs';
import { chooseRadio, tabTo, tabToButton } from './drive.mjs';

/** The passphrase InfoShare made, read word by word from the page. */
export const shownPassphrase = (page) => page.evaluate(() => [...document.querySelectorAll('.app-passphrase li')].map((w) => w.textContent.trim()).join(' '));

/** Chooses the format by keyboard, then Tab to "Seal and save the file", Enter: the download. */
export async function sealAs(page, format) {
  await tabTo(page, 'input[name="format"]');
  await chooseRadio(page, format);
  return sealAndSave(page);
}

export async function sealAndSave(page) {
  await tabToButton(page, 'Seal and save the file', { limit: 100 });
  const saved = await downloadOf(page, () => page.keyboard.press('Enter'));
  await page.waitForSelector('#sealed-title');
  return saved;
}

/**
 * Runs `action`, which starts a download, and returns the file saved: { name, file }. A
 * Playwright page is read through its download event; the smoke suite's pages (tests/smoke/lib)
 * bring their own `download`, since WebDriver classic has no such event.
 */
export async function downloadOf(page, action) {
  if (typeof page.download === 'function') return page.download(action);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  const file = join(scratch(), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

/** The sending guidance: the email's rows and the passphrase still shown. */
export const guidance = (page) =>
  page.evaluate(() => ({
    focused: document.activeElement?.id,
    rows: Object.fromEntries([...document.querySelectorAll('.govuk-summary-list__row')].map((row) => [row.querySelector('dt').textContent.trim(), row.querySelector('dd').textContent.trim()])),
    mailto: document.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
  }));

