/**
 * <search-page>: the live search. The URL is the whole state (search-params.ts): every change
 * is pushed to the history, and a reload, back/forward or a pasted link shows the same results.
 * Filters are counted the disjunctive way: the counts of a filter with chosen values are those of
 * the search without that filter, so they say what choosing one more value would give.
 *
 * Pagefind's result metadata is contributor text: it only ever reaches the page as textContent.
 */
import {
  activeFilterCount,
  FILTER_PARAMS,
  isEmptySearch,
  parseSearchParams,
  serialiseSearchParams,
  toggleFilter,
  type FilterParam,
  type IgnoredParam,
  type SearchState,
} from '../lib/search-params.ts';
import {
  areaCounts,
  dateInZone,
  datedFirst,
  filterNames,
  nearestFirst,
  pagefindFilters,
  pagefindSort,
  pageWindow,
  relaxations,
  orderByReach,
  pageNumbers,
  RESULTS_MARK,
  type PagefindFilters,
  type PagefindSort,
  type QueryClock,
  type Relaxation,
} from '../lib/search-query.ts';
import type { SearchPageData } from '../lib/search-page-data.ts';
import { CACHE_TAG_META, FILTER_CHUNKS_META, parseFilterChunks } from '../lib/search-preloads.ts';
import { mergeShardResponses, shardFolder, shardOrderFile, SHARDS_META } from '../lib/search-shards.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** What the results need of Pagefind: searching (the module, or its shards merged). */
interface PagefindSearch {
  search: (term: string | null, options: { filters?: PagefindFilters; sort?: PagefindSort }) => Promise<PagefindResponse>;
}
interface Pagefind extends PagefindSearch {
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  createInstance: (options: PagefindOptions) => PagefindInstance;
}
interface PagefindInstance extends Pagefind {
  mergeIndex: (basePath: string, options: PagefindOptions) => Promise<void>;
}
interface PagefindOptions {
  noWorker?: boolean;
  metaCacheTag?: string;
  basePath?: string;
  baseUrl?: string;
}

/**
 * The shards of a language's index split at build time (search-shards.ts), asked together and
 * answered as one index would: results in one order, counts added up.
 */
class ShardedPagefind implements PagefindSearch {
  private readonly shards: readonly PagefindSearch[];
  /** The date order file (search-shards.ts), fetched the first time a search is sorted by date. */
  private readonly orderUrl: string;
  private dateOrder: Promise<number[][]> | undefined;

  constructor(shards: readonly PagefindSearch[], orderUrl: string) {
    this.shards = shards;
    this.orderUrl = orderUrl;
  }

  async search(term: string | null, options: { filters?: PagefindFilters; sort?: PagefindSort }): Promise<PagefindResponse> {
    const responses = await Promise.all(this.shards.map((shard) => shard.search(term, options)));
    const byDate = options.sort !== undefined && 'date' in options.sort;
    return mergeShardResponses(responses, options.sort, byDate ? await this.loadDateOrder() : undefined);
  }

  private loadDateOrder(): Promise<number[][]> {
    this.dateOrder ??= (async () => {
      const response = await fetch(this.orderUrl);
      if (!response.ok) throw new Error(`${this.orderUrl}: ${response.status}`);
      return ((await response.json()) as { date: number[][] }).date;
    })();
    return this.dateOrder;
  }
}

/** Most ways out of "no results" offered at once. */
const MAX_SUGGESTIONS = 6;

class SearchPageElement extends HTMLElement {
  private config!: SearchPageData;
  private form!: HTMLFormElement;
  private module: Promise<PagefindModule> | undefined;
  /** The Pagefind the results come from: the module, or its shards merged (ShardedPagefind). */
  private pagefind: Promise<PagefindSearch> | undefined;
  /** The Pagefind instance with every filter index loaded, for the counts (see loadCounter). */
  private counter: Promise<Pagefind> | undefined;
  private countsShown = false;
  private state!: SearchState;
  private ignored: IgnoredParam[] = [];
  /** Increases with every search; an answer to an older one is dropped. */
  private generation = 0;
  private labels = new Map<string, string>();

