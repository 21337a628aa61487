// The Content Security Policy's meta tag says what it must: scripts only from the app's origin
// (the split app starts from a script file, tools/split-build.mjs) and, by hash, any inline
// script, of which a release build has none. (That a full visit violates none of it is checked in
// full-visit.test.mjs, which records the visit once for that and for the requests test.)
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, HOME, load, useApp } from './lib/app.mjs';
import { parseCsp } from './lib/csp.mjs';

const app = useApp();
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi;

const REQUIRED = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

test('the CSP meta tag in dist/index.html has the required directives', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const metas = [...html.matchAll(META)];
  assert.equal(metas.length, 1, 'expected exactly one CSP meta tag');
  const policy = parseCsp(metas[0][1]);
  for (const [directive, sources] of Object.entries(REQUIRED)) {
    assert.ok(policy.has(directive), `the CSP has no ${directive}`);
    for (const source of sources) {
      assert.ok(policy.get(directive).includes(source), `${directive} should include ${source}: ${policy.get(directive).join(' ')}`);
    }
  }
  for (const directive of ['object-src', 'base-uri', 'form-action']) {
    assert.deepEqual(policy.get(directive), ["'none'"], `${directive} should be exactly 'none'`);
  }

  // script-src: only 'self', WebAssembly compilation and the hashes of the inline scripts.
  const scriptSrc = policy.get('script-src');
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), "script-src must not allow 'unsafe-inline'");
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), "script-src must not allow 'unsafe-eval'");
  const allowed = (source) => ["'self'", "'wasm-unsafe-eval'"].includes(source) || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
  assert.deepEqual(scriptSrc.filter((s) => !allowed(s)), [], 'script-src allows something other than self and hashes');

  // Each inline script's hash is listed, and no stale hash is.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  assert.deepEqual(inline, [], 'a release build starts from script files, with no inline script');
  assert.match(html, /<script type="module" src="\.\/app-[0-9a-f]{16}\/start\.js"/, 'the app starts from its own folder');
  assert.deepEqual(scriptSrc.filter((s) => s.startsWith("'sha")).sort(), [...inline].sort(), 'script-src hashes vs inline scripts');

  // A meta CSP only governs what comes after it: nothing that loads may precede it.
  const head = html.slice(0, metas[0].index);
  assert.doesNotMatch(head, /<(script|link|style|base|img|iframe)\b/i, 'the CSP meta tag must come before anything that loads');
});

test('the running page has the same policy', async (t) => {
  const context = await app.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await load(page, app.url, HOME);
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const live = await page.$$eval('meta[http-equiv="Content-Security-Policy" i]', (metas) => metas.map((m) => m.content));
  assert.deepEqual(live, [[...html.matchAll(META)][0][1]]);
});
