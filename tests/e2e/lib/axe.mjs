// axe-core, injected with page.evaluate of its source text: DevTools-protocol evaluation is
// not subject to the page's CSP, so the CSP is tested as shipped (no bypassCSP).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the whole document; returns its violations, simplified. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((results) =>
        results.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
        })),
      ),
    WCAG_TAGS,
  );
}

/** One line per violation and one per failing node, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => [`  ${v.id} (${v.impact}): ${v.help} <${v.helpUrl}>`, ...v.nodes.map((n) => `    at ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)].join('\n'))
    .join('\n');
}
