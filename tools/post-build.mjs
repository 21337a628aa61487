// Trunk's one post-build hook. In order: writes the packs file the page reads when it first
// needs the agreements' content (core's export-packs binary); gives the sealing worker's
// files hashed names; fills the staged index.html's placeholders (the worker's loader name,
// the split app's start script, then the CSP hashes of any inline scripts) in one read and
// one write; fills in the service
// worker's file list and version; and writes the single-file build. (Two hooks of one stage
// run at the same time in trunk 0.21, so two hooks editing index.html could each overwrite
// the other's change: measured, a build shipped with the SEALER_LOADER placeholder still in it.)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAppStart } from './app-start.mjs';
import { hashInlineScripts } from './csp-hash.mjs';
import { withSealer } from './sealer-meta.mjs';
import { fillServiceWorker } from './service-worker.mjs';
import { SINGLE_FILE, writeSingleFile } from './single-file.mjs';
import { hashWorkerFiles } from './worker-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const exportPacks = ['run', '--quiet', '-p', 'infoshare-core', '--no-default-features', '--bin', 'export-packs', '--', staging];
execFileSync('cargo', exportPacks, { stdio: ['ignore', 'ignore', 'inherit'] });
hashWorkerFiles(staging);
const file = join(staging, 'index.html');
const staged = readdirSync(staging);
writeFileSync(file, hashInlineScripts(withAppStart(withSealer(readFileSync(file, 'utf8'), staged), staging, staged)));
fillServiceWorker(staging, SINGLE_FILE);
writeSingleFile(staging);
