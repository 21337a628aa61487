// Shared set-up for the e2e tests: one static server for dist/ and one headless browser per
// test file (Chromium, or Firefox with INFOSHARE_ENGINE=firefox: lib/browsers.mjs), the app's
// routes, waiting for the app, and a watcher for console errors, page errors and failed
// requests.
//
// The built app is read from dist/ at the repository root, or from $INFOSHARE_DIST.
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE, launchBrowser } from './browsers.mjs';
import { startServer } from '../../../tools/serve.mjs';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = resolve(process.env.INFOSHARE_DIST ?? join(REPO, 'dist'));

/** Routes every build has. Tool routes (checklists, wizards...) are found from Home's links. */
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

/**
 * Why `title` is wrong for a page at `route` whose <h1> is `heading`, or null if it is right.
 * Home is "InfoShare"; the fixed pages and checklists are exactly "<h1> – InfoShare"; any other
 * page (a wizard's, say) may name its tool too, "<h1> – <tool> – InfoShare", but must still start
 * with its <h1> (GOV.UK: the title is the page's heading, then the service name).
 */
export function titleProblem(route, heading, title) {
  const exact = route === HOME || FIXED_ROUTES.includes(route) || NOT_FOUND_ROUTES.has(route) || isChecklist(route);
  if (exact) {
    const expected = expectedTitle(route, heading);
    return title === expected ? null : `title is ${JSON.stringify(title)}, expected ${JSON.stringify(expected)}`;
  }
  return title.startsWith(`${heading} – `) && title.endsWith(` – ${SERVICE}`)
    ? null
    : `title is ${JSON.stringify(title)}, expected "${heading} – [tool – ]${SERVICE}" (the <h1> first)`;
}

/** A checklist's own page: #/checklists/<pack>/<id>. */
export const isChecklist = (route) => /^#\/checklists\/[^/]+\/[^/]+$/.test(route) && !NOT_FOUND_ROUTES.has(route);

/**
 * Whether the page can hold case details, and so must show the OFFICIAL-SENSITIVE marking
 * twice: every page of a tool (a checklist, wizard or form) except a wizard's diagram, and an
 * opened sealed file.
 */
export const holdsCaseData = (route) =>
  route === '#/open/file' ||
  (/^#\/(checklists|wizards|forms)\/[^/]+\/[^/]+(\/.*)?$/.test(route) && !NOT_FOUND_ROUTES.has(route) && !/\/diagram$/.test(route));

/**
 * Starts the server and the browser before the file's tests and stops them after. Returns an
 * object that is filled in by the `before` hook: { url, browser, routes, toolRoutes,
 * checklistRoutes }. A file's own `before` hook must `await app.ready()` first.
 */
export function useApp() {
  const app = {};
  let server;
  // Other root-level hooks of the file may start before this one ends: they await app.ready().
  let started;
  const ready = new Promise((resolve, reject) => { started = { resolve, reject }; });
  ready.catch(() => {}); // reported by the hook below
  app.ready = () => ready;
  before(async () => {
    start().then(started.resolve, started.reject);
    await ready;
  });
  async function start() {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error(`${DIST}/index.html is missing: build the app first (trunk build --release)`);
    }
    ({ server, url: app.url } = await startServer(DIST, 0));
    app.browser = await launchBrowser();
    app.toolRoutes = await discoverTools(app);
    app.checklistRoutes = app.toolRoutes.filter(isChecklist);
    app.routes = [...FIXED_ROUTES, ...app.toolRoutes];
  }
  after(async () => {
    await app.browser?.close();
    if (server) await new Promise((done) => server.close(done));
  });
  return app;
}

/**
 * Lets the context's pages use the clipboard, for tests that paste. Chromium needs both
 * permissions granted; Firefox knows no "clipboard-read" permission (granting it fails) and
 * needs none: a test's script may write to the clipboard, and Ctrl+V reads it.
 */
export async function allowClipboard(context, url) {
  if (ENGINE === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
}

/** Every in-app route that Home's main content links to, other than the fixed ones, in page order. */
async function discoverTools(app) {
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    await load(page, app.url, HOME);
    const hrefs = await page.$$eval('#main-content a[href^="#/"]', (links) => links.map((a) => a.getAttribute('href')));
    const routes = [...new Set(hrefs)].filter((href) => !FIXED_ROUTES.includes(href));
    if (!routes.includes(GOLDEN_RULES)) {
      throw new Error(`Home does not link to ${GOLDEN_RULES}; it links to: ${routes.join(', ') || 'no tools'}`);
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

const inFlight = new WeakMap();

/** Counts the page's requests that have not finished yet (from the first call on). */
function trackRequests(page) {
  if (!inFlight.has(page)) {
    const pending = new Set();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    inFlight.set(page, pending);
  }
  return inFlight.get(page);
}

/** Waits (up to 5 s) until the page has no request in flight, such as the favicon's. */
async function quiesce(page) {
  const pending = trackRequests(page);
  for (const deadline = Date.now() + 5_000; pending.size > 0 && Date.now() < deadline; ) {
    await new Promise((done) => setTimeout(done, 20));
  }
}

/**
 * Loads a route as a new document (not a same-document hash change) and waits until the app
 * has rendered its heading. The previous document is left only once its requests are done,
 * so that leaving does not abort them (the favicon is fetched after the load event).
 */
export async function load(page, url, route) {
  trackRequests(page);
  if (page.url() !== 'about:blank') {
    await quiesce(page);
    await page.goto('about:blank');
  }
  await page.goto(url + route);
  await page.waitForSelector('#main-heading', { state: 'attached', timeout: 10_000 });
  await settle(page);
}

/**
 * Runs `action` (a click, a key press, `history.back()`...) that should move to another page in
 * the app, and waits until the document title has changed (every page's title is unique) and
 * the new page's heading is drawn: the title changes at once, but a page that needs the
 * agreements' content first shows "Opening the agreements…" until the packs file is read.
 */
export async function navigate(page, action, what = 'navigating') {
  const previous = await page.title();
  await action();
  try {
    await page.waitForFunction((old) => document.title !== old, previous, { timeout: 5_000 });
  } catch (error) {
    throw new Error(`document.title stayed ${JSON.stringify(previous)} after ${what} (now at ${await page.url()}): ${error.message}`);
  }
  await page.waitForSelector('#main-heading', { state: 'attached', timeout: 10_000 });
  await settle(page);
}

/** Goes to a route inside the running app, as a link would (a `hashchange`). */
export async function goInApp(page, route) {
  const current = await page.evaluate(() => location.hash || '#/');
  if (current === route) return;
  await navigate(page, () => page.evaluate((hash) => { location.hash = hash; }, route), `going to ${route}`);
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
