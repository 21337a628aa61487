// Prints the size of every file in a built dist/ folder: raw bytes, gzip (level 9) and brotli
// (quality 11), with totals, and the first-load total: what a browser fetches to show the first
// page (the HTML, JavaScript, WebAssembly and CSS; not the favicon or other static files, not
// the sealing worker or the service worker, which come after the page has started, and not
// the single-file build, which is a separate way to open InfoShare); and what the page reads
// only when a page first needs it (the packs file and the passphrase word list).
//
// The first load must stay within FIRST_LOAD_BUDGET bytes brotli (issue 7): over it, the
// report says by how much and exits 1, which fails the test command.
//
// Usage: node tools/size-report.mjs [dist]    (exits 1 if the folder is missing or empty, or
// the first load is over budget)
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FIRST_LOAD = new Set(['.html', '.js', '.mjs', '.wasm', '.css']);
const AFTER_START = /^(infoshare-seal-worker|sw\.js$|infoshare-single-file\.html$)/;
const READ_WHEN_NEEDED = /^(packs-[0-9a-f]{16}\.json|eff_large_wordlist\.txt)$/;

/** The most the first load may weigh, brotli -q 11. */
export const FIRST_LOAD_BUDGET = 500_000;

/** Whether the browser fetches the file to show the first page. */
export const isFirstLoad = (name) => FIRST_LOAD.has(extname(name).toLowerCase()) && !AFTER_START.test(name);

/** Whether the page reads the file only when a page first needs it (src/assets.rs). */
export const isReadWhenNeeded = (name) => READ_WHEN_NEEDED.test(name);

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

export async function sizeReport(dir) {
  const files = [];
  for (const name of await listFiles(dir)) {
    files.push({ name, firstLoad: isFirstLoad(name), ...sizes(await readFile(join(dir, name))) });
  }
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const whenNeeded = sum(files.filter((f) => isReadWhenNeeded(f.name)));
  return { files, total: sum(files), firstLoad: sum(files.filter((f) => f.firstLoad)), whenNeeded };
}

const number = (n) => n.toLocaleString('en-GB');

/** The report as an aligned text table. */
export function formatReport({ files, total, firstLoad, whenNeeded }) {
  const rows = [
    ['File', 'Raw', 'Gzip -9', 'Brotli -11', 'First load'],
    null,
    ...files.map((f) => [f.name, f.raw, f.gzip, f.brotli, f.firstLoad ? 'yes' : 'no']),
    null,
    [`Total (${files.length} files)`, total.raw, total.gzip, total.brotli, ''],
    ['First load (html+js+wasm+css, not the workers or the single file)', firstLoad.raw, firstLoad.gzip, firstLoad.brotli, ''],
    ['Read when a page first needs it (packs, word list)', whenNeeded.raw, whenNeeded.gzip, whenNeeded.brotli, ''],
  ].map((row) => row && row.map((cell) => (typeof cell === 'number' ? number(cell) : cell)));
  const widths = rows[0].map((_, i) => Math.max(...rows.filter(Boolean).map((row) => row[i].length)));
  return rows
    .map((row) =>
      row
        ? row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()
        : widths.map((w) => '-'.repeat(w)).join('  '),
    )
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
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
  const over = report.firstLoad.brotli - FIRST_LOAD_BUDGET;
  console.log(`\nFirst-load budget: ${number(report.firstLoad.brotli)} of ${number(FIRST_LOAD_BUDGET)} bytes brotli`);
  if (over > 0) {
    console.error(`size-report: the first load is ${number(over)} bytes over its budget`);
    process.exit(1);
  }
}
