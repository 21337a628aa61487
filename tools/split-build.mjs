// Trunk's pre-build hook: builds the page's WebAssembly split into a main module and one chunk
// per area (src/areas.rs), which the browser fetches on first use. Trunk builds everything
// else (the stylesheet, the sealing worker, the copied files); it cannot split, so index.html
// does not ask it to build the page's crate. In order:
//
// 1. cargo builds the app with feature `split`, asking the linker to keep its relocations
//    (`--emit-relocs`, given to the final link only, so no dependency is rebuilt);
// 2. wasm-split-cli splits the module: main, `split_<area>.wasm`, `chunk_<n>_*.wasm` for
//    code areas share, and `__wasm_split.js`, which fetches them;
// 3. wasm-bindgen makes the main module's JavaScript glue (relocations are gone after it,
//    so it runs after the split);
// 4. wasm-opt optimises each module and drops the sections browsers do not read (release
//    builds only, as trunk optimises);
// 5. the small shared chunks are packed into a file for each area, `small-<area>.bin`, which
//    the chunk loader fetches once when the area first loads and takes each of them from:
//    dozens of requests of a few hundred bytes each become one, which matters most over a
//    slow VPN, and an area fetches only the small chunks it uses (a chunk the packs file's
//    reader uses is packed only with the reader's, which every such area fetches; the sizes
//    are in ARCHITECTURE.md);
// 6. the files go into one folder named by a hash of their contents, `app-<hash>/`, with
//    `start.js`, which starts the app: files of two builds are never mixed, and a page only
//    ever fetches chunks from its own build's folder.
//
// tools/post-build.mjs then writes the folder's start script into index.html.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_DIR = /^app-[0-9a-f]{16}$/;
export const START = 'start.js';
export const CHUNK_LOADER = '__wasm_split.js';
/** The file holding the small shared chunks an area uses, one after another. */
export const packedFile = (area) => `small-${area}.bin`;
/** The packs file's reader, which every area but Home's kind loads first. */
const LIBRARY = 'library';
/** Shared chunks smaller than this many bytes are packed (measured in ARCHITECTURE.md). */
const PACK_BELOW = 2_000;
const CRATE = 'infoshare';
const TARGET = 'wasm32-unknown-unknown';
/** The features binaryen must allow for what rustc 1.95 emits for wasm32 (as trunk sets them). */
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals'];
/**
 * Sections no browser reads, dropped from every module once optimised: the toolchain's names
 * and the feature list (about 100 bytes a module; across a page's 30 or so files, 3 KB).
 */
const STRIP = ['--strip-producers', '--strip-target-features'];
/** For a profile that names the Rust functions: `INFOSHARE_WASM_NAMES=1` keeps the names section. */
const NAMES = process.env.INFOSHARE_WASM_NAMES === '1' ? ['-g'] : [];

/** The script that starts the app: the glue's default export fetches and starts the main module. */
const START_SCRIPT = `import init from './${CRATE}.js';\nawait init({ module_or_path: new URL('./${CRATE}_bg.wasm', import.meta.url) });\n`;

