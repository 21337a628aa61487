// Post-build step (run by tools/post-build.mjs): fills in public/sw.js, as copied into the
// build, with the list of files to keep for offline use, the list of files it keeps only once
// a page has used them (the sealing worker's script fonts, megabytes most visits never need),
// and a version made from the contents of both, so any change to any file is a new version
// and an unchanged build is not.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVICE_WORKER = 'sw.js';
/** Built files that are not part of the app a browser keeps: the worker itself, the single file. */
const LEFT_OUT = new Set([SERVICE_WORKER]);
/** Files kept only once used: the script fonts the sealing worker fetches when a document needs them. */
export const isKeptOnUse = (name) => /\.ttf$/.test(name);

/** Every file under `dir`, as paths relative to it (the split app's chunks are in a folder). */
export function builtFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/^\/+/, ''));
}

/** The files the service worker caches when it installs: the scope's root (the page) and every built file but those kept on use. */
export function offlineFiles(names, singleFile) {
  const files = names.filter((name) => !LEFT_OUT.has(name) && name !== singleFile && !isKeptOnUse(name)).sort();
  return ['./', ...files.map((name) => `./${name}`)];
}

/** The files the service worker keeps once a page has fetched them. */
export const keptOnUse = (names) => names.filter(isKeptOnUse).sort().map((name) => `./${name}`);

/** The version: a hash of every cached file's name and contents. */
export function version(dir, files) {
  const hash = createHash('sha256');
  for (const file of files.filter((f) => f !== './')) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Writes the file list and version into `dir`/sw.js; fails if its placeholders are missing. */
export function fillServiceWorker(dir, singleFile) {
  const path = join(dir, SERVICE_WORKER);
  const template = readFileSync(path, 'utf8');
  if (!template.includes("'SW_VERSION'") || !template.includes("['SW_FILES']") || !template.includes("['SW_ON_USE']")) {
    throw new Error(`${path} has no SW_VERSION, SW_FILES or SW_ON_USE placeholder`);
  }
  const built = builtFiles(dir);
  const files = offlineFiles(built, singleFile);
  const onUse = keptOnUse(built);
  const filled = template
    .replace("'SW_VERSION'", JSON.stringify(version(dir, [...files, ...onUse])))
    .replace("['SW_FILES']", JSON.stringify(files))
    .replace("['SW_ON_USE']", JSON.stringify(onUse));
  writeFileSync(path, filled);
  return files;
}
