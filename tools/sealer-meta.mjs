// Post-build step (run by tools/post-build.mjs): writes the sealing worker's loader file name (it carries a content
// hash) into the staged index.html's <meta name="infoshare-sealer">, where the app reads it.
// Fails the build if the loader or the placeholder is missing.

const PLACEHOLDER = 'SEALER_LOADER';
const LOADER = /^infoshare-seal-worker(-[0-9a-f]+)?_loader\.js$/;

export function withSealer(html, files) {
  const loaders = files.filter((name) => LOADER.test(name));
  if (loaders.length !== 1) throw new Error(`expected one sealing worker loader, found ${loaders.length}`);
  if (!html.includes(PLACEHOLDER)) throw new Error(`no ${PLACEHOLDER} placeholder in index.html`);
  return html.replace(PLACEHOLDER, `./${loaders[0]}`);
}
