import type { Procedure, ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import { HccElement } from '../shared/hcc-element.js';
import { backIcon, chevronIcon, clearIcon, searchIcon } from '../shared/icons.js';
import { renderConfigError, renderEmpty, renderFetchState, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  clampPageSize,
  type FilterName,
  type FinderQuery,
  filterNames,
  readLocation,
  sameQuery,
  toSearchParams,
  writeLocation,
} from './finder-query.js';
import { splitHighlights } from './highlight.js';
import { jsonLdText, toGovernmentService } from './json-ld.js';
import { CatalogueLoader, searchLocally } from './local-catalogue.js';
import { printChecklist } from './print-checklist.js';
import { renderOnlineBadge, renderProcedureDetail } from './procedure-detail.js';
import { finderStyles } from './procedure-finder.styles.js';
import { formatDuration } from './processing-time.js';
import { type FinderStringKey, finderStrings } from './procedure-finder.strings.js';

export type { ProcedureSelectDetail } from './procedure-select-event.js';

/** Wait after the last key before searching: one request for a whole word typed at a normal pace. */
const typingPauseMs = 350;

/** Common procedures the empty state offers to search for: Vietnamese words in both languages, as citizens type them. */
const examples = ['đăng ký khai sinh', 'đăng ký thường trú', 'sổ đỏ', 'đăng ký kết hôn'];

/** One search's answer and every result shown so far (pages loaded with "load more"). */
interface SearchAnswer {
  result: ProcedureSearchResult;
  items: ProcedureSummary[];
}

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
    opened: { state: true },
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
  /**
   * What the search box holds. Every change of the box goes through \`input\`, which sets it, so a plain \`.value\`
   * binding keeps the two in step (no \`live()\` needed).
   */
  declare private text: string;
  /** What the results answer: the words and filters of the latest search. */
  declare private query: FinderQuery;
  /** The code of the procedure open in the detail view; undefined while the list is shown. */
  declare private opened: string | undefined;

  private readonly t = this.translator(finderStrings);
  /** Keys (`case/document`) of the open procedure's documents the citizen ticked. */
  private ready = new Set<string>();
  /** Whether the open procedure takes focus once loaded: only when the citizen opened it from the list. */
  private focusDetail = false;
  /** The search that waits for a pause in typing. */
  private typing: ReturnType<typeof setTimeout> | undefined;
  /** The catalogue searched in the page (`mode="client"`). */
  private readonly catalogue = new CatalogueLoader();
  /** The open procedure as JSON-LD, in the light DOM where search engines read it. */
  private jsonLd: HTMLScriptElement | undefined;

  private readonly search = new FetchController(this, {
    task: (signal, query: FinderQuery, page: number) => this.fetchPage(signal, query, page),
    isEmpty: (answer: SearchAnswer) => answer.result.total === 0,
    onData: (answer) => this.announcer.announce(this.t('results.count', { count: answer.result.total })),
    onError: (error) => this.reportError(error),
  });

  private readonly detail = new FetchController(this, {
    task: (signal, code: string) => this.requireApi().procedures.get(code, { signal }),
    onData: (procedure: Procedure) => {
      this.showJsonLd(procedure);
      this.announcer.announce(this.t('detail.loaded', { name: procedure.name }));
      if (this.focusDetail) this.focusLater('.detail-title');
    },
    onError: (error) => this.reportError(error),
  });

  constructor() {
    super();
    this.pageSize = 10;
    this.mode = 'server';
    this.syncUrl = false;
    this.text = '';
    this.query = { q: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.typing);
    this.catalogue.reset();
    this.jsonLd?.remove();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      const fromUrl = this.syncUrl ? readLocation(location.search) : undefined;
      // `text` is empty unless `searchFor()` was called before the first render: keep what it asked for.
      const query = fromUrl?.query ?? { q: this.text };
      this.query = !query.field && this.field ? { ...query, field: this.field } : query;
      this.text = this.query.q;
      if (!this.api) return;
      void this.search.run(this.query, 1);
      if (fromUrl?.open) this.openProcedure(fromUrl.open, false);
      return;
    }
    if (changed.has('client') || changed.has('apiBase')) this.catalogue.reset();
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

  /** The client; a request made while `api-base` is unusable fails with the console's explanation. */
  private requireApi() {
    const api = this.api;
    if (!api) throw new Error(this.configProblem);
    return api;
  }

  /**
   * A page of results, after those already shown when it is not the first ("load more"): from the API, or from the
   * catalogue loaded once into the page (`mode="client"`).
   */
  private async fetchPage(signal: AbortSignal, query: FinderQuery, page: number): Promise<SearchAnswer> {
    const api = this.requireApi();
    const params = toSearchParams(query, { page, pageSize: clampPageSize(this.pageSize), agency: this.agency });
    const result =
      this.mode === 'client'
        ? searchLocally(await this.catalogue.get(api, this.agency), params)
        : await api.procedures.search(params, { signal });
    const previous = page > 1 ? (this.search.data?.items ?? []) : [];
    return { result, items: [...previous, ...result.items] };
  }

  /**
   * Runs a new query (page 1) unless it asks the same as the current one. `push` is a deliberate search (Enter, a
   * filter, a suggestion): it replaces the search waiting for a pause in typing and adds a history entry; `replace`
   * (typing) updates the current entry, so that back does not replay every word.
   */
  private commit(query: FinderQuery, history: 'push' | 'replace'): void {
    if (history === 'push') clearTimeout(this.typing);
    if (sameQuery(query, this.query) && this.search.status !== 'error' && this.search.status !== 'offline') return;
    this.query = query;
    void this.search.run(query, 1);
    this.writeUrl(history);
  }

  /** Records the query and the open procedure in the page URL (`sync-url`). */
  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    const next = writeLocation(location.href, { query: this.query, open: this.opened });
    if (next === location.href) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', next);
  }

  /** Back and forward in the browser (`sync-url`). */
  private readonly onPopState = () => {
    if (!this.syncUrl) return;
    const { query, open } = readLocation(location.search);
    clearTimeout(this.typing);
    if (!sameQuery(query, this.query)) {
      this.text = query.q;
      this.query = query;
      void this.search.run(query, 1);
    }
    if (open && open !== this.opened) this.openProcedure(open, false);
    else if (!open && this.opened) this.closeProcedure(false);
  };

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
      this.focusLater('.back');
      this.writeUrl('push');
    }
  }

  /** Back from the detail to the list, with focus on the result that was opened (or the search box). */
  private closeProcedure(byCitizen: boolean): void {
    const code = this.opened ?? '';
    this.opened = undefined;
    this.detail.reset();
    this.jsonLd?.remove();
    this.focusLater(`.result-button[data-code="${CSS.escape(code)}"]`, '.search-input');
    if (byCitizen) this.writeUrl('push');
  }

  /** Describes the open procedure to search engines, replacing any previous description. */
  private showJsonLd(procedure: Procedure): void {
    this.jsonLd ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    // `textContent`: the description is data, never parsed as HTML.
    this.jsonLd.textContent = jsonLdText(toGovernmentService(procedure, this.syncUrl ? location.href : undefined));
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  /** Once rendered, focuses the first element found for `selectors`. */
  private focusLater(...selectors: string[]): void {
    void this.updateComplete.then(() => {
      for (const selector of selectors) {
        const element = this.renderRoot.querySelector<HTMLElement>(selector);
        if (element) return element.focus();
      }
    });
  }

  /**
   * Arrow keys, Home and End move between results, as in a list of links: ↓ from the search box to the first, ↑ from
   * the first back to the search box. Other keys, and keys on anything else, are left alone.
   */
  private onListKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.result-button')];
    const target = event.target as HTMLElement;
    const index = buttons.indexOf(target);
    const next = target.classList.contains('search-input')
      ? event.key === 'ArrowDown' && buttons[0]
      : index >= 0 &&
        {
          ArrowDown: buttons[index + 1] ?? target,
          ArrowUp: buttons[index - 1] ?? this.renderRoot.querySelector<HTMLElement>('.search-input'),
          Home: buttons[0],
          End: buttons[buttons.length - 1],
        }[event.key];
    if (next) {
      next.focus();
      event.preventDefault();
    }
  }

  private get filtered(): boolean {
    return filterNames.some((name) => this.query[name]);
  }

  private setFilter(name: FilterName, value: string): void {
    this.commit({ ...this.query, q: this.text, [name]: value || undefined }, 'push');
  }

  private renderSearchBox(): TemplateResult {
    const { t } = this;
    return html`<form
      class="search"
      part="search"
      role="search"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.searchFor(this.text);
      }}
    >
      <label class="search-label" for="hcc-q">${t('search.label')}</label>
      <p class="hint" id="hcc-hint">${t('search.hint')}</p>
      <div class="search-row">
        <span class="search-icon">${searchIcon}</span>
        <input
          id="hcc-q"
          class="search-input"
          part="search-input"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hcc-hint"
          placeholder=${t('search.placeholder')}
          .value=${this.text}
          @input=${(event: InputEvent) => {
            const text = (event.target as HTMLInputElement).value;
            this.text = text;
            clearTimeout(this.typing);
            this.typing = setTimeout(() => this.commit({ ...this.query, q: text }, 'replace'), typingPauseMs);
          }}
        />
        ${
          this.text
            ? html`<button type="button" class="clear" part="clear-button" aria-label=${t('search.clear')} @click=${() => {
                this.searchFor('');
                this.renderRoot.querySelector<HTMLElement>('.search-input')?.focus();
              }}>
              ${clearIcon}
            </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  /** The filters (field, level, online service, audience), each with the number of matches per choice. */
  private renderFilters(): TemplateResult {
    const { t, query } = this;
    const facets = this.search.data?.result.facets;
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${t('filters.label')}</legend>
      ${filterNames.map((name) => {
        const current = query[name];
        const options = facets?.[name] ?? [];
        return html`<div class="filter">
          <label for="hcc-${name}">${t(`filter.${name}`)}</label>
          <select
            id="hcc-${name}"
            part="filter"
            @change=${(event: Event) => this.setFilter(name, (event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!current}>${t('filter.all')}</option>
            ${current && !options.some((facet) => facet.value === current) ? html`<option value=${current} selected>${current}</option>` : nothing}
            ${options.map(
              (facet) =>
                html`<option value=${facet.value} ?selected=${facet.value === current}>${t('filter.option', {
                  label: name === 'field' ? facet.label : t(`${name}.${facet.value}` as FinderStringKey),
                  count: facet.count,
                })}</option>`,
            )}
          </select>
        </div>`;
      })}
      ${
        this.filtered
          ? html`<button type="button" class="button secondary clear-filters" @click=${() => this.commit({ q: this.text }, 'push')}>
            ${t('filter.clear')}
          </button>`
          : nothing
      }
    </fieldset>`;
  }

  /** Nothing matched: what to try (spelling, a code, fewer filters when some are set) and common procedures. */
  private renderNoResults(): TemplateResult {
    const { t } = this;
    return renderEmpty(
      t('empty.title'),
      html`<p>${t('empty.hint')}</p>
        <ul class="bullets">
          <li>${t('empty.spelling')}</li>
          <li>${t('empty.code')}</li>
          ${this.filtered ? html`<li>${t('empty.filters')}</li>` : nothing}
        </ul>
        <p>${t('empty.examples')}</p>
        <ul class="suggestions">
          ${examples.map(
            (example) =>
              html`<li><button type="button" class="suggestion" @click=${() => this.searchFor(example)}>${example}</button></li>`,
          )}
        </ul>`,
    );
  }

  private renderResult(procedure: ProcedureSummary): TemplateResult {
    const { t } = this;
    const levels = procedure.levels.map((level) => t(`level.${level}`)).join(', ');
    return html`<li class="result" part="result">
      <button
        type="button"
        class="result-button"
        data-code=${procedure.code}
        @click=${() => this.openProcedure(procedure.code, true, procedure.name)}
      >
        <span class="result-name">${splitHighlights(procedure.name, procedure.highlights).map((piece) =>
          piece.marked ? html`<mark part="highlight">${piece.text}</mark>` : piece.text,
        )}</span>
        <span class="result-meta">
          <span><span class="visually-hidden">${t('results.code')}: </span><span class="code">${procedure.code}</span></span>
          ${procedure.fields.length ? html`<span>${procedure.fields.join(', ')}</span>` : nothing}
          ${levels ? html`<span>${levels}</span>` : nothing}
          <span>${t('results.time')}: ${formatDuration(procedure.processingTime, t)}</span>
          ${renderOnlineBadge(t, procedure)}
        </span>
        <span class="result-chevron">${chevronIcon}</span>
      </button>
    </li>`;
  }

  /** The search's state (loading, error, offline), then the count, the results and a button to load the next page. */
  private renderResults(): TemplateResult {
    const { t, search } = this;
    const answer = search.data;
    if (search.status === 'empty') return this.renderNoResults();
    const failed = search.status === 'error' || search.status === 'offline';
    if (failed || !answer) return html`${renderFetchState(t, search)}`;
    const { items, result } = answer;
    const more = items.length < result.total;
    const busy = search.status === 'loading';
    return html`${renderFetchState(t, search)}
      <p class="count" id="hcc-count">
        ${more ? t('results.shown', { shown: items.length, count: result.total }) : t('results.count', { count: result.total })}
      </p>
      <ul class="results" part="results" aria-labelledby="hcc-count" aria-busy=${String(busy)}>
        ${items.map((procedure) => this.renderResult(procedure))}
      </ul>
      ${
        more
          ? html`<button
              type="button"
              class="button secondary more"
              part="more-button"
              ?disabled=${busy}
              @click=${() =>
                void search
                  .run(this.query, result.page + 1)
                  .then(() => this.focusLater(`.result:nth-child(${items.length + 1}) .result-button`))}
            >
              ${t('results.more')}
            </button>`
          : nothing
      }`;
  }

  /** "Back to the list", then the request's state or the procedure with its checklist; Escape goes back too. */
  private renderDetailView(): TemplateResult {
    const { t, locale, ready } = this;
    const procedure = this.detail.status === 'data' ? this.detail.data : undefined;
    return html`<div class="detail-view" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.closeProcedure(true)}>
      <button type="button" class="button secondary back" part="back-button" @click=${() => this.closeProcedure(true)}>
        ${backIcon}<span>${t('detail.back')}</span>
      </button>
      ${renderFetchState(t, this.detail)}
      ${
        procedure
          ? renderProcedureDetail({
              t,
              locale,
              procedure,
              ready,
              onToggle: (key, isReady) => {
                if (isReady) ready.add(key);
                else ready.delete(key);
                this.requestUpdate();
              },
              onPrint: () => printChecklist(procedure, ready, t, locale),
            })
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    return html`<section class="finder" part="base" aria-labelledby="hcc-title" lang=${this.locale}>
      <h2 id="hcc-title" class="title" part="title">${this.t('title')}</h2>
      ${
        this.api
          ? html`<div class="list-view" ?hidden=${this.opened !== undefined} @keydown=${this.onListKeydown}>
              ${this.renderSearchBox()} ${this.renderFilters()}
              <section class="results-region" aria-label=${this.t('results.label')}>${this.renderResults()}</section>
            </div>
            ${this.opened === undefined ? nothing : this.renderDetailView()}`
          : renderConfigError(this.t)
      }
      ${this.announcer.render()}
    </section>`;
  }
}
