// Post-build step (run by tools/post-build.mjs): writes the whole app as one self-contained
// HTML file, for a file share, a USB stick or an email attachment, opened from file:// where
// there is no server. The stylesheet is inlined; the page's WebAssembly (its main module and
// every chunk) and the sealing worker (its script and WebAssembly) are gzipped and inlined as
// base64 and unpacked by the browser's DecompressionStream. The split app's two scripts (the
// glue and the chunk loader, tools/split-build.mjs) become one inline module, and the loader
// takes each chunk from the inlined bytes instead of fetching it; the worker starts from a
// blob: URL. The files the page reads
// only when it needs them (src/assets.rs) ride along as text in <script type="text/plain">
// blocks, which never run. Its own CSP allows exactly these inline parts and nothing from
// anywhere else.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SINGLE_FILE = 'infoshare-single-file.html';

/** The static files src/assets.rs reads on demand: the word list (text), the packs file and the training file (bytes). */
export const onDemandAssets = (names) => names.filter((name) => name === 'eff_large_wordlist.txt' || isBinaryAsset(name)).sort();

/** An on-demand file the page reads as bytes, which its block carries as base64. */
const isBinaryAsset = (name) => /^(packs|training)-[0-9a-f]{16}\.bin$/.test(name);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const packed = (bytes) => gzipSync(bytes, { level: 9 }).toString('base64');
/** Keeps inlined text from closing its own <script> or <style> element. */
const inlineSafe = (text) => text.replaceAll('</script', '<\\/script').replaceAll('</style', '<\\/style');

/** Unpacks gzipped base64; the same function runs in the page and in the worker. */
const GUNZIP = `async function gunzip(base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}`;

function match(html, pattern, what) {
  const found = html.match(pattern);
  if (!found) throw new Error(`${SINGLE_FILE}: cannot find ${what} in index.html`);
  return found;
}

/** The script fonts the worker reads when a document needs them (seal-worker/src/fonts.rs),
 * carried in the worker's own script: a worker started from a blob: URL can fetch nothing. */
const FONT_FILE = /^noto-[a-z-]+\.ttf$/;
function fontAssets(dir) {
  const fonts = readdirSync(dir).filter((name) => FONT_FILE.test(name)).sort().map((name) => [name, packed(readFileSync(join(dir, name)))]);
  return `const FONTS = ${JSON.stringify(Object.fromEntries(fonts))};
self.infoshareAsset = (name) => (name in FONTS ? gunzip(FONTS[name]) : Promise.reject(new Error(name)));`;
}

/** The sealing worker as one script: its glue, then its WebAssembly started from inline bytes. */
function workerSource(dir, loaderName) {
  const loader = readFileSync(join(dir, loaderName), 'utf8');
  const glue = match(loader, /importScripts\("\.\/([^"]+\.js)"\)/, 'the worker glue in its loader')[1];
  const wasm = glue.replace(/\.js$/, '_bg.wasm');
  const start = `wasm_bindgen({ module_or_path: gunzip(${JSON.stringify(packed(readFileSync(join(dir, wasm))))}) });`;
  return `${readFileSync(join(dir, glue), 'utf8')}\n${GUNZIP}\n${fontAssets(dir)}\n${start}\n`;
}

/** The one line of the split app's loader that fetches a file of its folder (tools/split-build.mjs). */
const FETCH_FILE = /^function fetchFile\(name\) \{ return fetch\(new URL\(`\.\/\$\{name\}`, import\.meta\.url\)\); \}$/m;

/**
 * The chunk loader (`__wasm_split.js`) as an expression: its import of the glue dropped (the
 * glue is in the same script), its exports returned as an object, and its files taken from
 * the inlined bytes instead of fetched.
 */
