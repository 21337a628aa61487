// What the browser has stored for the page: Web Storage, IndexedDB, cookies, and anything in
// Cache Storage or a service worker other than InfoShare's own static files (the offline copy
// its service worker keeps). InfoShare stores nothing else, so every test expects EMPTY.
import { readdirSync } from 'node:fs';
import { DIST } from './app.mjs';

/** The built files the service worker may keep, as paths from the app's root (the split app
 * is in a folder), plus the cache's own records. */
const APP_FILES = [...readdirSync(DIST, { recursive: true }), '', 'versions'];

export function browserStorage(page) {
  return page.evaluate(async (appFiles) => {
    const ownFile = (url) => new URL(url).origin === location.origin && appFiles.includes(new URL(url).pathname.slice(1));
    const otherCached = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!name.startsWith('infoshare-') || !ownFile(request.url)) otherCached.push(`${name}: ${request.url}`);
      }
    }
    const workers = await navigator.serviceWorker.getRegistrations();
    return {
      localStorage: Object.entries(localStorage),
      sessionStorage: Object.entries(sessionStorage),
      indexedDB: await indexedDB.databases(),
      cookie: document.cookie,
      cacheStorage: otherCached,
      serviceWorkers: workers.map((r) => (r.active ?? r.installing ?? r.waiting)?.scriptURL).filter((url) => url && !url.endsWith('/sw.js')),
    };
  }, APP_FILES);
}

export const EMPTY = { localStorage: [], sessionStorage: [], indexedDB: [], cookie: '', cacheStorage: [], serviceWorkers: [] };

/** Whether `text` appears in any response the page's caches hold. */
export function cachesContain(page, text) {
  return page.evaluate(async (wanted) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request)).text();
        if (body.includes(wanted)) return `${name}: ${request.url}`;
      }
    }
    return null;
  }, text);
}
