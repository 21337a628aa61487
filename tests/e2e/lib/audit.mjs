// Checks run on a page in a given state: axe-core (WCAG 2.2 AA tags) finds nothing,
// html-validate (the project config) passes on the rendered DOM, and every request a context
// made was a same-origin GET of a file in dist/.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST } from './app.mjs';
import { axeViolations, formatViolations } from './axe.mjs';
import config from './html-validate.config.mjs';

const validator = new HtmlValidate(config);

/** Fails with every axe violation on the page as it is now. */
export async function assertAxeClean(page, where) {
  const violations = await axeViolations(page);
  assert.ok(violations.length === 0, `axe found ${violations.length} violation(s) on ${where}:\n${formatViolations(violations)}`);
}

/**
 * Fails with one entry per html-validate rule broken by the page's rendered DOM (checked with
 * the project config, or with `using`, an HtmlValidate built on it).
 */
export async function assertHtmlValid(page, where, using = validator) {
  const html = await page.content();
  const report = await using.validateString(html, `${where.replace(/[^\w.-]+/g, '_')}.html`);
  const lines = html.split('\n');
  const byRule = new Map();
  for (const m of report.results.flatMap((result) => result.messages)) {
    if (!byRule.has(m.ruleId)) byRule.set(m.ruleId, []);
    byRule.get(m.ruleId).push(m);
  }
  const problems = [...byRule].map(([rule, messages]) => {
    const [first] = messages;
    const context = lines[first.line - 1]?.slice(Math.max(0, first.column - 80), first.column + 80);
    const at = [...new Set(messages.map((m) => m.selector ?? `line ${m.line}`))].join(', ');
    return `  ${rule} (${messages.length}x): ${first.message}\n    at: ${at}\n    first: ...${context}...`;
  });
  assert.ok(report.valid, `html-validate on ${where}:\n${problems.join('\n')}`);
}

/** Both checks, each as its own subtest of `t` so one failing does not hide the other. */
export async function audit(t, page, where) {
  await t.test(`axe: ${where}`, () => assertAxeClean(page, where));
  await t.test(`html-validate: ${where}`, () => assertHtmlValid(page, where));
}

/** Paths (as URL paths, "/x.js") of every file in dist/. */
export async function distPaths() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => `/${relative(DIST, join(e.parentPath ?? e.path, e.name)).split('\\').join('/')}`));
}

/** Records every request made in `context` (call before it opens pages). */
export function recordRequests(context) {
  const requests = [];
  context.on('request', (r) => requests.push({ method: r.method(), url: r.url(), type: r.resourceType() }));
  return requests;
}

/**
 * The requests that were not a GET of a same-origin file in dist/ (a `blob:` URL of the app's
 * own origin, such as a file being saved, is allowed), as "METHOD url (type)" lines.
 */
export async function unexpectedRequests(requests, appUrl) {
  const files = await distPaths();
  const origin = new URL(appUrl).origin;
  return requests
    .filter(({ method, url }) => {
      if (method !== 'GET') return true;
      if (url.startsWith(`blob:${origin}/`)) return false;
      const parsed = new URL(url);
      if (parsed.origin !== origin || parsed.search !== '') return true;
      const path = parsed.pathname === '/' ? '/index.html' : decodeURIComponent(parsed.pathname);
      return !files.has(path);
    })
    .map((r) => `${r.method} ${r.url} (${r.type})`);
}
