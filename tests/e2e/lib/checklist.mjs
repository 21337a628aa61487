// Driving a checklist page the way a person would: answering items, opening notes, typing.
import { settle } from './app.mjs';

/** The radio group names (one per item) on the current checklist page, in page order. */
export function radioGroups(page) {
  return page.$$eval('input.govuk-radios__input[type="radio"]', (radios) => [...new Set(radios.map((r) => r.name))]);
}

/** Answers every item, cycling Yes / No / Not applicable, by clicking. */
export async function answerAll(page, values = ['yes', 'no', 'not-applicable']) {
  const groups = await radioGroups(page);
  for (const [index, name] of groups.entries()) {
    await page.locator(`input[name="${name}"][value="${values[index % values.length]}"]`).check();
  }
  await settle(page);
  return groups.length;
}

/** Opens every closed note `<details>` by clicking its summary. */
export async function openAllNotes(page) {
  const summaries = page.locator('details.govuk-details:not([open]) > summary');
  for (let count = await summaries.count(); count > 0; count -= 1) {
    await summaries.first().click();
  }
  await settle(page);
}

/** Opens note `index` (0-based) if needed and returns its textarea locator. */
export async function openNote(page, index = 0) {
  const details = page.locator('details.govuk-details').nth(index);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details.locator('textarea');
}

/** The progress text, e.g. "2 of 7 answered", as { answered, total, text }. */
export async function progress(page) {
  const text = (await page.locator('[role="status"]').textContent()).trim();
  const match = text.match(/(\d+) of (\d+) answered/);
  if (!match) throw new Error(`Unexpected progress text: ${JSON.stringify(text)}`);
  return { answered: Number(match[1]), total: Number(match[2]), text };
}
