// Prints the size of every file in a built dist/ folder: raw bytes, gzip (level 9) and brotli
// (quality 11), with totals; the first load, what a browser fetches to show the first page
// (the HTML, the app's start script, glue, chunk loader and main WebAssembly module, and the
// CSS; not the areas' chunks, the sealing worker, the service worker or the single-file
// build); what the page reads only when a page first needs it (the packs file and the word
// list); and, for each area of the app (tools/split-build.mjs), its own chunk, the chunks it
// shares with other areas, and the total a page of that area costs when opened first: the
// first load, the area's chunks, the packs file's reader and its chunks, and the packs file.
//
// Budgets (issue 16), in bytes brotli: the first load at most FIRST_LOAD_BUDGET, and the
// costliest area's page at most ROUTE_BUDGET. Over either, the report says by how much and
// exits 1, which fails the test command.
//
// Usage: node tools/size-report.mjs [dist]    (exits 1 if the folder is missing or empty, or
// a budget is exceeded)
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedChunkAreas } from './split-build.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FIRST_LOAD = new Set(['.html', '.js', '.mjs', '.wasm', '.css']);
const AFTER_START = /^(infoshare-seal-worker|sw\.js$|infoshare-single-file\.html$)/;
const CHUNK = /^((split_[a-z_]+|chunk_\d+)\.wasm|small-[a-z_]+\.bin)$/;
const READ_WHEN_NEEDED = /^((packs|training)-[0-9a-f]{16}\.bin|eff_large_wordlist\.txt)$/;
const PACKS_FILE = /^packs-[0-9a-f]{16}\.bin$/;
/** The packs' training scenarios and quiz, read only by the training areas' pages. */
const TRAINING_FILE = /^training-[0-9a-f]{16}\.bin$/;
const TRAINING_AREAS = new Set(['training', 'practice']);
/** Areas whose pages are drawn without the packs (src/app.rs; core's `Route::needs_packs`). */
const PACKLESS_AREAS = new Set(['author']);
const CHUNK_LOADER = '__wasm_split.js';
/** The chunk that reads the packs file, which every page but Home's kind needs first. */
const LIBRARY = 'library';

/** The most the first load may weigh, brotli -q 11. */
export const FIRST_LOAD_BUDGET = 160_000;
/** The most a page of any one area may weigh when it is the first page opened, brotli -q 11. */
export const ROUTE_BUDGET = 400_000;

/** Whether the browser fetches the file to show the first page. */
export const isFirstLoad = (path) => {
  const name = basename(path);
  return FIRST_LOAD.has(extname(name).toLowerCase()) && !AFTER_START.test(name) && !CHUNK.test(name);
};

/** Whether the page reads the file only when a page first needs it (src/assets.rs). */
export const isReadWhenNeeded = (name) => READ_WHEN_NEEDED.test(name);

/**
 * Which areas need each chunk file, read from the chunk loader (tools/split-build.mjs): each
 * shared chunk is declared under a comment naming the areas that share it, each area's own
 * chunk is `split_<area>.wasm`, and each file of packed small chunks, `small-<area>.bin`, is
 * its area's. Returns a map from file name to area names.
 */
export function chunkAreas(loaderSource) {
  const areas = sharedChunkAreas(loaderSource);
  for (const [, area] of loaderSource.matchAll(/export const __wasm_split_load_([a-z_]+) = /g)) {
    areas.set(`split_${area}.wasm`, [area]);
  }
  const packed = JSON.parse(loaderSource.match(/^const PACKED_CHUNKS = (\{.*\});$/m)?.[1] ?? 'null');
  if (packed) {
    const named = new Set([...areas.values()].flat());
    for (const number of [...packed.library, ...packed.area]) areas.delete(`chunk_${number}.wasm`);
    for (const area of named) areas.set(`small-${area}.bin`, [area]);
  }
  return areas;
}

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/** Raw, gzip -9 and brotli -q 11 sizes of one file's bytes. */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Each area's own chunk, shared chunks and first-opened page total (first load, chunks, packs and the reader unless the area's pages are drawn without them, and the training file for training's areas). */
function areaCosts(files, areasOf, firstLoad) {
  const chunks = files.filter((f) => areasOf.has(basename(f.name)));
  const packs = sum(files.filter((f) => PACKS_FILE.test(f.name)));
  const training = sum(files.filter((f) => TRAINING_FILE.test(f.name)));
  const needs = (area) => chunks.filter((f) => areasOf.get(basename(f.name)).some((a) => a === area || (a === LIBRARY && !PACKLESS_AREAS.has(area))));
  const areas = [...new Set([...areasOf.values()].flat())].filter((area) => area !== LIBRARY).sort();
  return areas.map((area) => {
    const own = sum(chunks.filter((f) => basename(f.name) === `split_${area}.wasm`));
    const shared = chunks.filter((f) => areasOf.get(basename(f.name)).includes(area) && !basename(f.name).startsWith('split_'));
    const needed = needs(area);
    return { area, own, shared: sum(shared), sharedCount: shared.length, files: needed.length, route: sum([firstLoad, ...(PACKLESS_AREAS.has(area) ? [] : [packs]), ...(TRAINING_AREAS.has(area) ? [training] : []), ...needed]) };
  });
}

