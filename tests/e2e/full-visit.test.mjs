// One full visit of the app (every route, loaded and reached in-app; checklists answered, notes
// typed, an over-long note; the skip link; Back and Forward), recorded once and then checked:
// - no securitypolicyviolation event fires in any document, and no console message mentions
//   the Content Security Policy;
// - every request is a GET of a same-origin URL whose path is a file in dist/;
// - no console errors, page errors or failed requests.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { DIST, useApp, watch } from './lib/app.mjs';
import { recordCspViolations } from './lib/csp.mjs';
import { fullVisit } from './lib/visit.mjs';

const app = useApp();
const visit = {};

before(async () => {
  await app.ready();
  const context = await app.browser.newContext();
  try {
    visit.violations = await recordCspViolations(context);
    visit.requests = [];
    context.on('request', (r) => visit.requests.push({ method: r.method(), url: r.url(), type: r.resourceType() }));
    visit.opened = [];
    const page = await context.newPage();
    page.on('popup', (popup) => visit.opened.push(`popup ${popup.url()}`));
    page.on('websocket', (ws) => visit.opened.push(`websocket ${ws.url()}`));
    page.on('worker', (worker) => visit.opened.push(`worker ${worker.url()}`));
    visit.watcher = watch(page);
    await fullVisit(app, page);
  } finally {
    await context.close();
  }
});

test('no CSP violation during a full visit', () => {
  assert.deepEqual(visit.violations, [], 'securitypolicyviolation events');
});

test('no console message about the Content Security Policy during a full visit', () => {
  const messages = visit.watcher.console.filter((m) => /content.security.policy/i.test(m.text));
  assert.deepEqual(messages, []);
});

test('no console errors, page errors or failed requests during a full visit', () => {
  assert.deepEqual(visit.watcher.problems(), []);
});

/** Paths (as URL paths, "/x.js") of every file in dist/. */
async function distPaths() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => `/${relative(DIST, join(e.parentPath ?? e.path, e.name)).split('\\').join('/')}`));
}

test('every request during a full visit is a same-origin GET of a file in dist/', async () => {
  const files = await distPaths();
  const origin = new URL(app.url).origin;
  const bad = visit.requests.filter(({ method, url }) => {
    if (method !== 'GET') return true;
    const parsed = new URL(url);
    if (parsed.origin !== origin || parsed.search !== '') return true;
    // "/" is the one path that is not a file name: the server answers it with index.html.
    const path = parsed.pathname === '/' ? '/index.html' : decodeURIComponent(parsed.pathname);
    return !files.has(path);
  });
  assert.deepEqual(bad.map((r) => `${r.method} ${r.url} (${r.type})`), [], 'requests other than GETs of files in dist/');
  assert.deepEqual(visit.opened, [], 'pop-ups, WebSockets or workers opened');

  // The visit really ran the app: its page, script, WebAssembly and styles were requested.
  const paths = [...new Set(visit.requests.map((r) => new URL(r.url).pathname))];
  assert.ok(paths.includes('/'), `the page itself was not requested: ${paths.join(', ')}`);
  for (const ext of ['.js', '.wasm', '.css']) {
    assert.ok(paths.some((p) => p.endsWith(ext)), `no ${ext} file was requested: ${paths.join(', ')}`);
  }
});
