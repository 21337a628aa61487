// Unit tests for the post-build hook that tells the page the sealing worker's loader name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSealer } from '../../tools/sealer-meta.mjs';

const meta = '<meta name="infoshare-sealer" content="SEALER_LOADER">';

test('the hashed loader name replaces the placeholder', () => {
  const files = ['index.html', 'infoshare-seal-worker_loader.js', 'infoshare-seal-worker.js'];
  assert.equal(withSealer(meta, files), '<meta name="infoshare-sealer" content="./infoshare-seal-worker_loader.js">');
});

test('a build without exactly one loader, or without the placeholder, fails', () => {
  assert.throws(() => withSealer(meta, ['index.html']), /found 0/);
  assert.throws(() => withSealer(meta, ['infoshare-seal-worker-1_loader.js', 'infoshare-seal-worker-2_loader.js']), /found 2/);
  assert.throws(() => withSealer('<html>', ['infoshare-seal-worker-1_loader.js']), /no SEALER_LOADER/);
});
