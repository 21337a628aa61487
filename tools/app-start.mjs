// Post-build step (run by tools/post-build.mjs): writes the split app's start into the staged
// index.html in place of its <meta name="infoshare-app" content="APP_START"> placeholder: the
// start script, and preloads for the main module and its two scripts so the browser fetches
// them side by side with the stylesheet, the scripts with a subresource integrity hash as
// trunk gives its own files. Fails the build if the app folder or the placeholder is missing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR, START } from './split-build.mjs';

const PLACEHOLDER = '<meta name="infoshare-app" content="APP_START">';
/** The link that tells trunk not to build the page's crate itself: it has no use in the page. */
const TRUNK_SKIP = /[ \t]*<link\b[^>]*\bdata-trunk-skip\b[^>]*>\n?/;

const integrity = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** The one `app-<hash>` folder among the staged files. */
export function appFolder(names) {
  const folders = names.filter((name) => APP_DIR.test(name));
  if (folders.length !== 1) throw new Error(`expected one app-<hash> folder, found ${folders.length}: run tools/split-build.mjs first`);
  return folders[0];
}

/** `html` with the app's start script and preloads in place of the placeholder. */
export function withAppStart(html, dir, names) {
  if (!html.includes(PLACEHOLDER)) throw new Error(`no ${PLACEHOLDER} in index.html`);
  const folder = appFolder(names);
  const tag = (file, make) => make(`./${folder}/${file}`, integrity(join(dir, folder, file)));
  const tags = [
    // No integrity here: the glue's fetch of the module carries none, and a preload must match it.
    `<link rel="preload" href="./${folder}/infoshare_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`,
    tag('infoshare.js', (href, sri) => `<link rel="modulepreload" href="${href}" crossorigin="anonymous" integrity="${sri}">`),
    tag('__wasm_split.js', (href, sri) => `<link rel="modulepreload" href="${href}" crossorigin="anonymous" integrity="${sri}">`),
    tag(START, (href, sri) => `<script type="module" src="${href}" crossorigin="anonymous" integrity="${sri}"></script>`),
  ];
  return html.replace(TRUNK_SKIP, '').replace(PLACEHOLDER, tags.join('\n  '));
}
