// Filters of a body page's obligations (role, recommendation, theme, named directly or through a
// group), kept in the URL (?role=lead&rec=4) so a filtered view can be shared. A progressive
// enhancement: without JavaScript the form stays hidden and every obligation is shown.
(() => {
  const form = document.querySelector('[data-filters]');
  if (!(form instanceof HTMLElement)) return;
  const field = (name) => form.querySelector(`select[name="${name}"]`);
  const names = ['role', 'rec', 'theme', 'how'];
  const rows = [...document.querySelectorAll('tr[data-obligation]')];
  const cards = new Map([...document.querySelectorAll('.body-full li[data-obligation]')].map((card) => [card.getAttribute('data-obligation'), card]));
  const status = form.querySelector('[data-filter-status]');
  const total = rows.length;
  const digits = (value) => (form.dataset.lang === 'km' ? String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x17e0 + Number(d))) : String(value));

  const matches = (row, filters) =>
    (!filters.role || row.dataset.role === filters.role) &&
    (!filters.rec || row.dataset.rec === filters.rec) &&
    (!filters.theme || (row.dataset.themes || '').split(' ').includes(filters.theme)) &&
    (!filters.how || row.dataset.how === filters.how);

  const apply = () => {
    const filters = {};
    for (const name of names) {
      const select = field(name);
      if (select instanceof HTMLSelectElement && select.value) filters[name] = select.value;
    }
    let shown = 0;
    for (const row of rows) {
      const visible = matches(row, filters);
      row.hidden = !visible;
      const card = cards.get(row.getAttribute('data-obligation'));
      if (card) card.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of document.querySelectorAll('.body-full section[data-group]')) {
      group.hidden = ![...group.querySelectorAll('li[data-obligation]')].some((card) => !card.hidden);
    }
    if (status) status.textContent = (form.dataset.shownText || '').replace('{shown}', digits(shown)).replace('{total}', digits(total));
    return filters;
  };

  const toUrl = (filters) => {
    const url = new URL(location.href);
    for (const name of names) {
      if (filters[name]) url.searchParams.set(name, filters[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const name of names) {
      const select = field(name);
      if (!(select instanceof HTMLSelectElement)) continue;
      const value = params.get(name) || '';
      // An unknown value (an old link) shows everything rather than nothing.
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  };

  // Loaded by enhance.js (data-script): at once when the address has a query (a shared filtered
  // view), else on the reader's first change, which this applies and keeps in the address.
  if (location.search) {
    fromUrl();
    apply();
  } else toUrl(apply());
  form.hidden = false;
  form.addEventListener('change', () => toUrl(apply()));
  form.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    for (const name of names) {
      const select = field(name);
      if (select instanceof HTMLSelectElement) select.value = '';
    }
    toUrl(apply());
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    apply();
  });
})();
