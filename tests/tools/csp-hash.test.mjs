// Unit tests for the post-build hook that allows trunk's inline loader by hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hashInlineScripts } from '../../tools/csp-hash.mjs';

const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' BOOT_SCRIPT_HASHES">`;

test('each inline script is allowed by its sha256 and external scripts are not hashed', () => {
  const body = "\nimport init from './x.js';\nawait init();\n";
  const html = `${csp}<script type="module">${body}</script><script src="./y.js"></script>`;
  const expected = createHash('sha256').update(body).digest('base64');
  assert.equal(hashInlineScripts(html), html.replace('BOOT_SCRIPT_HASHES', `'sha256-${expected}'`));
});

test('a page with no inline script allows none', () => {
  assert.equal(hashInlineScripts(`${csp}<script type="module" src="./app/start.js"></script>`), `<meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script type="module" src="./app/start.js"></script>`);
});

test('a page without the placeholder fails the build', () => {
  assert.throws(() => hashInlineScripts('<script>x()</script>'), /no BOOT_SCRIPT_HASHES placeholder/);
});
