// Post-build step (run by tools/post-build.mjs): gives the sealing worker's three files a
// content hash in their names, as trunk does for the page's own files, and points the loader
// at the renamed files. A tab left open after an update then asks for its own version's
// worker, which the service worker still has cached, never a newer one it cannot talk to.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STEM = 'infoshare-seal-worker';

/** Renames the worker's files in `dir` and returns the loader's new name. */
export function hashWorkerFiles(dir) {
  const glue = join(dir, `${STEM}.js`);
  const wasm = join(dir, `${STEM}_bg.wasm`);
  const loader = join(dir, `${STEM}_loader.js`);
  for (const file of [glue, wasm, loader]) {
    if (!existsSync(file)) throw new Error(`no ${file}: did trunk build the sealing worker?`);
  }
  const hash = createHash('sha256').update(readFileSync(glue)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const named = `${STEM}-${hash}`;
  const source = readFileSync(loader, 'utf8');
  const pointed = source.replaceAll(`./${STEM}.js`, `./${named}.js`).replaceAll(`./${STEM}_bg.wasm`, `./${named}_bg.wasm`);
  if (pointed === source) throw new Error(`${loader} does not name the worker's files`);
  writeFileSync(join(dir, `${named}_loader.js`), pointed);
  renameSync(glue, join(dir, `${named}.js`));
  renameSync(wasm, join(dir, `${named}_bg.wasm`));
  rmSync(loader);
  return `${named}_loader.js`;
}