export async function sizeReport(dir) {
  const files = [];
  for (const name of await listFiles(dir)) {
    files.push({ name, firstLoad: isFirstLoad(name), ...sizes(await readFile(join(dir, name))) });
  }
  const loader = files.find((f) => basename(f.name) === CHUNK_LOADER);
  const areasOf = loader ? chunkAreas(await readFile(join(dir, loader.name), 'utf8')) : new Map();
  const firstLoad = sum(files.filter((f) => f.firstLoad));
  const whenNeeded = sum(files.filter((f) => isReadWhenNeeded(f.name)));
  return { files, total: sum(files), firstLoad, whenNeeded, areas: areaCosts(files, areasOf, firstLoad) };
}

const number = (n) => n.toLocaleString('en-GB');

/** Rows (null for a rule) as an aligned text table; the first column and `left` columns pad right. */
function table(rows, left = [0]) {
  const cells = rows.map((row) => row && row.map((cell) => (typeof cell === 'number' ? number(cell) : cell)));
  const widths = cells[0].map((_, i) => Math.max(...cells.filter(Boolean).map((row) => row[i].length)));
  return cells
    .map((row) =>
      row
        ? row.map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()
        : widths.map((w) => '-'.repeat(w)).join('  '),
    )
    .join('\n');
}

/** The report as aligned text tables: every file, then the areas. */
export function formatReport({ files, total, firstLoad, whenNeeded, areas }) {
  const fileTable = table(
    [
      ['File', 'Raw', 'Gzip -9', 'Brotli -11', 'First load'],
      null,
      ...files.map((f) => [f.name, f.raw, f.gzip, f.brotli, f.firstLoad ? 'yes' : 'no']),
      null,
      [`Total (${files.length} files)`, total.raw, total.gzip, total.brotli, ''],
      ['First load (html, start, glue, loader, main wasm, css)', firstLoad.raw, firstLoad.gzip, firstLoad.brotli, ''],
      ['Read when a page first needs it (packs, training, word list)', whenNeeded.raw, whenNeeded.gzip, whenNeeded.brotli, ''],
    ],
    [0, 4],
  );
  const areaTable = table([
    ['Area (brotli -11)', 'Own chunk', 'Shared chunks', 'Files fetched', 'Page opened first'],
    null,
    ...areas.map((a) => [a.area, a.own.brotli, `${number(a.shared.brotli)} in ${a.sharedCount}`, a.files, a.route.brotli]),
  ]);
  return `${fileTable}\n\n${areaTable}`;
}

/** What is over budget, as sentences; empty when everything is within. */
export function overBudget({ firstLoad, areas }) {
  const problems = [];
  if (firstLoad.brotli > FIRST_LOAD_BUDGET) {
    problems.push(`the first load is ${number(firstLoad.brotli - FIRST_LOAD_BUDGET)} bytes over its budget of ${number(FIRST_LOAD_BUDGET)}`);
  }
  for (const { area, route } of areas.filter((a) => a.route.brotli > ROUTE_BUDGET)) {
    problems.push(`a page of ${area}, opened first, is ${number(route.brotli - ROUTE_BUDGET)} bytes over its budget of ${number(ROUTE_BUDGET)}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`size-report: ${dir} is not a directory (build the app first: trunk build --release)`);
    process.exit(1);
  }
  const report = await sizeReport(dir);
  if (report.files.length === 0) {
    console.error(`size-report: ${dir} has no files`);
    process.exit(1);
  }
  console.log(`Sizes of ${dir} in bytes\n`);
  console.log(formatReport(report));
  const costliest = Math.max(0, ...report.areas.map((a) => a.route.brotli));
  console.log(`\nFirst-load budget: ${number(report.firstLoad.brotli)} of ${number(FIRST_LOAD_BUDGET)} bytes brotli`);
  console.log(`Costliest page opened first: ${number(costliest)} of ${number(ROUTE_BUDGET)} bytes brotli`);
  const problems = overBudget(report);
  for (const problem of problems) console.error(`size-report: ${problem}`);
  if (problems.length) process.exit(1);
}
