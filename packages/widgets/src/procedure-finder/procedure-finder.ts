import type { ProcedureSummary } from '@hcc/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { configProperties } from '../shared/config-schema.js';
import { FetchController } from '../shared/fetch-controller.js';
import { HccElement } from '../shared/hcc-element.js';
import { renderConfigError, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fetchOpenedProcedure, type OpenedProcedure, renderDetailFrame } from './detail-frame.js';
import { finderConfig } from './finder-config.js';
import { type FinderLocation, type FinderQuery, sameQuery, toSearchParams } from './finder-query.js';
import { hasFilters, renderFilters } from './filters-view.js';
import type { JsonLdScript } from './json-ld-script.js';
import { finderStyles } from './procedure-finder.styles.js';
import { type FinderLateStringKey, type FinderOwnStringKey, finderStrings } from './procedure-finder.strings.js';
import { type NoResultsModule, renderResults, type SearchAnswer } from './results-view.js';
import { RovingFocus } from './roving-focus.js';
import { renderSearchBox } from './search-box-view.js';
import { SearchSource } from './search-source.js';
import { TypingPause } from './typing-pause.js';
import { UrlSync } from './url-sync.js';

export type { ProcedureSelectDetail } from './procedure-select-event.js';

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
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system.
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
  static override config = finderConfig;
  static override properties = {
    ...HccElement.properties,
    ...configProperties(finderConfig),
    text: { state: true },
    query: { state: true },
    opened: { state: true },
  };

  /** An agency id: only the procedures it executes. */
  declare agency: string | undefined;
  /** A field id chosen when the finder opens. */
  declare field: string | undefined;
  /** Results per page, from 1 to 100 (default 10). */
  declare pageSize: number;
  /** `server` or `client`. */
  declare mode: 'server' | 'client';
  /** Keep the state in the page URL. */
  declare syncUrl: boolean;
  /** `light` or `dark`, overriding the system preference. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** What the search box holds; every change of the box goes through `input`, so `.value` needs no `live()`. */
  declare private text: string;
  /** What the results answer: the words and filters of the latest search. */
  declare private query: FinderQuery;
  /** The code of the procedure open in the detail view; undefined while the list is shown. */
  declare private opened: string | undefined;

  private readonly t = this.translator<FinderOwnStringKey, FinderLateStringKey>(finderStrings);
  /** Keys (`case/document`) of the open procedure's documents the citizen ticked. */
  private ready = new Set<string>();
  /** Whether the open procedure takes focus once loaded: only when the citizen opened it from the list. */
  private focusDetail = false;
  /** The search that waits for a pause in typing (350 ms after the last key). */
  private readonly typing = new TypingPause(this, 350);
  private readonly source = new SearchSource(this);
  /** The open procedure described to search engines; it comes with the detail view. */
  private jsonLd: JsonLdScript | undefined;
  /** What a search that found nothing shows, once loaded. */
  private noResults: NoResultsModule | undefined;
  private readonly keyboard = new RovingFocus(this, { items: '.result-button', entry: '.search-input' });
  private readonly url = new UrlSync(this, {
    enabled: () => this.syncUrl,
    current: () => ({ query: this.query, open: this.opened }),
    onNavigate: (location) => this.navigate(location),
  });

  private readonly search = new FetchController(this, {
    task: (signal, query: FinderQuery, page: number) => this.fetchPage(signal, query, page),
    isEmpty: (answer: SearchAnswer) => answer.result.total === 0,
    onData: (answer) => this.announcer.announce(this.t('results.count', { count: answer.result.total })),
    onError: (error) => this.reportError(error),
  });
  /** The open procedure and, on first use, the detail view's module: one loading state, one error with retry. */
  private readonly detail = new FetchController(this, {
    task: (signal, code: string) =>
      fetchOpenedProcedure(this.requireApi(), code, signal, (view) => this.addPiece(view.piece)),
    onData: ({ view, procedure }: OpenedProcedure) => {
      this.jsonLd ??= new view.JsonLdScript(this);
      this.jsonLd.show(view.jsonLdFor(procedure, this.syncUrl ? location.href : undefined));
      this.announcer.announce(this.t('detail.loaded', { name: procedure.name }));
      if (this.focusDetail) this.keyboard.focusLater('.detail-title');
    },
    onError: (error) => this.reportError(error),
  });

  constructor() {
    super();
    this.text = '';
    this.query = { q: '' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      const fromUrl = this.url.initial();
      // `text` is empty unless `searchFor()` was called before the first render: keep what it asked for.
      const query = fromUrl?.query ?? { q: this.text };
      this.query = !query.field && this.field ? { ...query, field: this.field } : query;
      this.text = this.query.q;
      if (!this.api) return;
      void this.search.run(this.query, 1);
      if (fromUrl?.open) this.openProcedure(fromUrl.open, false);
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
    this.commit({ ...this.query, q: text }, 'push');
  }

  /** A page of results, after those already shown when it is not the first ("load more"). */
  private async fetchPage(signal: AbortSignal, query: FinderQuery, page: number): Promise<SearchAnswer> {
    const params = toSearchParams(query, { page, pageSize: this.pageSize, agency: this.agency });
    const result = await this.source.page(this.requireApi(), this.mode, params, signal);
    // Nothing matched: what to try comes with its own view, within the same loading state.
    if (result.total === 0) this.noResults ??= await this.loadPiece(() => import('./no-results-view.js'));
    return { result, items: [...(page > 1 ? (this.search.data?.items ?? []) : []), ...result.items] };
  }

  /**
   * Runs a new query (page 1) unless it asks the same as the current one. `push` is a deliberate search (Enter, a
   * filter, a suggestion): it replaces the search waiting for a pause in typing and adds a history entry; `replace`
   * (typing) updates the current entry, so that back does not replay every word.
   */
  private commit(query: FinderQuery, history: 'push' | 'replace'): void {
    if (history === 'push') this.typing.cancel();
    if (sameQuery(query, this.query) && this.search.status !== 'error' && this.search.status !== 'offline') return;
    this.query = query;
    void this.search.run(query, 1);
    this.url.write(history);
  }

  /** Back and forward in the browser (`sync-url`). */
  private navigate({ query, open }: FinderLocation): void {
    this.typing.cancel();
    if (!sameQuery(query, this.query)) {
      this.text = query.q;
      this.query = query;
      void this.search.run(query, 1);
    }
    if (open && open !== this.opened) this.openProcedure(open, false);
    else if (!open && this.opened) this.closeProcedure(false);
  }

  /**
   * Opens a procedure's detail. `byCitizen` when chosen from the list: focus follows and the page URL gets a history
   * entry; otherwise (a deep link, back/forward) the URL already says so and focus stays where the page put it.
   */
  private openProcedure(code: string, byCitizen: boolean, name = code): void {
    if (!this.emit('hcc-procedure-select', { code, name }, { cancelable: true })) return;
    this.opened = code;
    this.ready = new Set();
    this.focusDetail = byCitizen;
    void this.detail.run(code);
    if (byCitizen) {
      this.keyboard.focusLater('.back');
      this.url.write('push');
    }
  }

  /** Back from the detail to the list, with focus on the result that was opened (or the search box). */
  private closeProcedure(byCitizen: boolean): void {
    const code = this.opened ?? '';
    this.opened = undefined;
    this.detail.reset();
    this.jsonLd?.clear();
    this.keyboard.focusLater(`.result-button[data-code="${CSS.escape(code)}"]`, '.search-input');
    if (byCitizen) this.url.write('push');
  }

  private renderListView(): TemplateResult {
    const { t, search } = this;
    return html`<div class="list-view" ?hidden=${this.opened !== undefined} @keydown=${this.keyboard.onKeydown}>
      ${renderSearchBox({
        t,
        text: this.text,
        onInput: (text) => {
          this.text = text;
          this.typing.wait(() => this.commit({ ...this.query, q: text }, 'replace'));
        },
        onSubmit: () => this.searchFor(this.text),
        onClear: () => {
          this.searchFor('');
          this.renderRoot.querySelector<HTMLElement>('.search-input')?.focus();
        },
      })}
      ${renderFilters({
        t,
        query: this.query,
        facets: search.data?.result.facets,
        onChange: (name, value) => this.commit({ ...this.query, q: this.text, [name]: value || undefined }, 'push'),
        onClearAll: () => this.commit({ q: this.text }, 'push'),
      })}
      <section class="results-region" aria-label=${t('results.label')}>
        ${renderResults({
          t,
          search,
          filtered: hasFilters(this.query),
          onOpen: (procedure: ProcedureSummary) => this.openProcedure(procedure.code, true, procedure.name),
          onSuggestion: (text) => this.searchFor(text),
          noResults: this.noResults,
          onMore: () => {
            const shown = search.data?.items.length ?? 0;
            void search
              .run(this.query, (search.data?.result.page ?? 0) + 1)
              .then(() => this.keyboard.focusLater(`.result:nth-child(${shown + 1}) .result-button`));
          },
        })}
      </section>
    </div>`;
  }

  override render(): TemplateResult {
    const { t } = this;
    return html`<section class="finder" part="base" aria-labelledby="hcc-title" lang=${this.locale}>
      <h2 id="hcc-title" class="title" part="title">${t('title')}</h2>
      ${
        this.api
          ? html`${this.renderListView()}
            ${
              this.opened === undefined
                ? nothing
                : renderDetailFrame({
                    t,
                    locale: this.locale,
                    detail: this.detail,
                    ready: this.ready,
                    onToggle: () => this.requestUpdate(),
                    onBack: () => this.closeProcedure(true),
                  })
            }`
          : renderConfigError(t)
      }
      ${this.announcer.render()}
    </section>`;
  }
}
