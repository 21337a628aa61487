// Trunk's one post-build hook: fills the staged index.html's placeholders in order, the
// sealing worker's loader name and then the CSP hashes of the inline scripts, in one read and
// one write. (Two hooks of one stage run at the same time in trunk 0.21, so two hooks editing
// index.html could each overwrite the other's change: measured, a build shipped with the
// SEALER_LOADER placeholder still in it.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashInlineScripts } from './csp-hash.mjs';
import { withSealer } from './sealer-meta.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const file = join(staging, 'index.html');
writeFileSync(file, hashInlineScripts(withSealer(readFileSync(file, 'utf8'), readdirSync(staging))));
