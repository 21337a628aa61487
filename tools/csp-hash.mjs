// Post-build step (run by tools/post-build.mjs): replaces BOOT_SCRIPT_HASHES in the CSP meta tag of the staged
// index.html with the sha256 hash of each inline <script>, so the CSP allows trunk's loader
// and nothing else. Fails the build if the placeholder is missing.
import { createHash } from 'node:crypto';

const PLACEHOLDER = 'BOOT_SCRIPT_HASHES';

export function hashInlineScripts(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (!html.includes(PLACEHOLDER)) throw new Error(`no ${PLACEHOLDER} placeholder in the CSP`);
  return html.replace(PLACEHOLDER, hashes.join(' '));
}
