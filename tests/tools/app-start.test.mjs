// The post-build step that writes the split app's start into index.html: the start script and
// preloads from the build's own app folder, the trunk-skip link gone, and a build without the
// folder or the placeholder refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAppStart } from '../../tools/app-start.mjs';

const HTML = `<head>
  <link data-trunk="" rel="rust" data-bin="infoshare" data-trunk-skip="">
  <meta name="infoshare-app" content="APP_START">
</head>`;

function staged(t, folders) {
  const dir = mkdtempSync(join(tmpdir(), 'app-start-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const folder of folders) {
    mkdirSync(join(dir, folder));
    for (const file of ['start.js', 'infoshare.js', '__wasm_split.js', 'infoshare_bg.wasm']) writeFileSync(join(dir, folder, file), file);
  }
  return dir;
}

test('the start script and preloads come from the app folder, with integrity on the scripts', (t) => {
  const dir = staged(t, ['app-0123456789abcdef']);
  const html = withAppStart(HTML, dir, ['app-0123456789abcdef', 'index.html']);
  assert.match(html, /<script type="module" src="\.\/app-0123456789abcdef\/start\.js" crossorigin="anonymous" integrity="sha384-[A-Za-z0-9+/=]+"><\/script>/);
  assert.match(html, /<link rel="modulepreload" href="\.\/app-0123456789abcdef\/infoshare\.js" crossorigin="anonymous" integrity="sha384-/);
  assert.match(html, /<link rel="preload" href="\.\/app-0123456789abcdef\/infoshare_bg\.wasm" as="fetch" type="application\/wasm" crossorigin="anonymous">/);
  assert.doesNotMatch(html, /data-trunk|APP_START/);
});

test('a build without exactly one app folder, or without the placeholder, is refused', (t) => {
  const dir = staged(t, ['app-0123456789abcdef', 'app-fedcba9876543210']);
  assert.throws(() => withAppStart(HTML, dir, []), /found 0/);
  assert.throws(() => withAppStart(HTML, dir, ['app-0123456789abcdef', 'app-fedcba9876543210']), /found 2/);
  assert.throws(() => withAppStart('<head></head>', dir, ['app-0123456789abcdef']), /APP_START/);
});
