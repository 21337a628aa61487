// The size report sorts files into the first load, what comes after start-up and what is read
// when a page first needs it, and fails the run when the first load is over its budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chunkAreas, FIRST_LOAD_BUDGET, isFirstLoad, isReadWhenNeeded, ROUTE_BUDGET } from '../../tools/size-report.mjs';

test('the first load is the page, its script, WebAssembly and styles, and nothing read later', () => {
  for (const name of ['index.html', 'infoshare-0a1b.js', 'infoshare-0a1b_bg.wasm', 'main-0a1b.css']) assert.ok(isFirstLoad(name), name);
  for (const name of ['sw.js', 'infoshare-seal-worker-0a1b_bg.wasm', 'infoshare-single-file.html', 'packs-0123456789abcdef.bin', 'eff_large_wordlist.txt', 'favicon.svg']) {
    assert.ok(!isFirstLoad(name), name);
  }
  assert.ok(isReadWhenNeeded('packs-0123456789abcdef.bin') && isReadWhenNeeded('eff_large_wordlist.txt'));
  assert.ok(!isReadWhenNeeded('packs.json') && !isReadWhenNeeded('index.html'));
});

/** Runs the report on a folder holding a page and WebAssembly of `wasmBytes` random bytes. */
function reportOn(wasmBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>t</title>');
    writeFileSync(join(dir, 'app_bg.wasm'), randomBytes(wasmBytes));
    writeFileSync(join(dir, 'packs-0123456789abcdef.bin'), randomBytes(FIRST_LOAD_BUDGET));
    return spawnSync(process.execPath, ['tools/size-report.mjs', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('within budget the report passes, whatever is read later', () => {
  const run = reportOn(100_000);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /First-load budget: [\d,]+ of 160,000 bytes brotli/);
  assert.match(run.stdout, /Read when a page first needs it \(packs, training, word list\)\s+160,000/);
});

test('over budget the report fails and says by how much', () => {
  const run = reportOn(FIRST_LOAD_BUDGET + 10_000);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /the first load is [\d,]+ bytes over its budget/);
});

test('the areas\' chunks are not the first load; the main module and its scripts are', () => {
  for (const name of ['app-0123456789abcdef/infoshare_bg.wasm', 'app-0123456789abcdef/infoshare.js', 'app-0123456789abcdef/__wasm_split.js', 'app-0123456789abcdef/start.js']) {
    assert.ok(isFirstLoad(name), name);
  }
  for (const name of ['app-0123456789abcdef/split_forms.wasm', 'app-0123456789abcdef/chunk_12.wasm', 'app-0123456789abcdef/small-forms.bin']) {
    assert.ok(!isFirstLoad(name), name);
  }
});

/** A chunk loader as wasm-split-cli writes it: a shared chunk under the areas that need it, then each area's loader. */
const LOADER = `import { initSync } from "./infoshare.js";
const PACKED_CHUNKS = {"library":[],"area":[4,5]};
/* forms, library */
const __chunk_3 = makeLoad(() => {
    const src = chunkFile("chunk_3.wasm");
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* forms, training */
const __chunk_4 = makeLoad(() => {
    const src = chunkFile("chunk_4.wasm");
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* reading */
const __chunk_5 = makeLoad(() => {
    const src = chunkFile("chunk_5.wasm");
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_forms = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_forms.wasm", import.meta.url));
}, [__chunk_3]));
export const __wasm_split_load_library = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_library.wasm", import.meta.url));
}, [__chunk_3]));
`;

test('each chunk file is mapped to the areas that need it, each file of packed small chunks to its area', () => {
  assert.deepEqual(
    [...chunkAreas(LOADER)].sort(),
    [
      ['chunk_3.wasm', ['forms', 'library']],
      ['small-forms.bin', ['forms']],
      ['small-library.bin', ['library']],
      ['small-reading.bin', ['reading']],
      ['small-training.bin', ['training']],
      ['split_forms.wasm', ['forms']],
      ['split_library.wasm', ['library']],
    ].sort(),
  );
});

test('an area opened first costs the first load, its chunks, the reader\'s chunks and the packs file; over budget it fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    mkdirSync(join(dir, 'app-0123456789abcdef'));
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>t</title>');
    writeFileSync(join(dir, 'app-0123456789abcdef', '__wasm_split.js'), LOADER);
    writeFileSync(join(dir, 'app-0123456789abcdef', 'chunk_3.wasm'), randomBytes(150_000));
    writeFileSync(join(dir, 'app-0123456789abcdef', 'split_forms.wasm'), randomBytes(150_000));
    writeFileSync(join(dir, 'app-0123456789abcdef', 'split_library.wasm'), randomBytes(10_000));
    writeFileSync(join(dir, 'packs-0123456789abcdef.bin'), randomBytes(100_000));
    const run = spawnSync(process.execPath, ['tools/size-report.mjs', dir], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stdout, /^forms\s+[\d,]+\s+[\d,]+ in 1\s+3\s+4\d\d,\d\d\d$/m);
    assert.match(run.stderr, new RegExp(`a page of forms, opened first, is [\\d,]+ bytes over its budget of ${ROUTE_BUDGET.toLocaleString('en-GB')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
