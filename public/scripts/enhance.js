// Progressive enhancements only: every page works without this file. One small file for every page
// (its size is in the weight budget): Cite boxes' copy buttons, the sentence/anchor the reader is on,
// the share sheet, the offline state, and a page's own widget script, loaded only when it is used.
(() => {
  const attr = (element, name) => element.getAttribute(name) || '';
  const byId = (id) => document.getElementById(id);
  const on = (target, type, listener) => target.addEventListener(type, listener);
  const hash = () => location.hash.slice(1);
  // Rewrites a link's anchor, keeping its path and query.
  const setHash = (link, id) => {
    const url = new URL(attr(link, 'href'), location.href);
    url.hash = id;
    link.setAttribute('href', url.pathname + url.search + url.hash);
  };

  on(document, 'click', (event) => {
    // A click's target is an element.
    const target = event.target;
    // Copy buttons of the Cite boxes: the text stays selectable without JavaScript.
    const button = target.closest('[data-copy]');
    const source = button && byId(attr(button, 'data-copy'));
    // Without clipboard access nothing is said: the text stays selectable.
    source &&
      navigator.clipboard.writeText(source.textContent).then(
        () => {
          button.parentElement.querySelector('[role="status"]').textContent = attr(button, 'data-copied');
        },
        () => {},
      );
    // Switching between a recommendation and the side-by-side reader keeps the sentence being read: the
    // link takes the anchor in the address or of the first sentence on screen, when the other page has
    // it (the link names the prefix of the anchors it has).
    const link = target.closest('[data-keep-place]');
    if (link) {
      const prefix = attr(link, 'data-keep-place');
      const here = hash();
      const place =
        /-s\d+$/.test(here) && here.startsWith(prefix)
          ? here
          : [...document.querySelectorAll('.sentence,.pair')].find((sentence) => sentence.getBoundingClientRect().bottom > 0 && sentence.id.startsWith(prefix))?.id;
      if (place) setHash(link, place);
    }
  });

  // The language switcher keeps the paragraph the reader is on (anchors are the same in both languages);
  // a link to a part that is not on this page (an old paragraph anchor, an obligation merged into
  // another) would land at the top in silence: say so, and leave the reader at the top of the page.
  const checkHash = () => {
    let id = hash();
    for (const link of document.querySelectorAll('[data-keep-hash]')) setHash(link, id);
    try {
      id = decodeURIComponent(id);
    } catch {
      // An undecodable anchor is looked up as written.
    }
    const notice = byId('anchor-missing');
    if (!notice) return;
    notice.hidden = !id || !!byId(id);
    if (notice.hidden) return;
    notice.textContent = attr(notice, 'data-text').replace('{anchor}', `#${id}`);
    scrollTo(0, 0);
  };
  on(window, 'hashchange', checkHash);

  on(document, 'DOMContentLoaded', () => {
    if (location.hash) checkHash();
    // The device's own share sheet, where the browser has one; the Telegram link works everywhere.
    const share = document.querySelector('[data-share-url]');
    if (share && navigator.share) {
      share.hidden = false;
      on(share, 'click', () => navigator.share({ title: attr(share, 'data-share-title'), url: attr(share, 'data-share-url') }).catch(() => {}));
    }
    // A widget with its own script (e.g. a body page's filters, `data-script`): shown now, its script
    // fetched on the first change, or at once when the address carries its state (a query).
    for (const widget of document.querySelectorAll('[data-script]')) {
      const load = () => document.head.append(Object.assign(document.createElement('script'), { src: attr(widget, 'data-script') }));
      widget.hidden = false;
      if (location.search) load();
      else widget.addEventListener('change', load, { once: true });
    }
  });

  // Offline reading: the service worker (/sw.js) keeps the pages read and the directive in both
  // languages; this page says what is kept (the page, and search in its language) and whether what is
  // shown is a saved copy.
  // (The dev server has no /sw.js: registering fails, and nothing is shown.)
  const worker = navigator.serviceWorker;
  if (worker) {
    // The worker says, as `state`, whether this page is saved or a saved copy, and whether search in
    // its language is saved too (src/offline/service-worker.js).
    on(worker, 'message', ({ data }) => {
      const state = byId('offline-state');
      if (!state || !data.state) return;
      state.textContent = `${attr(state, `data-${data.state}`)} ${data.search ? attr(state, 'data-search') : ''}`.replace('{version}', data.version).trim();
      state.setAttribute('data-state', data.state);
      state.hidden = false;
    });
    const ask = () => worker.controller?.postMessage({ type: 'status', url: location.href });
    on(worker, 'controllerchange', ask);
    on(window, 'load', () => worker.register('/sw.js').then(ask, () => {}));
  }
})();
