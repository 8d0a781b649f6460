import type { Facet, ProcedureSearchResult } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../shared/i18n.js';
import { clearIcon, searchIcon } from '../shared/icons.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { type FilterName, type FinderQuery, filterNames } from './finder-query.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

/** What the search box and filters show and how they report changes. */
export interface SearchFormView {
  t: Translate<FinderStringKey | SharedStringKey>;
  id: (name: string) => string;
  text: string;
  query: FinderQuery;
  facets: ProcedureSearchResult['facets'] | undefined;
  onInput: (text: string) => void;
  onSubmit: () => void;
  onClear: () => void;
  onFilter: (name: FilterName, value: string) => void;
  onClearFilters: () => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
}

/** The labelled search box with its clear button. */
export function renderSearchBox(view: SearchFormView): TemplateResult {
  const { t, id } = view;
  return html`<form
    class="search"
    part="search"
    role="search"
    @submit=${(event: Event) => {
      event.preventDefault();
      view.onSubmit();
    }}
  >
    <label class="search-label" for=${id('q')}>${t('search.label')}</label>
    <p class="hint" id=${id('hint')}>${t('search.hint')}</p>
    <div class="search-row">
      <span class="search-icon">${searchIcon}</span>
      <input
        id=${id('q')}
        class="search-input"
        part="search-input"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${id('hint')}
        placeholder=${t('search.placeholder')}
        .value=${live(view.text)}
        @input=${(event: InputEvent) => view.onInput((event.target as HTMLInputElement).value)}
        @keydown=${view.onSearchKeydown}
      />
      ${
        view.text
          ? html`<button type="button" class="clear" part="clear-button" aria-label=${t('search.clear')} @click=${view.onClear}>
            ${clearIcon}
          </button>`
          : nothing
      }
    </div>
  </form>`;
}

function optionLabel(view: SearchFormView, name: FilterName, facet: Facet): string {
  const label = name === 'field' ? facet.label : view.t(`${name}.${facet.value}` as FinderStringKey);
  return view.t('filter.option', { label, count: facet.count });
}

/** The filters (field, level, online service, audience), each with the number of matches per choice. */
export function renderFilters(view: SearchFormView): TemplateResult {
  const { t, id, query } = view;
  const active = filterNames.some((name) => query[name]);
  const select = (name: FilterName) => {
    const facets = view.facets?.[name] ?? [];
    const current = query[name];
    const known = facets.some((facet) => facet.value === current);
    return html`<div class="filter">
      <label for=${id(name)}>${t(`filter.${name}`)}</label>
      <select
        id=${id(name)}
        part="filter"
        @change=${(event: Event) => view.onFilter(name, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!current}>${t('filter.all')}</option>
        ${current && !known ? html`<option value=${current} selected>${current}</option>` : nothing}
        ${facets.map(
          (facet) =>
            html`<option value=${facet.value} ?selected=${facet.value === current}>${optionLabel(view, name, facet)}</option>`,
        )}
      </select>
    </div>`;
  };
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${t('filters.label')}</legend>
    ${filterNames.map(select)}
    ${
      active
        ? html`<button type="button" class="button secondary clear-filters" @click=${view.onClearFilters}>
          ${t('filter.clear')}
        </button>`
        : nothing
    }
  </fieldset>`;
}
