import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import { HccElement } from '../shared/hcc-element.js';
import { renderConfigError, renderFetchState, renderLoading, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import { Debouncer } from './debounce.js';
import { type FilterName, type FinderLocation, type FinderQuery, filterNames, sameQuery } from './finder-query.js';
import { OpenProcedure } from './open-procedure.js';
import { finderStyles } from './procedure-finder.styles.js';
import { finderStrings } from './procedure-finder.strings.js';
import { renderEmptyResults } from './empty-results.js';
import { moveResultFocus, onResultsKeydown, renderResultList } from './result-list.js';
import { renderFilters, renderSearchBox, type SearchFormView } from './search-form.js';
import { type SearchAnswer, SearchSource } from './search-source.js';
import { UrlSync } from './url-sync.js';

export type { ProcedureSelectDetail } from './procedure-select-event.js';

/** Wait after the last key before searching: one request for a whole word typed at a normal pace. */
const typingPauseMs = 350;

/**
 * Finds an administrative procedure: a forgiving search with filters, the results, and each procedure's detail with
 * a printable document checklist.
 *
 * @summary Tra cứu thủ tục hành chính — search, filter and open a procedure.
 *
 * @attr api-base - The API's base URL, ending in `/api/v1`. Required.
 * @attr lang - `vi` (default) or `en`; without it, the nearest ancestor's `lang`.
 * @attr agency - An agency id (`GET /agencies`): only the procedures that agency executes, for its own site.
 * @attr field - A field id (`GET /fields`, e.g. `ho-tich`) chosen when the finder opens.
 * @attr page-size - Results per page (default 10).
 * @attr mode - `server` (default): search through the API; `client`: load the catalogue once and search in the page.
 * @attr sync-url - Keep the query, filters and open procedure in the page URL (links, back and forward).
 * @attr theme - `light` or `dark` to override the reader's system preference.
 *
 * @event hcc-procedure-select - A procedure is opened; `detail: { code, name }`. Cancelable: call `preventDefault()`
 *   to show the procedure elsewhere instead.
 * @event hcc-error - A call to the API failed or the widget is misconfigured; `detail: { widget, kind, status?, message, error }`.
 *
 * @csspart base - The widget's outer block.
 * @csspart title - The title.
 * @csspart search - The search form; `search-input` its text box, `clear-button` its clear button.
 * @csspart filters - The filters; `filter` each select.
 * @csspart results - The result list; `result` each item; `highlight` matched words; `badge` the online badges.
 * @csspart more-button - The button that loads more results.
 * @csspart detail - The procedure's detail; `detail-section` each section; `checklist` the documents.
 * @csspart back-button - Back from the detail to the list.
 * @csspart apply-button - The link to apply online.
 * @csspart print-button - Prints the document checklist.
 * @csspart state - Loading, empty, error and offline messages; `retry-button` their retry button.
 *
 * @cssproperty --hcc-color-primary - Buttons, links, focus accents. Default #0b57a4.
 * @cssproperty --hcc-color-on-primary - Text on primary. Default #ffffff.
 * @cssproperty --hcc-color-text - Text. Default #1b1f24.
 * @cssproperty --hcc-color-text-muted - Secondary text. Default #555e68.
 * @cssproperty --hcc-color-background - Background. Default #ffffff.
 * @cssproperty --hcc-color-surface - Cards and panels. Default #f2f4f7.
 * @cssproperty --hcc-color-border - Borders of inputs and cards. Default #6e7781.
 * @cssproperty --hcc-color-focus - Focus ring. Default #b3550a.
 * @cssproperty --hcc-color-success - Success. Default #11683a.
 * @cssproperty --hcc-color-warning - Warnings. Default #855200.
 * @cssproperty --hcc-color-danger - Errors. Default #b42318.
 * @cssproperty --hcc-color-highlight - Background of matched words. Default #fff1a8.
 * @cssproperty --hcc-radius - Corner radius. Default 0.375em.
 * @cssproperty --hcc-font-family - Font. Default the system UI font.
 * @cssproperty --hcc-font-size - Base size, in px (not rem: the page's root size must not shrink the widget). Default 16px.
 * @cssproperty --hcc-spacing - Base spacing. Default 1em.
 */
export class HccProcedureFinder extends HccElement {
  static override styles = [themeStyles, stateStyles, finderStyles];

  static override properties = {
    ...HccElement.properties,
    agency: {},
    field: {},
    pageSize: { attribute: 'page-size', type: Number },
    mode: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    text: { state: true },
    query: { state: true },
  };

  /** An agency id: only the procedures it executes. */
  declare agency: string | undefined;
  /** A field id chosen when the finder opens. */
  declare field: string | undefined;
  /** Results per page. */
  declare pageSize: number;
  /** `server` or `client`. */
  declare mode: 'server' | 'client';
  /** Keep the state in the page URL. */
  declare syncUrl: boolean;
  declare private text: string;
  declare private query: FinderQuery;

  private readonly t = this.translator(finderStrings);
  private readonly debouncer = new Debouncer(typingPauseMs);
  private readonly source = new SearchSource();

  private readonly search = new FetchController(this, {
    task: (signal, query: FinderQuery, page: number) => this.fetchPage(signal, query, page),
    isEmpty: (answer: SearchAnswer) => answer.result.total === 0,
    onData: (answer) => this.announcer.announce(this.t('results.count', { count: answer.result.total })),
    onError: (error) => this.reportError(error),
  });

  private readonly opened = new OpenProcedure(this, {
    load: (code, signal) => this.requireApi().procedures.get(code, { signal }),
    pageUrl: () => (this.syncUrl ? location.href : undefined),
    onLoaded: (procedure) => this.announcer.announce(this.t('detail.loaded', { name: procedure.name })),
    onError: (error) => this.reportError(error),
  });

  private readonly url = new UrlSync(
    this,
    () => this.syncUrl,
    (location) => this.navigate(location),
  );

  constructor() {
    super();
    this.pageSize = 10;
    this.mode = 'server';
    this.syncUrl = false;
    this.text = '';
    this.query = { q: '' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.debouncer.cancel();
    this.source.reset();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      const fromUrl = this.url.read();
      // `text` is empty unless `searchFor()` was called before the first render: keep what it asked for.
      this.query = fromUrl?.query ?? { q: this.text, ...(this.field ? { field: this.field } : {}) };
      if (!this.query.field && this.field) this.query = { ...this.query, field: this.field };
      this.text = this.query.q;
      if (!this.api) return;
      void this.search.run(this.query, 1);
      if (fromUrl?.open) this.openProcedure(fromUrl.open, 'none');
      return;
    }
    if (changed.has('client') || changed.has('apiBase')) this.source.reset();
    if (['agency', 'mode', 'pageSize', 'client', 'apiBase'].some((name) => changed.has(name)) && this.api) {
      void this.search.run(this.query, 1);
    }
    if (changed.has('field') && this.field !== changed.get('field')) {
      this.commit({ ...this.query, field: this.field }, 'replace');
    }
  }

  /** Searches for `text` now, as if the citizen had typed it and pressed Enter. */
  searchFor(text: string): void {
    this.text = text;
    this.debouncer.cancel();
    this.commit({ ...this.query, q: text }, 'push');
  }

  private requireApi() {
    const api = this.api;
    if (!api) throw new Error(this.configProblem ?? 'api-base is not set');
    return api;
  }

  /** A page of results, after those already shown when it is not the first ("load more"). */
  private async fetchPage(signal: AbortSignal, query: FinderQuery, page: number): Promise<SearchAnswer> {
    const settings = { mode: this.mode, pageSize: this.pageSize, agency: this.agency };
    const result = await this.source.search(this.requireApi(), settings, query, page, signal);
    const previous = page > 1 ? (this.search.data?.items ?? []) : [];
    return { result, items: [...previous, ...result.items] };
  }

  /** Runs a new query (page 1) unless it asks the same as the current one. */
  private commit(query: FinderQuery, history: 'push' | 'replace'): void {
    if (sameQuery(query, this.query) && this.search.status !== 'error' && this.search.status !== 'offline') return;
    this.query = query;
    void this.search.run(query, 1);
    this.url.write({ query, ...(this.opened.code ? { open: this.opened.code } : {}) }, history);
  }

  private readonly formView = (): SearchFormView => ({
    t: this.t,
    id: (name) => `hcc-${name}`,
    text: this.text,
    query: this.query,
    facets: this.search.data?.result.facets,
    onInput: (text) => {
      this.text = text;
      this.debouncer.schedule(() => this.commit({ ...this.query, q: text }, 'replace'));
    },
    onSubmit: () => {
      this.debouncer.cancel();
      this.commit({ ...this.query, q: this.text }, 'push');
    },
    onClear: () => {
      this.searchFor('');
      this.shadowRoot?.querySelector<HTMLInputElement>('.search-input')?.focus();
    },
    onFilter: (name: FilterName, value: string) => {
      const next = { ...this.query, q: this.text };
      if (value) Object.assign(next, { [name]: value });
      else delete next[name];
      this.debouncer.cancel();
      this.commit(next, 'push');
    },
    onClearFilters: () => {
      this.debouncer.cancel();
      this.commit({ q: this.text }, 'push');
    },
    onSearchKeydown: (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' && this.shadowRoot && moveResultFocus(this.shadowRoot, 'Home'))
        event.preventDefault();
    },
  });

  /**
   * Opens a procedure's detail. `history` says how the page URL records it: `push` for a citizen's choice (focus
   * follows), `none` when the URL already says so (a deep link or back/forward: focus stays where the page put it).
   */
  private openProcedure(code: string, history: 'push' | 'none', name = code): void {
    if (!this.emit('hcc-procedure-select', { code, name }, { cancelable: true })) return;
    this.opened.open(code, history === 'push');
    if (history === 'push') this.url.write({ query: this.query, open: code }, 'push');
  }

  /** Back from the detail to the list. */
  private closeProcedure(history: 'push' | 'none'): void {
    this.opened.close();
    if (history === 'push') this.url.write({ query: this.query }, 'push');
  }

  /** Back and forward in the browser (`sync-url`). */
  private navigate(location: FinderLocation): void {
    this.debouncer.cancel();
    if (!sameQuery(location.query, this.query)) {
      this.text = location.query.q;
      this.query = location.query;
      void this.search.run(location.query, 1);
    }
    if (location.open && location.open !== this.opened.code) this.openProcedure(location.open, 'none');
    else if (!location.open && this.opened.code) this.closeProcedure('none');
  }

  private loadMore(): void {
    const answer = this.search.data;
    if (!answer) return;
    const firstNew = answer.items.length;
    void this.search.run(this.query, answer.result.page + 1).then(() => {
      void this.updateComplete.then(() =>
        this.shadowRoot?.querySelectorAll<HTMLElement>('.result-button')[firstNew]?.focus(),
      );
    });
  }

  private renderResults(): TemplateResult | typeof nothing {
    const answer = this.search.data;
    if (this.search.status === 'empty') {
      const filtered = filterNames.some((name) => this.query[name]);
      return renderEmptyResults(this.t, filtered, (example) => this.searchFor(example));
    }
    if (this.search.status === 'error' || this.search.status === 'offline')
      return renderFetchState(this.t, this.search);
    const loading = this.search.status === 'loading';
    return html`${loading ? renderLoading(this.t, this.search.showSpinner) : nothing}
      ${
        answer
          ? renderResultList({
              t: this.t,
              id: (name) => `hcc-${name}`,
              items: answer.items,
              total: answer.result.total,
              busy: loading,
              onOpen: (procedure) => this.openProcedure(procedure.code, 'push', procedure.name),
              onMore: () => this.loadMore(),
            })
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const view = this.formView();
    return html`<section class="finder" part="base" aria-labelledby="hcc-title" lang=${this.locale}>
      <h2 id="hcc-title" class="title" part="title">${this.t('title')}</h2>
      ${
        this.api
          ? html`<div class="list-view" ?hidden=${this.opened.code !== undefined}>
              ${renderSearchBox(view)} ${renderFilters(view)}
              <div class="results-region" role="region" aria-label=${this.t('results.label')} @keydown=${(event: KeyboardEvent) => this.shadowRoot && onResultsKeydown(this.shadowRoot, event)}>
                ${this.renderResults()}
              </div>
            </div>
            ${
              this.opened.code === undefined
                ? nothing
                : this.opened.render({ t: this.t, locale: this.locale, onBack: () => this.closeProcedure('push') })
            }`
          : renderConfigError(this.t)
      }
      ${this.announcer.render()}
    </section>`;
  }
}
