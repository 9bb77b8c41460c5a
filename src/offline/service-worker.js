// The service worker of Directive Atlas. The build prepends `const PLAN = {...}` (src/lib/offline-files.ts):
// the site version, the pages and files saved at install, and Pagefind's files per language.
// Pages: network first, so a reader online always gets the current page; offline, the saved copy, and
// the page is told it is a saved copy (enhance.js says so). No third-party code; same origin only.
/* global PLAN */
const CACHE = `atlas-${PLAN.version}`;
/** How each window's page was served: client id -> { from: 'network' | 'cache', saved: Promise }. */
const served = new Map();
const searchSaved = new Map();

const keyOf = (url) => new URL(url, self.location.origin).pathname;

/** Saves Pagefind's files of a language (and its search page); a failed save (offline) is tried again later. */
async function saveSearch(lang) {
  if (!PLAN.search[lang]) return;
  if (!searchSaved.has(lang)) {
    const saving = caches.open(CACHE).then(async (cache) => {
      for (const path of PLAN.search[lang]) if (!(await cache.match(path))) await cache.add(path);
    });
    searchSaved.set(lang, saving);
    saving.catch(() => searchSaved.delete(lang));
  }
  return searchSaved.get(lang);
}

/**
 * Whether search in a language works offline: every file of it is in the cache. Pagefind asks for its
 * entry file with the page's metaCacheTag (`?ts=<index hash>`, src/lib/search-preload.ts): files are
 * kept and matched by path, and the entry file kept is the one of this version, so the tag of a page
 * of this version always finds it.
 */
async function searchKept(cache, lang) {
  if (!PLAN.search[lang]) return false;
  for (const path of PLAN.search[lang]) if (!(await cache.match(path))) return false;
  return true;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // With Save-Data on, nothing is fetched ahead: pages are kept as they are read.
      if (!self.navigator.connection?.saveData) await cache.addAll(PLAN.core);
      // Pages the reader kept under an earlier version are fetched anew: offline copies stay current.
      for (const name of await caches.keys()) {
        if (name === CACHE || !name.startsWith('atlas-')) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          const path = keyOf(request.url);
          if (await cache.match(path)) continue;
          try {
            const response = await fetch(path, { cache: 'no-cache' });
            if (response.ok && !response.redirected) await cache.put(path, response);
          } catch {
            // Offline during the update: that page is saved again on the next visit.
          }
        }
      }
      // Search a reader had offline stays offline after the update: the new index's files are saved now
      // (its file names change with every build).
      for (const lang of Object.keys(PLAN.search)) {
        const page = PLAN.search[lang][0];
        const had = await caches.match(page);
        if (had) await saveSearch(lang)?.catch(() => undefined);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('atlas-') && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
      // Pages open since before the update show what the site had then: tell them.
      if (old.length > 0) for (const client of await self.clients.matchAll()) client.postMessage({ type: 'status', state: 'stale', version: PLAN.version });
    })(),
  );
});

async function page(event) {
  const path = keyOf(event.request.url);
  const lang = path.split('/')[1];
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected) {
      const saved = cache.put(path, response.clone());
      served.set(event.resultingClientId, { from: 'network', saved });
      event.waitUntil(Promise.all([saved, saveSearch(lang)]).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const copy = await cache.match(path);
    if (!copy) throw error;
    served.set(event.resultingClientId, { from: 'cache', saved: Promise.resolve() });
    return copy;
  }
}

async function file(event) {
  const path = keyOf(event.request.url);
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected && (await cache.match(path))) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    // Pagefind asks for its entry file with a changing query (?ts=): the saved copy answers any.
    const copy = await cache.match(path);
    if (!copy) throw error;
    return copy;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') event.respondWith(page(event));
  else event.respondWith(file(event));
});

// A page asks whether it is saved, and how it was served. A page read before the worker existed is saved now.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'status' || !event.source) return;
  event.waitUntil(
    (async () => {
      const path = keyOf(event.data.url);
      const lang = path.split('/')[1];
      const info = served.get(event.source.id);
      const cache = await caches.open(CACHE);
      try {
        await info?.saved;
        if (!(await cache.match(path))) await cache.add(path);
        await saveSearch(lang);
      } catch {
        // Offline or a failed save: the reply says what is saved.
      }
      // What the page shows (enhance.js): a saved copy, or kept, or saved now, or nothing while it is not
      // saved; and whether search in its language is saved too.
      // "kept": saved at install with the rest of the newest letter, in both languages (every file of it is
      // stored: with Save-Data on, nothing was fetched ahead); "saved": kept because it was read.
      const saved = Boolean(await cache.match(path));
      const letterKept = PLAN.core.includes(path) && (await Promise.all(PLAN.core.map((file) => cache.match(file)))).every(Boolean);
      const state = info?.from === 'cache' ? 'offline' : letterKept ? 'kept' : saved ? 'saved' : '';
      event.source.postMessage({ type: 'status', state, version: PLAN.version, search: state !== '' && (await searchKept(cache, lang)) });
    })(),
  );
});
