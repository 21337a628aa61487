// What the browser has stored for the page: Web Storage, IndexedDB, cookies, Cache Storage and
// service workers. InfoShare stores nothing, so every test expects EMPTY.

export function browserStorage(page) {
  return page.evaluate(async () => ({
    localStorage: Object.entries(localStorage),
    sessionStorage: Object.entries(sessionStorage),
    indexedDB: await indexedDB.databases(),
    cookie: document.cookie,
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
  }));
}

export const EMPTY = { localStorage: [], sessionStorage: [], indexedDB: [], cookie: '', cacheStorage: [], serviceWorkers: [] };
