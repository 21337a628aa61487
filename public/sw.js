// InfoShare's service worker: keeps this version's static files (the page, its WebAssembly
// and every area's chunks, the stylesheet and the sealing worker) in the browser's cache so
// the app opens and works with the network off, and keeps each script font the sealing
// worker fetches once it has been used (megabytes most visits never need). It caches nothing
// else: no request carries anything typed, and nothing typed is ever put in the cache. The
// build (tools/service-worker.mjs) fills in the version and the file lists.
//
// A new version installs beside the old one and takes over at once for the next page load;
// a tab already open keeps running the code it loaded, and the previous version's files stay
// cached so that tab can still start its sealing worker. Older versions are deleted.
const VERSION = 'SW_VERSION';
const FILES = ['SW_FILES'];
const ON_USE = ['SW_ON_USE'];
const CACHE = `infoshare-${VERSION}`;
const HISTORY = 'infoshare-versions';
const KEEP = 2;

/** The versions installed, oldest first, as recorded in the history cache. */
async function history() {
  const saved = await (await caches.open(HISTORY)).match('versions');
  return saved ? saved.json() : [];
}

async function install() {
  await (await caches.open(CACHE)).addAll(FILES);
  const versions = (await history()).filter((name) => name !== CACHE).concat(CACHE).slice(-KEEP);
  await (await caches.open(HISTORY)).put('versions', new Response(JSON.stringify(versions)));
  await self.skipWaiting();
}

async function removeOldVersions() {
  const keep = new Set((await history()).concat(CACHE, HISTORY));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('infoshare-') && !keep.has(name)).map((name) => caches.delete(name)));
}

/** Whether the request is for a file this version keeps once used. */
const keptOnUse = (request) => ON_USE.some((file) => new URL(file, self.registration.scope).href === new URL(request.url).href.split('?')[0]);

/** Fetches a file kept on use, and keeps it. */
async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

/** The cached answer: the app's page for any navigation in scope, otherwise the same file. */
async function cached(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  if (request.mode === 'navigate') {
    const page = await caches.match(new URL('./', self.registration.scope).href);
    if (page) return page;
  }
  return keptOnUse(request) ? fetchAndKeep(request) : fetch(request);
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(removeOldVersions()));
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(cached(request));
});