function run(command, args, env = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** Builds the app's linked module with the relocations the splitter needs; returns its path. */
function buildLinked(release) {
  const profile = release ? 'release' : 'dev';
  run('cargo', ['rustc', '--quiet', '-p', CRATE, '--bin', CRATE, '--target', TARGET, '--profile', profile, '--features', 'split', '--', '-C', 'link-arg=--emit-relocs']);
  return join('target', TARGET, release ? 'release' : 'debug', `${CRATE}.wasm`);
}

/** A chunk fetch as wasm-split-cli writes it: `fetch(new URL("./<file>", import.meta.url))`. */
const CHUNK_FETCH = /fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g;

/**
 * What the chunk loader gains: every chunk is fetched through `chunkFile`, which takes a
 * packed one from the reader's packed file if the reader uses it, or else from the packed
 * file of the area being loaded, and fetches the others as before, through `fetchFile`, the
 * one line the single-file build replaces. A packed file is fetched once (a failed fetch is
 * not kept, so "Try again" fetches it again) and starts with its own index: how many chunks
 * it holds, then each one's number and length (32-bit little-endian), then their bytes in
 * that order. `inArea` names the area while its loader asks for its chunks, which it does at
 * once, before awaiting anything.
 */
const loaderPrelude = (packed) => `
const PACKED_CHUNKS = ${JSON.stringify(packed)};
const packedFiles = new Map();
let loadingArea;
function fetchFile(name) { return fetch(new URL(\`./\${name}\`, import.meta.url)); }
function readPacked(buffer) {
    const view = new DataView(buffer);
    const end = 4 + 8 * view.getUint32(0, true);
    const chunks = new Map();
    for (let at = 4, offset = end; at < end; offset += view.getUint32(at + 4, true), at += 8) {
        chunks.set(view.getUint32(at, true), new Uint8Array(buffer, offset, view.getUint32(at + 4, true)));
    }
    return chunks;
}
function packedFile(file) {
    if (!packedFiles.has(file)) {
        const pending = fetchFile(file).then((response) => {
            if (!response.ok) throw new Error(\`\${file}: \${response.status}\`);
            return response.arrayBuffer();
        }).then(readPacked);
        pending.catch(() => { if (packedFiles.get(file) === pending) packedFiles.delete(file); });
        packedFiles.set(file, pending);
    }
    return packedFiles.get(file);
}
function chunkFile(name) {
    const number = Number(/^chunk_(\\d+)\\.wasm$/.exec(name)?.[1]);
    const area = PACKED_CHUNKS.library.includes(number) ? "library" : PACKED_CHUNKS.area.includes(number) ? loadingArea : null;
    if (area === null) return fetchFile(name);
    const file = \`small-\${area}.bin\`;
    return packedFile(file).then((chunks) => {
        if (!chunks.has(number)) throw new Error(\`\${file} does not hold \${name}\`);
        return new Response(chunks.get(number), { headers: { "Content-Type": "application/wasm" } });
    });
}
function inArea(area, load) {
    return () => {
        const outer = loadingArea;
        loadingArea = area;
        try { return load(); } finally { loadingArea = outer; }
    };
}
`;

/** A shared chunk's declaration as wasm-split-cli writes it: the areas that share it, then its loader. */
const SHARED_CHUNK = /\/\* ([a-z_, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = (?:chunkFile\(|fetch\(new URL\()"(?:\.\/)?(chunk_\d+\.wasm)"/g;
/** An area's loader as wasm-split-cli writes it, up to the end of its list of chunks. */
const AREA_LOADER = /export const __wasm_split_load_([a-z_]+) = wrapAsyncCb\(makeLoad\(([\s\S]*?\]\))\);/g;

/** Each shared chunk file the loader declares, with the areas that share it. */
export function sharedChunkAreas(loaderSource) {
  return new Map([...loaderSource.matchAll(SHARED_CHUNK)].map(([, areas, file]) => [file, areas.split(', ')]));
}

/** The packed file a small chunk shared by `areas` goes in: the reader's alone if it uses it. */
const packedAreasFor = (areas) => (areas.includes(LIBRARY) ? [LIBRARY] : areas);

/** A packed file: its index (count, then each chunk's number and length), then the chunks. */
function packedBytes(chunks) {
  const index = Buffer.alloc(4 + 8 * chunks.length);
  index.writeUInt32LE(chunks.length, 0);
  chunks.forEach(({ number, bytes }, at) => {
    index.writeUInt32LE(number, 4 + 8 * at);
    index.writeUInt32LE(bytes.length, 8 + 8 * at);
  });
  return Buffer.concat([index, ...chunks.map(({ bytes }) => bytes)]);
}

/** Packs the small shared chunks of `out` into a file for each area and points the loader at them. */
function packSmallChunks(out) {
  const loader = join(out, CHUNK_LOADER);
  const source = readFileSync(loader, 'utf8');
  const glueImport = /^import \{ initSync \} from "\.\/[^"]+";$/m;
  if (!glueImport.test(source) || !CHUNK_FETCH.test(source)) throw new Error(`${loader} is not the chunk loader this build expects`);
  const areasOf = sharedChunkAreas(source);
  const small = readdirSync(out).filter((name) => /^chunk_\d+\.wasm$/.test(name) && statSync(join(out, name)).size < PACK_BELOW).sort();
  const packed = { library: [], area: [] };
  const files = new Map();
  for (const name of small) {
    const areas = areasOf.get(name);
    if (!areas) throw new Error(`${loader} does not say which areas share ${name}`);
    const chunk = { number: Number(name.match(/\d+/)[0]), bytes: readFileSync(join(out, name)) };
    packed[areas.includes(LIBRARY) ? 'library' : 'area'].push(chunk.number);
    for (const area of packedAreasFor(areas)) files.set(area, [...(files.get(area) ?? []), chunk]);
    rmSync(join(out, name));
  }
  for (const [area, chunks] of files) writeFileSync(join(out, packedFile(area)), packedBytes(chunks));
  const exported = [...source.matchAll(AREA_LOADER)].length;
  const patched = source
    .replaceAll(CHUNK_FETCH, 'chunkFile("$1")')
    .replace(AREA_LOADER, (_, area, rest) => `export const __wasm_split_load_${area} = wrapAsyncCb(inArea("${area}", makeLoad(${rest}));`)
    .replace(glueImport, (line) => `${line}\n${loaderPrelude(packed)}`);
  if (!exported || (patched.match(/inArea\("/g) ?? []).length !== exported) throw new Error(`${loader}: its areas' loaders are not as this build expects`);
  writeFileSync(loader, patched);
}

/** Splits, binds and optimises the app into `out`, which is emptied first. */
export function splitBuild(out, release) {
  const linked = buildLinked(release);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run('wasm-split-cli', [linked, out, '--out-name', CRATE]);
  const unbound = join(out, `${CRATE}.wasm`);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', out, '--out-name', CRATE, unbound]);
  rmSync(unbound);
  if (release) {
    for (const wasm of readdirSync(out).filter((name) => name.endsWith('.wasm'))) {
      run('wasm-opt', ['-Oz', ...WASM_FEATURES, ...STRIP, ...NAMES, '-o', join(out, wasm), join(out, wasm)]);
    }
  }
  packSmallChunks(out);
  writeFileSync(join(out, START), START_SCRIPT);
}

/** A hash of every file in `dir`, names and contents. */
function folderHash(dir) {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

/** Builds into trunk's staging folder as `app-<hash>/`; returns the folder's name. */
export function stageSplitBuild(staging, release) {
  const built = join('target', 'split', release ? 'release' : 'debug');
  splitBuild(built, release);
  const folder = `app-${folderHash(built)}`;
  rmSync(join(staging, folder), { recursive: true, force: true });
  renameSync(built, join(staging, folder));
  return folder;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
  stageSplitBuild(staging, process.env.TRUNK_PROFILE === 'release');
}
