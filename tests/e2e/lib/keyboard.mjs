// Keyboard helpers: what Tab should reach, and what it does reach.

/**
 * Describes, in DOM order, every element that sequential focus navigation should stop at:
 * links, form controls, the summary of each <details>, and anything with tabindex >= 0, that
 * is rendered (so not inside a closed <details>, not display:none or visibility:hidden). A
 * radio group is one stop: its checked radio, or its first when none is checked.
 */
export function expectedTabStops(page) {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'details > summary:first-of-type',
      '[tabindex]:not([tabindex^="-"])',
    ].join(',');
    const all = [...document.getElementsByTagName('*')];
    const candidates = all.filter((el) => el.matches(selector) && !el.disabled && el.checkVisibility({ visibilityProperty: true }));
    const radioStop = new Map();
    for (const el of candidates) {
      if (el.type !== 'radio') continue;
      if (!radioStop.has(el.name) || (el.checked && !radioStop.get(el.name).checked)) radioStop.set(el.name, el);
    }
    return candidates
      .filter((el) => el.type !== 'radio' || radioStop.get(el.name) === el)
      .map((el) => window.__describeForTest(el, all));
  });
}

/** Installs the describer used by expectedTabStops and pressTabThrough (same format). */
export async function installDescriber(page) {
  await page.evaluate(() => {
    window.__describeForTest = (el, all = [...document.getElementsByTagName('*')]) => {
      const tag = el.tagName.toLowerCase();
      const id = el.id ? `#${el.id}` : '';
      const href = el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '';
      const type = tag === 'input' ? `[type=${el.type}]` : '';
      const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${all.indexOf(el)}: ${tag}${id}${type}${href}${text ? ` "${text}"` : ''}`;
    };
  });
}

/**
 * Presses Tab until focus leaves the document or comes back round, and returns the element
 * focused after each press. With `openDetails`, presses Enter on each closed <summary> reached,
 * as a keyboard user opening every note would.
 */
export async function pressTabThrough(page, { openDetails = false, limit = 500 } = {}) {
  const stops = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      return { desc: window.__describeForTest(el), closedSummary: el.tagName === 'SUMMARY' && !el.parentElement.open };
    });
    if (!stop || stop.desc === stops[0]) break;
    stops.push(stop.desc);
    if (openDetails && stop.closedSummary) await page.keyboard.press('Enter');
  }
  return stops;
}

/** The focused element, described. */
export function focused(page) {
  return page.evaluate(() => window.__describeForTest(document.activeElement));
}
