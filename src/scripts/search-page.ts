// The search page: Pagefind in the browser, Khmer queries segmented like the index, filters and
// query kept in the URL so a search can be shared. Everything shown comes from the page's config.
import { queryScript } from '../lib/khmer-normalize.ts';
import { displayText, segmentQuery } from '../lib/khmer-segment.ts';
import { markableWords, markWords } from '../lib/search-highlight.ts';
import type { SearchPageConfig } from '../lib/search-config.ts';
import type { SearchPartLink } from '../lib/search-parts.ts';
import { ENTRY_LINK_ID, SEARCH_PARTS_META } from '../lib/search-preload.ts';
import { shardsForQuery } from '../lib/search-vocabulary.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

const PAGE_SIZE = 10;
const config = JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as SearchPageConfig;
const form = document.getElementById('search-page-form') as HTMLFormElement;
const input = document.getElementById('search-page-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const filterPanel = document.getElementById('search-filter-panel') as HTMLDetailsElement;
const clear = document.getElementById('search-clear') as HTMLButtonElement;
const partial = document.getElementById('search-partial') as HTMLElement;
const searchAll = document.getElementById('search-all') as HTMLButtonElement;

const localDigits = (text: string) => (config.digits ? text.replace(/\d/g, (digit) => config.digits?.[Number(digit)] ?? digit) : text);
/** Filter values of provisions sort by number: `3` (a recommendation), `article-5`. */
const provisionOrder = (value: string) => Number(/\d+$/.exec(value)?.[0] ?? 0);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

function readState(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const group of config.groups) {
    const values = params.getAll(group.id).filter(Boolean);
    if (values.length > 0) filters[group.id] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

function stateParams(q: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [group, values] of Object.entries(filters)) for (const value of values) params.append(group, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

function writeState(q: string, filters: Record<string, string[]>): void {
  const search = stateParams(q, filters);
  history.replaceState(null, '', `${location.pathname}${search}`);
  // The language switch keeps the query and the filters (body, theme and role ids are the same in both).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const url = new URL(link.href, location.href);
    link.href = `${url.pathname}${search}${url.hash}`;
  }
  showOtherLanguage(q, search);
}

const other = document.getElementById('search-other-lang') as HTMLElement;

/** A query in the other language's script (Khmer on the English page, Latin on the Khmer one): offer that search. */
function showOtherLanguage(q: string, search: string): void {
  other.hidden = queryScript(q) !== config.otherLang.script;
  if (other.hidden) return;
  const link = document.createElement('a');
  link.href = `${config.otherLang.url}${search}`;
  link.hreflang = config.otherLang.lang;
  link.lang = config.otherLang.lang;
  link.textContent = `${config.otherLang.label}: “${q}”`;
  other.replaceChildren(`${config.otherLang.text} `, link);
}

let pagefind: Promise<Pagefind> | undefined;
const vocabulary = new Set<string>();
const vocabularyFiles = new Map<string, Promise<void>>();

/**
 * Pagefind, started once: on the main thread (a worker would be one more script to fetch before the first
 * query, and could not use what the page preloads), with the entry file's tag the build wrote into the
 * page's <head> (so the preloaded entry is the one Pagefind asks for).
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    const entryLink = document.getElementById(ENTRY_LINK_ID) as HTMLLinkElement | null;
    const metaCacheTag = entryLink ? new URL(entryLink.href).searchParams.get('ts') : null;
    await module.options({ exactDiacritics: config.exactDiacritics, excerptLength: 30, noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) });
    void module.init();
    return module;
  })();
  return pagefind;
}

/**
 * The parts of the index (src/lib/search-parts.ts), from the page's <head>: a first search opens only
 * the first (the newest directives); the reader asks for the rest, and a filter brings them all (complete counts).
 */
const parts = JSON.parse(document.querySelector<HTMLMetaElement>(`meta[name="${SEARCH_PARTS_META}"]`)?.content ?? '[]') as SearchPartLink[];
const olderParts = parts.slice(1);
let allParts: Promise<void> | undefined;
const mergedParts = new Set<string>();
function mergeOlderParts(): Promise<void> {
  allParts ??= (async () => {
    const engine = await loadPagefind();
    for (const part of olderParts) {
      if (mergedParts.has(part.path)) continue;
      try {
        await engine.mergeIndex(part.path, { exactDiacritics: config.exactDiacritics, excerptLength: 30, noWorker: true });
        mergedParts.add(part.path);
      } catch {
        // Offline, or a part not fetched: search what is there, and offer the rest again.
        allParts = undefined;
      }
    }
  })();
  return allParts;
}

/** Says which directives the results come from while older parts are not searched, with the button that searches them. */
function showPartial(searched: boolean): void {
  partial.hidden = olderParts.length === 0 || allParts !== undefined || !searched;
  if (partial.hidden) return;
  const total = parts.reduce((sum, part) => sum + part.directives, 0);
  const values = { newest: localDigits(String(parts[0]?.directives ?? 0)), total: localDigits(String(total)) };
  (partial.firstElementChild as HTMLElement).textContent = `${fill(config.text.partial, values)} `;
  searchAll.textContent = fill(config.text.all, values);
}
searchAll.addEventListener('click', () => {
  void mergeOlderParts().then(() => run(input.value, collectFilters()));
});

/** The Khmer words a query can be split into: only the files of the letters its syllables start with. */
function loadVocabulary(q: string): Promise<unknown> {
  const base = config.vocabularyUrl;
  if (!base) return Promise.resolve();
  return Promise.all(
    shardsForQuery(q).map((name) => {
      let file = vocabularyFiles.get(name);
      if (!file) {
        file = fetch(`${base}${name}`)
          .then((response) => (response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(`${response.status}`))))
          .then((words) => words.forEach((word) => vocabulary.add(word)))
          .catch(() => void vocabularyFiles.delete(name));
        vocabularyFiles.set(name, file);
      }
      return file;
    }),
  );
}

/** Every filter's index, loaded the first time the filters are shown (Pagefind keeps them). */
let filterIndexes: Promise<unknown> | undefined;
async function showFilterCounts(query: string, filters: Record<string, string[]>, current: number): Promise<void> {
  const engine = await loadPagefind();
  filterIndexes ??= engine.filters();
  await filterIndexes;
  const counts = query || Object.keys(filters).length > 0 ? (await engine.search(query || null, { filters })).filters : await engine.filters();
  if (current === generation) renderFilters(counts, filters);
}

/** The query as the index spells it: Khmer split into indexed words, Khmer digits as Western ones. */
export function indexQuery(q: string): string {
  return segmentQuery(q, vocabulary);
}

/** Words of the current query to mark in Khmer results (whose excerpts are not shown). */
let marking: string[] = [];

/** A text as written, the query's words in <mark>. */
function markedText(element: HTMLElement, text: string): HTMLElement {
  for (const part of markWords(text, marking)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(part.text);
  }
  return element;
}

/** Decodes the entities of an HTML text fragment (a textarea never runs or renders markup). */
function decode(fragment: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = fragment;
  return area.value;
}

/** Pagefind excerpts are HTML with <mark>; keep only that, and show the text as written (see displayText). */
function excerptNode(html: string): HTMLElement {
  const span = document.createElement('span');
  let marked = false;
  for (const part of displayText(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decode(part.replace(/<[^>]*>/g, ''));
      if (marked) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        span.append(mark);
      } else span.append(text);
    }
  }
  return span;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const kind = data.filters.kind?.[0] ?? '';
  item.dataset.kind = kind;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  markedText(link, displayText(data.meta.title ?? data.url));
  heading.append(link);
  item.append(heading);
  const facts = document.createElement('p');
  facts.className = 'result__meta';
  const bits = [config.labels.kind[kind as keyof typeof config.labels.kind] ?? ''];
  if (data.meta.provision) bits.push(data.meta.provision);
  if (data.meta.bodies) bits.push(`${config.text.who}: ${data.meta.bodies}`);
  if (data.meta.deadline) bits.push(`${config.text.deadline}: “${data.meta.deadline}”`);
  markedText(facts, bits.filter(Boolean).join(' · '));
  item.append(facts);
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  // An obligation is shown with the words of the letter it comes from (English, verbatim).
  if (kind === 'obligation' && config.showExcerpts && data.meta.quote) excerpt.textContent = `“${data.meta.quote}”`;
  else if (config.showExcerpts) excerpt.append(excerptNode(data.excerpt));
  else if (data.meta.summary && kind !== 'obligation') markedText(excerpt, data.meta.summary);
  if (excerpt.childNodes.length > 0) item.append(excerpt);
  // Sub-results point inside a page; a record's own anchor, or a line repeating the excerpt, adds nothing.
  const subs = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && sub.url !== data.url && sub.excerpt !== data.excerpt).slice(0, 3);
  if (subs.length > 0) {
    const subList = document.createElement('ul');
    subList.className = 'result__subs';
    for (const sub of subs) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = displayText(sub.title);
      subItem.append(subLink);
      if (config.showExcerpts) subItem.append(' ', excerptNode(sub.excerpt));
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

function renderFilters(counts: Record<string, Record<string, number>>, active: Record<string, string[]>): void {
  filterBox.replaceChildren();
  for (const group of config.groups) {
    const values = Object.entries(counts[group.id] ?? {}).filter(([value, count]) => count > 0 || active[group.id]?.includes(value));
    if (values.length === 0) continue;
    const labels = config.labels[group.id as keyof typeof config.labels] as Record<string, string>;
    values.sort(([a, countA], [b, countB]) =>
      group.id === 'recommendation' ? provisionOrder(a) - provisionOrder(b) || a.localeCompare(b) : countB - countA || (labels[a] ?? a).localeCompare(labels[b] ?? b),
    );
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.group = group.id;
    const legend = document.createElement('legend');
    legend.textContent = group.label;
    fieldset.append(legend);
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = group.id;
      box.value = value;
      box.checked = active[group.id]?.includes(value) ?? false;
      box.addEventListener('change', () => void run(input.value, collectFilters()));
      label.append(box, ` ${labels[value] ?? value} `);
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = `(${localDigits(String(count))})`;
      label.append(number);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
}

function collectFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
  return filters;
}

let generation = 0;

async function run(q: string, filters: Record<string, string[]>): Promise<void> {
  const current = ++generation;
  writeState(q.trim(), filters);
  const hasFilters = Object.keys(filters).length > 0;
  list.replaceChildren();
  more.hidden = true;
  showPartial(false);
  if (!q.trim() && !hasFilters) {
    status.textContent = '';
    if (filterPanel.open) await showFilterCounts('', filters, current);
    return;
  }
  status.textContent = config.text.loading;
  const [engine] = await Promise.all([loadPagefind(), loadVocabulary(q), hasFilters ? mergeOlderParts() : undefined]);
  const query = q.trim() ? indexQuery(q) : '';
  // Pagefind marks English excerpts itself; Khmer results show texts as written, marked here.
  marking = config.showExcerpts ? [] : markableWords(query);
  const search = await engine.search(query || null, { filters });
  if (current !== generation) return;
  status.textContent = search.results.length === 0 ? config.text.none : fill(config.text.results, { count: localDigits(String(search.results.length)) });
  showPartial(true);
  let shown = 0;
  let loading = false;
  // One page at a time: a second click while one loads would show the same results twice.
  const showMore = async () => {
    if (loading) return;
    loading = true;
    more.disabled = true;
    try {
      const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
      if (current !== generation) return;
      for (const data of page) list.append(resultItem(data));
      shown += page.length;
      more.hidden = shown >= search.results.length;
    } finally {
      loading = false;
      more.disabled = false;
    }
  };
  more.onclick = () => void showMore();
  await showMore();
  // Filters with their counts for this query, once results are shown, and only when the filters are open.
  if (filterPanel.open && current === generation) await showFilterCounts(query, filters, current);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value, collectFilters());
});
clear.addEventListener('click', () => {
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
  void run(input.value, {});
});

const initial = readState();
input.value = initial.q;
// Filters are open beside the results on a wide screen, or when the address has some; on a phone they
// are one tap away below the results, and their index is fetched only when opened.
if (Object.keys(initial.filters).length > 0 || matchMedia('(min-width: 60rem)').matches) filterPanel.open = true;
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open && filterBox.childElementCount === 0) {
    const q = input.value.trim();
    void showFilterCounts(q ? indexQuery(q) : '', collectFilters(), generation);
  }
});
void run(initial.q, initial.filters);
// Also with no query yet: what the page preloaded is put to use, so the first query only fetches its own words.
void loadPagefind();
// The header search box of this page searches here directly.
document.querySelector<HTMLFormElement>('.site-header .search-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const headerInput = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="q"]');
  input.value = headerInput?.value ?? '';
  void run(input.value, collectFilters());
});
