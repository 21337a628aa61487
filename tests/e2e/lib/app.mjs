// Shared set-up for the e2e tests: one static server for dist/ and one headless Chromium per
// test file, the app's routes, waiting for the app, and a watcher for console errors, page
// errors and failed requests.
//
// The built app is read from dist/ at the repository root, or from $INFOSHARE_DIST.
// Chromium is Debian's (/usr/bin/chromium), or $CHROMIUM; no browser is ever downloaded.
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../tools/serve.mjs';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = resolve(process.env.INFOSHARE_DIST ?? join(REPO, 'dist'));

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Routes every build has. Checklist routes are found from the links on Home. */
export const HOME = '#/';
export const FIXED_ROUTES = [HOME, '#/sources', '#/privacy', '#/accessibility', '#/no-such-page'];
export const NOT_FOUND_CHECKLIST = '#/checklists/national/no-such-checklist';
export const NOT_FOUND_ROUTES = new Set(['#/no-such-page', NOT_FOUND_CHECKLIST]);
export const GOLDEN_RULES = '#/checklists/national/golden-rules-2024';
export const SERVICE = 'InfoShare';

/** The title a page with this heading must have: "<Heading> – InfoShare", Home just "InfoShare". */
export function expectedTitle(route, heading) {
  return route === HOME ? SERVICE : `${heading} – ${SERVICE}`;
}

export const isChecklist = (route) => route.startsWith('#/checklists/') && !NOT_FOUND_ROUTES.has(route);

/**
 * Starts the server and the browser before the file's tests and stops them after. Returns an
 * object that is filled in by the `before` hook: { url, browser, routes, checklistRoutes }.
 */
export function useApp() {
  const app = {};
  let server;
  before(async () => {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error(`${DIST}/index.html is missing: build the app first (trunk build --release)`);
    }
    ({ server, url: app.url } = await startServer(DIST, 0));
    app.browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    app.checklistRoutes = await discoverChecklists(app);
    app.routes = [...FIXED_ROUTES, ...app.checklistRoutes];
  });
  after(async () => {
    await app.browser?.close();
    if (server) await new Promise((done) => server.close(done));
  });
  return app;
}

/** Every checklist route linked from Home, in page order. */
async function discoverChecklists(app) {
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    await load(page, app.url, HOME);
    const hrefs = await page.$$eval('#main-content a[href^="#/checklists/"]', (links) => links.map((a) => a.getAttribute('href')));
    const routes = [...new Set(hrefs)];
    if (!routes.includes(GOLDEN_RULES)) {
      throw new Error(`Home does not link to ${GOLDEN_RULES}; it links to: ${routes.join(', ') || 'no checklists'}`);
    }
    return routes;
  } finally {
    await context.close();
  }
}

/** Lets the app's effects and its requestAnimationFrame (which moves focus) run. */
export async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Loads a route as a new document (not a same-document hash change) and waits until the app
 * has rendered its heading.
 */
export async function load(page, url, route) {
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(url + route);
  await page.waitForSelector('#main-heading', { state: 'attached', timeout: 10_000 });
  await settle(page);
}

/**
 * Runs `action` (a click, a key press, `history.back()`...) that should move to another page in
 * the app, and waits until the document title has changed.
 */
export async function navigate(page, action) {
  const previous = await page.title();
  await action();
  await page.waitForFunction((old) => document.title !== old, previous, { timeout: 5_000 });
  await settle(page);
}

/** Goes to a route inside the running app, as a link would (a `hashchange`). */
export async function goInApp(page, route) {
  const current = await page.evaluate(() => location.hash || '#/');
  if (current === route) return;
  await navigate(page, () => page.evaluate((hash) => { location.hash = hash; }, route));
}

/** A route as a test name (node's TAP output escapes a leading '#'). */
export const label = (route) => route.replace(/^#/, '');

/** What the page's heading and focus look like now. */
export function pageState(page) {
  return page.evaluate(() => {
    const h1s = [...document.querySelectorAll('h1')];
    const active = document.activeElement;
    return {
      h1Count: h1s.length,
      h1Id: h1s[0]?.id ?? null,
      h1TabIndex: h1s[0]?.getAttribute('tabindex') ?? null,
      heading: h1s[0]?.textContent.trim() ?? null,
      title: document.title,
      hash: location.hash,
      focused: active === document.body || !active ? 'body' : `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`,
      markings: document.querySelectorAll('.app-marking').length,
    };
  });
}

/**
 * Records what should never happen on a page: console errors, uncaught errors, failed
 * requests and error responses. Everything logged is kept for messages.
 */
export function watch(page) {
  const w = { console: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    const { url, lineNumber } = message.location();
    w.console.push({ type: message.type(), text: message.text(), where: url ? `${url}:${lineNumber}` : '' });
  });
  page.on('pageerror', (error) => w.pageErrors.push(error.stack ?? String(error)));
  page.on('requestfailed', (request) => {
    w.failedRequests.push(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) w.failedRequests.push(`${response.request().method()} ${response.url()} answered ${response.status()}`);
  });
  w.problems = () => [
    ...w.console.filter((m) => m.type === 'error').map((m) => `console error: ${m.text} ${m.where}`),
    ...w.pageErrors.map((e) => `page error: ${e}`),
    ...w.failedRequests.map((r) => `request: ${r}`),
  ];
  w.clear = () => {
    w.console.length = 0;
    w.pageErrors.length = 0;
    w.failedRequests.length = 0;
  };
  return w;
}
