// The service worker's lists: every built file kept at install but the script fonts, which it
// keeps once used; a template without its placeholders fails the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillServiceWorker, keptOnUse, offlineFiles } from '../../tools/service-worker.mjs';

const NAMES = ['index.html', 'app-0123456789abcdef/infoshare_bg.wasm', 'noto-sans-cjk.ttf', 'sw.js', 'infoshare-single-file.html'];

test('fonts are kept on use, everything else at install, never the worker itself or the single file', () => {
  assert.deepEqual(offlineFiles(NAMES, 'infoshare-single-file.html'), ['./', './app-0123456789abcdef/infoshare_bg.wasm', './index.html']);
  assert.deepEqual(keptOnUse(NAMES), ['./noto-sans-cjk.ttf']);
});

test('the built sw.js carries both lists and a version; a template without them fails', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'app-0123456789abcdef'));
  for (const name of NAMES) writeFileSync(join(dir, name), name === 'sw.js' ? readFileSync('public/sw.js') : name);
  fillServiceWorker(dir, 'infoshare-single-file.html');
  const filled = readFileSync(join(dir, 'sw.js'), 'utf8');
  assert.match(filled, /const ON_USE = \["\.\/noto-sans-cjk\.ttf"\];/);
  assert.match(filled, /const FILES = \["\.\/","\.\/app-0123456789abcdef\/infoshare_bg\.wasm","\.\/index\.html"\];/);
  assert.match(filled, /const VERSION = "[0-9a-f]{16}";/);
  writeFileSync(join(dir, 'sw.js'), "const FILES = ['SW_FILES'];");
  assert.throws(() => fillServiceWorker(dir, 'infoshare-single-file.html'), /placeholder/);
});