  connectedCallback(): void {
    const script = this.querySelector<HTMLScriptElement>('script[data-search-config]');
    const form = this.querySelector<HTMLFormElement>('form[data-search-form]');
    if (!script || !form) return;
    this.config = JSON.parse(script.textContent ?? '{}') as SearchPageData;
    this.form = form;
    for (const param of FILTER_PARAMS) {
      for (const [code, label] of this.config.options[param]) this.labels.set(`${param}:${code}`, label);
      this.element(`[data-group="${param}"] [data-options]`).replaceChildren(...this.config.options[param].map(([code, label]) => optionItem(param, code, label)));
    }
    form.hidden = false;
    this.querySelector('[data-no-script]')?.remove();

    const toggle = this.element<HTMLButtonElement>('[data-filters-toggle]');
    const panel = this.element<HTMLElement>('[data-filters-panel]');
    panel.classList.add('is-collapsed');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      panel.classList.toggle('is-collapsed', !open);
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // "Show results" on a phone closes the filter panel and takes the reader to the results.
      const fromApply = (event as SubmitEvent).submitter?.hasAttribute('data-apply');
      if (fromApply) {
        toggle.setAttribute('aria-expanded', 'false');
        panel.classList.add('is-collapsed');
      }
      void this.go(this.readForm(), { history: 'push', focus: fromApply ? 'results' : 'keep' });
    });
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      // Words apply with Enter or the button (leaving the box is no search); a filter, the time
      // window or the order applies at once, together with any words typed meanwhile.
      if (target.name === 'q') return;
      void this.go(this.readForm(), { history: 'push', focus: 'keep' });
    });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-state]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void this.go(parseSearchParams(new URL(link.href).search).state, { history: 'push', focus: 'results' });
    });
    this.element<HTMLButtonElement>('[data-copy]').addEventListener('click', () => void this.copyLink());
    window.addEventListener('popstate', () => void this.fromLocation('none'));
    void this.fromLocation('replace');
  }

  /** Reads the state from the address bar (first load, back/forward). */
  private async fromLocation(history: 'replace' | 'none'): Promise<void> {
    const { state, ignored } = parseSearchParams(window.location.search);
    this.ignored = ignored;
    // A link may name a value that is well-formed but not offered (removed from a code list).
    for (const param of FILTER_PARAMS) {
      const unknown = state.filters[param].filter((code) => !this.labels.has(`${param}:${code}`));
      for (const value of unknown) this.ignored.push({ param, value });
      state.filters[param] = state.filters[param].filter((code) => this.labels.has(`${param}:${code}`));
    }
    if (history === 'replace') this.preloadFilterChunks(state);
    // The address stays as given (a bookmark is the person's own); only a first load with nothing
    // to correct is normalised, so that copying the link gives the canonical form.
    await this.go(state, { history: history === 'replace' && this.ignored.length === 0 ? 'replace' : 'none', focus: 'keep' });
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return parseSearchParams(params).state;
  }

  private writeForm(state: SearchState): void {
    const q = this.form.elements.namedItem('q') as HTMLInputElement;
    if (document.activeElement !== q || q.value.trim() !== state.q) q.value = state.q;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = state.filters[input.name as FilterParam]?.includes(input.value) ?? false;
    }
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[name=when]')) input.checked = input.value === (state.when ?? '');
    (this.form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  }

  private async go(state: SearchState, options: { history: 'push' | 'replace' | 'none'; focus: 'keep' | 'results' }): Promise<void> {
    const generation = ++this.generation;
    if (options.history !== 'none') {
      const url = `${window.location.pathname}${serialiseSearchParams(state)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (options.history === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      if (options.history === 'push') this.ignored = [];
    }
    this.state = state;
    delete this.dataset.shown;
    this.writeForm(state);
    this.updateTitle(state);
    const list = this.element<HTMLOListElement>('[data-list]');
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.loadPagefind();
      const clock = this.clock();
      const results = await this.searchResults(pagefind, state, clock);
      if (generation !== this.generation) return;
      await this.renderResults(state, results, generation);
      if (generation !== this.generation) return;
      // Counts and the ways out of "no results" follow the results, so these show first.
      const counter = await this.loadCounter();
      if (generation !== this.generation) return;
      const counts = await this.searchCounts(counter, state, clock);
      if (generation !== this.generation) return;
      this.renderCounts(state, counts);
      if (results.length === 0) await this.renderEmpty(state, pagefind, clock, generation);
      if (generation !== this.generation) return;
      // The state fully on screen, results and counts: what the browser tests wait for.
      this.dataset.shown = serialiseSearchParams(state);
    } catch (error) {
      if (generation !== this.generation) return;
      console.error(error);
      this.element('[data-status]').textContent = this.message('search.error');
      list.replaceChildren();
      this.dataset.shown = 'error';
    } finally {
      if (generation === this.generation) list.removeAttribute('aria-busy');
    }
    if (generation === this.generation && options.focus === 'results') {
      const heading = this.element<HTMLElement>('#search-results-heading');
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    }
  }

  /**
   * Pagefind for the results: it loads only the filter indexes of the searches made, and so
   * counts only those filters' values; searching with every filter loaded takes several times
   * as long on a large site, and the results must not wait for counts they do not show. A split
   * index is asked shard by shard, each through its own copy of pagefind.js, and the answers
   * merged (ShardedPagefind).
   */
  private loadPagefind(): Promise<PagefindSearch> {
    this.pagefind ??= (async () => {
      const shards = this.shardCount();
      if (shards === 1) return this.loadModule();
      // Each shard through its own copy of pagefind.js: Pagefind keeps its WebAssembly in a
      // module-wide variable, which instances from one copy would share and overwrite.
      const modules = await Promise.all(
        Array.from({ length: shards }, async (_, index) => {
          if (index === 0) return this.loadModule();
          const module = (await import(/* @vite-ignore */ `${this.bundleRoot()}${shardFolder(index + 1)}pagefind.js`)) as PagefindModule;
          await module.options(this.pagefindOptions());
          return module;
        }),
      );
      const cacheTag = this.pagefindOptions().metaCacheTag;
      return new ShardedPagefind(modules, `${this.bundleRoot()}${shardOrderFile(this.config.lang)}${cacheTag ? `?ts=${encodeURIComponent(cacheTag)}` : ''}`);
    })();
    return this.pagefind;
  }

  private loadModule(): Promise<PagefindModule> {
    this.module ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.config.pagefindUrl)) as PagefindModule;
      await pagefind.options(this.pagefindOptions());
      return pagefind;
    })();
    return this.module;
  }

  /**
   * Starts downloading the filter chunks the link's first search needs (search-preloads.ts), so
   * that they arrive while Pagefind decodes its metadata instead of being asked for after it.
   */
  private preloadFilterChunks(state: SearchState): void {
    const chunks = parseFilterChunks(document.querySelector<HTMLMetaElement>(`meta[name="${FILTER_CHUNKS_META}"]`)?.content ?? '');
    if (chunks.size === 0) return;
    const names = filterNames(pagefindFilters(state, this.clock(), this.config.countyOf));
    if (nearestFirst(state)) names.push('reach');
    for (const name of new Set(names)) {
      const file = chunks.get(name);
      if (!file) continue;
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = `${this.bundleRoot()}filter/${file}.pf_filter`;
      document.head.append(link);
    }
  }

  /** How many shards this language's index has (the build names it when more than one). */
  private shardCount(): number {
    const count = Number(document.querySelector<HTMLMetaElement>(`meta[name="${SHARDS_META}"]`)?.content);
    return Number.isInteger(count) && count > 1 ? count : 1;
  }

  /** The folder of Pagefind's bundle: `/pagefind/` under the site base. */
  private bundleRoot(): string {
    return this.config.pagefindUrl.replace(/[^/]*$/, '');
  }

  private shardLocation(shard: number): { basePath: string; baseUrl: string } {
    return { basePath: `${this.bundleRoot()}${shardFolder(shard)}`, baseUrl: this.bundleRoot().replace(/pagefind\/$/, '') };
  }

  /**
   * A second Pagefind for the counts, with every filter index loaded (after which each search
   * answers with the counts of every value). Its own instance in Pagefind's web worker, so that a
   * new search never waits behind these downloads or behind counting: on a large directory
   * loading and counting every filter takes seconds of work that would otherwise hold the page's
   * thread. Its WebAssembly and metadata come from the browser's cache.
   */
  private loadCounter(): Promise<Pagefind> {
    this.counter ??= (async () => {
      const counter = (await this.loadModule()).createInstance({ ...this.pagefindOptions(), noWorker: false });
      // Pagefind merges a split index's shards itself for counting: the counts add up.
      const { metaCacheTag } = this.pagefindOptions();
      await Promise.all(
        Array.from({ length: this.shardCount() - 1 }, (_, index) => {
          const location = this.shardLocation(index + 2);
          return counter.mergeIndex(location.basePath, { baseUrl: location.baseUrl, ...(metaCacheTag ? { metaCacheTag } : {}) });
        }),
      );
      await counter.filters();
      return counter;
    })();
    return this.counter;
  }

  private pagefindOptions(): PagefindOptions {
    // Searching on the main thread takes a few milliseconds a search; the web worker would add a
    // 43 KB download and its start-up time to the first search. The cache tag is the one the build
    // wrote beside its preload links (search-preloads.ts), so that Pagefind asks for the very
    // entry file that is already loading.
    const cacheTag = document.querySelector<HTMLMetaElement>(`meta[name="${CACHE_TAG_META}"]`)?.content;
    return { noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) };
  }

  private clock(): QueryClock {
    return { today: dateInZone(new Date(), this.config.timezone), builtOn: this.config.builtOn };
  }

  /** The results of a state, in order: nearest first when an area is chosen (see nearestFirst). */
  private async searchResults(pagefind: PagefindSearch, state: SearchState, clock: QueryClock): Promise<PagefindResult[]> {
    const term = state.q || null;
    const filters = pagefindFilters(state, clock, this.config.countyOf);
    const sort = pagefindSort(state);
    const main = pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    // Only events have a date: the rest follow them in name order, asked for at the same time.
    if (sort && 'date' in sort) {
      const [dated, named] = await Promise.all([main, pagefind.search(term, { filters, sort: { name: 'asc' } })]);
      return datedFirst(dated.results, named.results);
    }
    if (!nearestFirst(state)) return (await main).results;
    // The groups for nearest first are asked for together with the results, not after them, and
    // without the words: a page's group does not depend on them, and a search without words is a
    // few filter lookups (about 1 ms at 10,000 activities, where a common word costs 150–350 ms).
    const group = (reach: string) => pagefind.search(null, { filters: { ...filters, reach: { any: [reach] } } });
    const [all, regional, national] = await Promise.all([main, group('regional'), group('national')]);
    const byId = new Map(all.results.map((result) => [result.id, result]));
    const ids = (response: PagefindResponse) => new Set(response.results.map((result) => result.id));
    return orderByReach(all.results.map((result) => result.id), ids(regional), ids(national)).map((id) => byId.get(id)!);
  }

  /**
   * Counts per filter value. A filter with chosen values is counted without itself, so its other
   * values say how many results choosing them as well would give (any-of within a filter).
   */
  private async searchCounts(pagefind: PagefindSearch, state: SearchState, clock: QueryClock): Promise<Record<string, Record<string, number>>> {
    const term = state.q || null;
    const { countyOf } = this.config;
    const codes = { county: this.config.options.county.map(([code]) => code), municipality: this.config.options.municipality.map(([code]) => code) };
    const main = await pagefind.search(term, { filters: pagefindFilters(state, clock, countyOf) });
    const counts: Record<string, Record<string, number>> = { ...main.filters, ...areaCounts(main.filters, codes, countyOf) };
    await Promise.all(
      FILTER_PARAMS.filter((param) => state.filters[param].length > 0).map(async (param) => {
        const without = await pagefind.search(term, { filters: pagefindFilters(state, clock, countyOf, param) });
        counts[param] = param === 'county' || param === 'municipality' ? areaCounts(without.filters, codes, countyOf)[param] : (without.filters[param] ?? {});
      }),
    );
    return counts;
  }

  private async renderResults(state: SearchState, results: PagefindResult[], generation: number): Promise<void> {
    const total = results.length;
    const window_ = pageWindow(total, state.page);
    const shown = await Promise.all(results.slice(window_.start, window_.end).map((result) => result.data()));
    if (generation !== this.generation) return;

    this.renderChosen(state);
    this.renderNotice();
    this.element<HTMLOListElement>('[data-list]').replaceChildren(...shown.map((data) => this.card(data)));
    this.renderPages(state, window_);
    const status = this.element('[data-status]');
    let text = total === 0 ? this.message('search.count.none') : this.countText(total);
    if (window_.pages > 1) text += ` ${this.message('search.pageOf', { page: window_.page, pages: window_.pages })}`;
    status.textContent = text;
    const empty = this.element('[data-empty]');
    if (total > 0) empty.hidden = true;
    else {
      empty.replaceChildren(this.noResultsTitle(state));
      empty.hidden = false;
    }
    // For the performance budget (tests/support/search-budget.ts): when results are on screen.
    performance.mark(RESULTS_MARK, { detail: { total } });
  }

  private noResultsTitle(state: SearchState): HTMLParagraphElement {
    const title = document.createElement('p');
    title.textContent = state.q ? this.message('search.noResults.query', { query: state.q }) : this.message('search.noResults');
    return title;
  }

  private countText(count: number): string {
    return count === 1 ? this.message('search.count.one') : this.message('search.count.many', { count });
  }

  /** Shows each value's count; hides values nothing matches unless chosen or focused. */
  private renderCounts(state: SearchState, counts: Record<string, Record<string, number>>): void {
    const chosenCounties = state.filters.county;
    for (const param of FILTER_PARAMS) {
      const group = this.element<HTMLDetailsElement>(`[data-group="${param}"]`);
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLLIElement>('li[data-option]')) {
        const code = item.dataset.option!;
        const chosen = state.filters[param].includes(code);
        const count = counts[param]?.[code] ?? 0;
        const offered =
          param === 'county'
            ? this.config.siteCounties.includes(code)
            : param === 'municipality'
              ? chosenCounties.length === 0 || chosenCounties.includes(this.config.countyOf[code] ?? '')
              : true;
        const show = chosen || item.contains(document.activeElement) || (offered && count > 0);
        // Only what changed is written: a filter list can hold a few hundred values.
        if (item.hidden === show) item.hidden = !show;
        if (show) visible++;
        const countText = `(${count})`;
        const countElement = item.querySelector('[data-count]')!;
        if (countElement.textContent !== countText) countElement.textContent = countText;
      }
      group.hidden = visible === 0;
      const chosen = state.filters[param].length;
      group.querySelector('[data-group-chosen]')!.textContent = chosen > 0 ? this.message('search.groupChosen', { count: chosen }) : '';
      // A link that arrives with a filter chosen shows it open; after that, the reader decides.
      if (chosen > 0 && !this.countsShown) group.open = true;
    }
    const when = this.element<HTMLDetailsElement>('[data-group="when"]');
    when.querySelector('[data-group-chosen]')!.textContent = state.when ? this.message('search.groupChosen', { count: 1 }) : '';
    if (state.when && !this.countsShown) when.open = true;
    this.countsShown = true;
    const chosenTotal = activeFilterCount(state);
    this.element('[data-filters-chosen]').textContent = chosenTotal > 0 ? `(${this.message('search.groupChosen', { count: chosenTotal })})` : '';
  }

  /** The chosen values as links that remove them, and one that clears them all. */
  private renderChosen(state: SearchState): void {
    const list = this.element<HTMLUListElement>('[data-chosen]');
    const items: HTMLLIElement[] = [];
    for (const param of FILTER_PARAMS) {
      for (const code of state.filters[param]) {
        const label = this.labelOf(param, code);
        items.push(this.linkItem(toggleFilter(state, param, code, false), `${label} ×`, this.message('search.removeFilter', { label })));
      }
    }
    if (state.when) {
      const label = this.message(`search.when.${state.when}`);
      items.push(this.linkItem({ ...state, when: undefined, page: 1 }, `${label} ×`, this.message('search.removeFilter', { label })));
    }
    if (items.length > 1) {
      const cleared = parseSearchParams(serialiseSearchParams({ ...state, page: 1 })).state;
      for (const param of FILTER_PARAMS) cleared.filters[param] = [];
      cleared.when = undefined;
      items.push(this.linkItem(cleared, this.message('search.clearFilters')));
    }
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  }

  private renderNotice(): void {
    const notice = this.element('[data-notice]');
    if (this.ignored.length === 0) {
      notice.hidden = true;
      return;
    }
    const list = this.ignored.map((item) => `${item.param}=${item.value}`).join(', ');
    notice.textContent = this.message('search.ignored', { list });
    notice.hidden = false;
  }

  /** No results: say so, and offer every single step back that would find something. */
  private async renderEmpty(state: SearchState, pagefind: PagefindSearch, clock: QueryClock, generation: number): Promise<void> {
    const empty = this.element('[data-empty]');
    const title = this.noResultsTitle(state);
    const options = relaxations(state, this.config.countyOf);
    const counted = await Promise.all(
      options.map(async (option) => {
        const response = await pagefind.search(option.state.q || null, { filters: pagefindFilters(option.state, clock, this.config.countyOf) });
        return { option, count: response.results.length };
      }),
    );
    if (generation !== this.generation) return;
    const useful = counted.filter((item) => item.count > 0).slice(0, MAX_SUGGESTIONS);
    const parts: HTMLElement[] = [title];
    if (useful.length > 0) {
      const intro = document.createElement('p');
      intro.textContent = this.message('search.noResults.try');
      const list = document.createElement('ul');
      list.append(...useful.map(({ option, count }) => this.linkItem(option.state, this.relaxationText(option, count))));
      parts.push(intro, list);
    } else {
      const hint = document.createElement('p');
      hint.textContent = isEmptySearch(state) ? this.message('search.noResults.empty') : this.message('search.noResults.hint');
      parts.push(hint);
    }
    empty.replaceChildren(...parts);
    empty.hidden = false;
  }

  private relaxationText(option: Relaxation, count: number): string {
    const results = this.countText(count);
    switch (option.kind) {
      case 'remove':
        return this.message('search.suggest.remove', { label: this.labelOf(option.param, option.value), results });
      case 'removeWhen':
        return this.message('search.suggest.removeWhen', { results });
      case 'widenToCounty':
        return this.message('search.suggest.widenToCounty', { area: option.counties.map((code) => this.labelOf('county', code)).join(', '), results });
      case 'widenToCountry':
        return this.message('search.suggest.widenToCountry', { results });
      case 'dropFilters':
        return this.message('search.suggest.dropFilters', { query: this.state.q, results });
      case 'dropQuery':
        return this.message('search.suggest.dropQuery', { results });
    }
  }

  private renderPages(state: SearchState, window_: ReturnType<typeof pageWindow>): void {
    const nav = this.element<HTMLElement>('[data-pages]');
    if (window_.pages <= 1) {
      nav.hidden = true;
      nav.replaceChildren();
      return;
    }
    const list = document.createElement('ul');
    const pageLink = (page: number, text: string, label?: string) => {
      const item = this.linkItem({ ...state, page }, text, label);
      if (page === window_.page) item.firstElementChild!.setAttribute('aria-current', 'page');
      return item;
    };
    if (window_.page > 1) list.append(pageLink(window_.page - 1, this.message('search.previous')));
    for (const page of pageNumbers(window_.page, window_.pages)) {
      if (page === 0) {
        const gap = document.createElement('li');
        gap.textContent = '…';
        list.append(gap);
      } else {
        list.append(pageLink(page, String(page), this.message('search.pageN', { page })));
      }
    }
    if (window_.page < window_.pages) list.append(pageLink(window_.page + 1, this.message('search.next')));
    nav.replaceChildren(list);
    nav.hidden = false;
  }

  private card(data: { url: string; meta: Record<string, string | undefined> }): HTMLLIElement {
    const meta = data.meta;
    const item = document.createElement('li');
    item.className = 'search-result';
    const article = document.createElement('article');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = meta.title ?? data.url;
    if (meta.titleLang) link.lang = meta.titleLang;
    heading.append(link);
    article.append(heading);

    const kind = document.createElement('p');
    kind.className = 'search-result-kind';
    kind.textContent = meta.label ?? '';
    if (meta.status) {
      const status = document.createElement('strong');
      status.className = 'search-result-status';
      status.textContent = meta.status;
      kind.append(' ', status);
    }
    article.append(kind);

    if (meta.summary) {
      const summary = document.createElement('p');
      summary.className = 'search-result-summary';
      summary.textContent = meta.summary;
      if (meta.summaryLang) summary.lang = meta.summaryLang;
      article.append(summary);
    }

    const facts = document.createElement('dl');
    facts.className = 'search-facts';
    const fact = (term: string, value: string | undefined, lang?: string) => {
      if (!value) return;
      const dt = document.createElement('dt');
      dt.textContent = this.message(term);
      const dd = document.createElement('dd');
      dd.textContent = value;
      if (lang) dd.lang = lang;
      facts.append(dt, dd);
    };
    fact('search.card.organisation', meta.org, meta.orgLang);
    fact('search.card.where', meta.place);
    fact('search.card.when', meta.when);
    fact('search.card.languages', meta.languages);
    fact('search.card.modes', meta.modes);
    if (facts.childElementCount > 0) article.append(facts);
    item.append(article);
    return item;
  }

  private linkItem(state: SearchState, text: string, label?: string): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${this.config.searchPath}${serialiseSearchParams(state)}`;
    link.dataset.state = '';
    link.textContent = text;
    if (label) link.setAttribute('aria-label', label);
    item.append(link);
    return item;
  }

  private async copyLink(): Promise<void> {
    const status = this.element('[data-copy-status]');
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = this.message('search.copied');
    } catch {
      // No clipboard (an http:// address, a refused permission): show the link to copy by hand.
      const field = document.createElement('input');
      field.readOnly = true;
      field.value = url;
      field.setAttribute('aria-label', this.message('search.copyByHand'));
      status.replaceChildren(this.message('search.copyByHand'), ' ', field);
      field.select();
      field.focus();
    }
  }

  private updateTitle(state: SearchState): void {
    const base = document.title.includes(' – ') ? document.title.slice(document.title.indexOf(' – ')) : '';
    const page = this.message('search.title');
    document.title = `${state.q ? this.message('search.titleWithQuery', { query: state.q }) : page}${base}`;
  }

  private labelOf(param: FilterParam, code: string): string {
    return this.labels.get(`${param}:${code}`) ?? code;
  }

  private message(key: string, vars: Record<string, string | number> = {}): string {
    const template = this.config.messages[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  }

  private element<T extends Element = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`<search-page> is missing ${selector}`);
    return element;
  }
}

/** One value of a filter: `<li data-option><label><input type=checkbox> <span>label</span> <span data-count></span></label></li>`. */
function optionItem(param: FilterParam, code: string, label: string): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.option = code;
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = param;
  input.value = code;
  const text = document.createElement('span');
  text.textContent = label;
  const count = document.createElement('span');
  count.dataset.count = '';
  const wrapper = document.createElement('label');
  wrapper.append(input, text, ' ', count);
  item.append(wrapper);
  return item;
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPageElement);
