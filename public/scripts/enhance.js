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
  if (location.hash) keepHash();
})();
