// Progressive enhancements only: every page works without this file.
(() => {
  // Copy buttons of the Cite boxes: the text stays selectable without JavaScript.
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    if (!button) return;
    const source = document.getElementById(button.getAttribute('data-copy') || '');
    if (!source) return;
    const text = source.textContent || '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.execCommand('copy');
    }
    const status = button.parentElement?.querySelector('[role="status"]');
    if (status) status.textContent = button.getAttribute('data-copied') || '';
  });
  // The language switcher keeps the paragraph the reader is on: anchors are the same in both languages.
  // Nothing to do (and no link touched) while the address has no anchor: most visits.
  const keepHash = () => {
    for (const link of document.querySelectorAll('a[data-keep-hash]')) {
      const url = new URL(link.getAttribute('href') || '', location.href);
      if (url.hash === location.hash) continue;
      url.hash = location.hash;
      link.setAttribute('href', url.pathname + url.search + url.hash);
    }
  };
  window.addEventListener('hashchange', keepHash);
  // Only when the address names a part: otherwise no link needs touching.
  if (location.hash) keepHash();

  // A link to a part that is not on this page (an old paragraph anchor, an obligation merged into
  // another) would land at the top in silence: say so, and leave the reader at the top of the page.
  const checkAnchor = () => {
    const notice = document.getElementById('anchor-missing');
    if (!notice) return;
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = location.hash.slice(1);
    }
    if (!id || document.getElementById(id)) {
      notice.hidden = true;
      return;
    }
    notice.textContent = (notice.getAttribute('data-text') || '').replace('{anchor}', `#${id}`);
    notice.hidden = false;
    window.scrollTo(0, 0);
  };
  window.addEventListener('hashchange', checkAnchor);
  document.addEventListener('DOMContentLoaded', checkAnchor);

  // Switching between a recommendation and the side-by-side reader keeps the sentence being read:
  // the link takes the anchor of the first sentence on screen (or the one in the address), when the
  // other page has it (the link names the prefix of the anchors it has).
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-keep-place]') : null;
    if (!link) return;
    const prefix = link.getAttribute('data-keep-place') || '';
    const here = location.hash.slice(1);
    let place = /-s\d+$/.test(here) && here.startsWith(prefix) ? here : '';
    if (!place) {
      for (const sentence of document.querySelectorAll('.sentence[id], .pair[id]')) {
        if (sentence.getBoundingClientRect().bottom > 0 && sentence.id.startsWith(prefix)) {
          place = sentence.id;
          break;
        }
      }
    }
    if (!place) return;
    const url = new URL(link.getAttribute('href') || '', location.href);
    url.hash = place;
    link.setAttribute('href', url.pathname + url.search + url.hash);
  });

  // The device's own share sheet, where the browser has one; the Telegram link works everywhere.
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('button[data-share-url]');
    if (!button || typeof navigator.share !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.share({ title: button.getAttribute('data-share-title') || document.title, url: button.getAttribute('data-share-url') || location.href }).catch(() => undefined);
    });
  });

  // Offline reading: the service worker (/sw.js) keeps the pages read and the directive in both
  // languages; this page says whether it is kept, and whether what is shown is a saved copy.
  const showOffline = (key, version) => {
    const state = document.getElementById('offline-state');
    if (!state) return;
    state.textContent = (state.getAttribute(`data-${key}`) || '').replace('{version}', version || '');
    state.classList.toggle('notice', key !== 'saved');
    state.setAttribute('data-state', key);
    state.hidden = false;
  };
  if ('serviceWorker' in navigator && document.querySelector('link[rel="manifest"]')) {
    navigator.serviceWorker.addEventListener('message', (event) => {
      const data = event.data || {};
      if (data.type === 'status') showOffline(data.from === 'cache' ? 'offline' : data.saved ? 'saved' : '', data.version);
      if (data.type === 'updated') showOffline('stale', data.version);
    });
    const ask = () => navigator.serviceWorker.controller?.postMessage({ type: 'status', url: location.href });
    navigator.serviceWorker.addEventListener('controllerchange', ask);
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js').then(ask, () => undefined);
    });
  }
})();
