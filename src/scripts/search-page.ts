// The search page: Pagefind in the browser, Khmer queries segmented like the index, filters and
// query kept in the URL so a search can be shared. Everything shown comes from the page's config.
import { queryScript } from '../lib/khmer-normalize.ts';
import { displayText, segmentQuery } from '../lib/khmer-segment.ts';
import { shardPath, shardsForQuery } from '../lib/khmer-vocabulary.ts';
import { markableWords, markWords } from '../lib/search-highlight.ts';
import type { SearchPageConfig } from '../lib/search-config.ts';

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
}

const PAGE_SIZE = 10;
const config = JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as SearchPageConfig;
const form = document.getElementById('search-page-form') as HTMLFormElement;
const input = document.getElementById('search-page-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const filterSection = filterBox.closest('section') as HTMLElement;
const clear = document.getElementById('search-clear') as HTMLButtonElement;

const localDigits = (text: string) => (config.digits ? text.replace(/\d/g, (digit) => config.digits?.[Number(digit)] ?? digit) : text);
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

const other = document.createElement('p');
other.id = 'search-other-lang';
other.className = 'notice';
other.hidden = true;
status.before(other);

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

let pagefind: Pagefind | undefined;
const vocabulary = new Set<string>();
const loadedShards = new Map<number, Promise<void>>();

/** Fetches the vocabulary shards a Khmer query needs (src/lib/khmer-vocabulary.ts), each once. */
async function loadVocabularyFor(q: string): Promise<void> {
  if (!config.khmerVocabulary) return;
  const loads = shardsForQuery(q).map((shard) => {
    let load = loadedShards.get(shard);
    if (!load) {
      load = fetch(shardPath(shard)).then(async (response) => {
        // A shard with no word is not written: a 404 is an empty shard.
        if (!response.ok) return;
        for (const word of (await response.json()) as string[]) vocabulary.add(word);
      });
      loadedShards.set(shard, load);
    }
    return load;
  });
  await Promise.all(loads);
}

async function loadPagefind(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = '/pagefind/pagefind.js';
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  await module.options({ exactDiacritics: config.exactDiacritics, excerptLength: 30 });
  pagefind = module;
  return module;
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
  if (data.meta.recommendation) bits.push(fill(config.text.recommendation, { number: localDigits(data.meta.recommendation) }));
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
    values.sort(([a, countA], [b, countB]) => (group.id === 'recommendation' ? Number(a) - Number(b) : countB - countA || (labels[a] ?? a).localeCompare(labels[b] ?? b)));
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

/**
 * Filters are loaded when used: their indexes list every page of the site, so a first search does not
 * fetch them. They load when the URL has a filter or the reader asks for them (the "Filters" button);
 * from then on every search shows the counts of every group.
 */
let filtersWanted = false;
const showFilters = document.getElementById('search-show-filters') as HTMLButtonElement;
showFilters.addEventListener('click', () => {
  filtersWanted = true;
  void run(input.value, collectFilters());
});

async function run(q: string, filters: Record<string, string[]>): Promise<void> {
  const current = ++generation;
  writeState(q.trim(), filters);
  const hasFilters = Object.keys(filters).length > 0;
  if (hasFilters) filtersWanted = true;
  list.replaceChildren();
  more.hidden = true;
  const engine = await loadPagefind();
  // Loads every filter's index, so that result counts cover all filter groups.
  if (filtersWanted) await engine.filters();
  // A newer search started meanwhile: it owns the status, the results and the filters.
  if (current !== generation) return;
  const shown = (counts: Record<string, Record<string, number>>) => {
    showFilters.hidden = filtersWanted;
    if (filtersWanted) renderFilters(counts, filters);
    else filterBox.replaceChildren();
    filterSection.hidden = false;
  };
  if (!q.trim() && !hasFilters) {
    status.textContent = '';
    const counts = filtersWanted ? await engine.filters() : {};
    if (current === generation) shown(counts);
    return;
  }
  status.textContent = config.text.loading;
  await loadVocabularyFor(q);
  if (current !== generation) return;
  const query = q.trim() ? indexQuery(q) : '';
  // Pagefind marks English excerpts itself; Khmer results show texts as written, marked here.
  marking = config.showExcerpts ? [] : markableWords(query);
  const search = await engine.search(query || null, { filters });
  if (current !== generation) return;
  shown(search.filters);
  status.textContent = search.results.length === 0 ? config.text.none : fill(config.text.results, { count: localDigits(String(search.results.length)) });
  let shownCount = 0;
  let loading = false;
  const showMore = async () => {
    // A second click while a page of results loads would append that page twice.
    if (loading) return;
    loading = true;
    const page = await Promise.all(search.results.slice(shownCount, shownCount + PAGE_SIZE).map((result) => result.data()));
    loading = false;
    if (current !== generation) return;
    for (const data of page) list.append(resultItem(data));
    shownCount += page.length;
    more.hidden = shownCount >= search.results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
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
void run(initial.q, initial.filters);
// The header search box of this page searches here directly.
document.querySelector<HTMLFormElement>('.site-header .search-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const headerInput = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="q"]');
  input.value = headerInput?.value ?? '';
  void run(input.value, collectFilters());
});
