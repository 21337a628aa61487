// The size report sorts files into the first load, what comes after start-up and what is read
// when a page first needs it, and fails the run when the first load is over its budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_LOAD_BUDGET, isFirstLoad, isReadWhenNeeded } from '../../tools/size-report.mjs';

test('the first load is the page, its script, WebAssembly and styles, and nothing read later', () => {
  for (const name of ['index.html', 'infoshare-0a1b.js', 'infoshare-0a1b_bg.wasm', 'main-0a1b.css']) assert.ok(isFirstLoad(name), name);
  for (const name of ['sw.js', 'infoshare-seal-worker-0a1b_bg.wasm', 'infoshare-single-file.html', 'packs-0123456789abcdef.json', 'eff_large_wordlist.txt', 'favicon.svg']) {
    assert.ok(!isFirstLoad(name), name);
  }
  assert.ok(isReadWhenNeeded('packs-0123456789abcdef.json') && isReadWhenNeeded('eff_large_wordlist.txt'));
  assert.ok(!isReadWhenNeeded('packs.json') && !isReadWhenNeeded('index.html'));
});

/** Runs the report on a folder holding a page and WebAssembly of `wasmBytes` random bytes. */
function reportOn(wasmBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>t</title>');
    writeFileSync(join(dir, 'app_bg.wasm'), randomBytes(wasmBytes));
    writeFileSync(join(dir, 'packs-0123456789abcdef.json'), randomBytes(FIRST_LOAD_BUDGET));
    return spawnSync(process.execPath, ['tools/size-report.mjs', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('within budget the report passes, whatever is read later', () => {
  const run = reportOn(100_000);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /First-load budget: [\d,]+ of 500,000 bytes brotli/);
  assert.match(run.stdout, /Read when a page first needs it \(packs, word list\)\s+500,000/);
});

test('over budget the report fails and says by how much', () => {
  const run = reportOn(FIRST_LOAD_BUDGET + 10_000);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /the first load is [\d,]+ bytes over its budget/);
});
