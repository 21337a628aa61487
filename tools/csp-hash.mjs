// Post-build step (run by tools/post-build.mjs): replaces BOOT_SCRIPT_HASHES in the CSP meta tag of the staged
// index.html with the sha256 hash of each inline <script>, so the CSP allows exactly those
// (none in a release build, whose start script is a file; `trunk serve` adds its live-reload
// script) and nothing else. Fails the build if the placeholder is missing.
import { createHash } from 'node:crypto';

const PLACEHOLDER = 'BOOT_SCRIPT_HASHES';

export function hashInlineScripts(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (!html.includes(PLACEHOLDER)) throw new Error(`no ${PLACEHOLDER} placeholder in the CSP`);
  return hashes.length ? html.replace(PLACEHOLDER, hashes.join(' ')) : html.replace(` ${PLACEHOLDER}`, '');
}