function chunkLoader(source) {
  const glueImport = /^import \{ initSync \} from "\.\/infoshare\.js";$/m;
  if (!glueImport.test(source)) throw new Error(`${SINGLE_FILE}: the chunk loader does not import the glue as expected`);
  if (!FETCH_FILE.test(source)) throw new Error(`${SINGLE_FILE}: the chunk loader does not fetch its files as expected`);
  const exported = [...source.matchAll(/^export const (\w+) = /gm)].map((found) => found[1]);
  if (!exported.length) throw new Error(`${SINGLE_FILE}: the chunk loader exports nothing`);
  const body = source
    .replace(glueImport, '')
    .replace(FETCH_FILE, 'function fetchFile(name) { return inlinedFile(name); }')
    .replace(/^export const /gm, 'const ');
  return `(() => {\n${body}\nreturn { ${exported.join(', ')} };\n})()`;
}

/** The glue with its imports of the chunk loader bound to `loader` instead. */
function glueUsing(glue, loader) {
  const imports = /^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm;
  if (!imports.test(glue)) throw new Error(`${SINGLE_FILE}: the glue does not import the chunk loader`);
  return glue.replaceAll(imports, `const $1 = ${loader};`);
}

/** The page's module script: the inlined modules, the chunk loader, the glue, the start-up. */
function bootScript(dir, html) {
  const folder = match(html, /<script type="module" src="\.\/(app-[0-9a-f]+)\/start\.js"/, 'the app start script')[1];
  const app = join(dir, folder);
  const modules = Object.fromEntries(
    readdirSync(app).filter((name) => /\.(wasm|bin)$/.test(name)).sort().map((name) => [name, packed(readFileSync(join(app, name)))]),
  );
  const loader = match(html, /<meta name="infoshare-sealer" content="\.\/([^"]+)">/, 'the sealer meta tag')[1];
  const start = `
${GUNZIP}
const INLINED_FILES = ${JSON.stringify(modules)};
function inlinedFile(name) {
  return gunzip(INLINED_FILES[name]).then((bytes) => new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
}
const __wasm_split_loader = ${chunkLoader(readFileSync(join(app, '__wasm_split.js'), 'utf8'))};
${glueUsing(readFileSync(join(app, 'infoshare.js'), 'utf8'), '__wasm_split_loader')}
const worker = new Blob([${JSON.stringify(workerSource(dir, loader))}], { type: 'text/javascript' });
document.querySelector('meta[name="infoshare-sealer"]').content = URL.createObjectURL(worker);
await __wbg_init({ module_or_path: inlinedFile('infoshare_bg.wasm') });
`;
  return inlineSafe(start);
}

/** The on-demand files as text blocks; text that could end its block is refused. */
function assetBlocks(dir) {
  return onDemandAssets(readdirSync(dir)).map((name) => {
    const bytes = readFileSync(join(dir, name));
    const text = isBinaryAsset(name) ? bytes.toString('base64') : bytes.toString('utf8');
    if (/<\/script|<!--/i.test(text)) throw new Error(`${SINGLE_FILE}: ${name} holds markup that would end its block`);
    return `<script type="text/plain" data-asset="${name}">${text}</script>`;
  }).join('\n');
}

/** The single file's HTML, made from the built index.html and the files it names. */
export function singleFileHtml(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const cssName = match(html, /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/, 'the stylesheet')[1];
  const css = inlineSafe(readFileSync(join(dir, cssName), 'utf8'));
  const script = bootScript(dir, html);
  const icon = `data:image/svg+xml;base64,${readFileSync(join(dir, 'favicon.svg')).toString('base64')}`;
  const csp = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return html
    .replace(/(http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${csp}"`)
    .replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="${icon}"`)
    .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
    .replace(/<meta name="infoshare-sealer" content="[^"]*">/, '<meta name="infoshare-sealer" content="">\n  <meta name="infoshare-build" content="single-file">')
    .replace(/<script type="module" src="[^"]*"[^>]*><\/script>/, () => `<script type="module">${script}</script>`)
    .replace('</body>', () => `${assetBlocks(dir)}\n</body>`)
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
}

/** Writes the single file into `dir`; returns its size in bytes. */
export function writeSingleFile(dir) {
  const text = singleFileHtml(dir);
  writeFileSync(join(dir, SINGLE_FILE), text);
  return Buffer.byteLength(text);
}
