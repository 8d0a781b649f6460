import type { ProcedureSearchResult } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { type FilterName, type FinderQuery, filterNames } from './finder-query.js';
import type { FinderStringKey, FinderTranslate } from './procedure-finder.strings.js';

/** What the filters show and report. */
export interface FiltersProps {
  t: FinderTranslate;
  query: FinderQuery;
  /** The latest answer's counts per choice; undefined before the first answer. */
  facets: ProcedureSearchResult['facets'] | undefined;
  onChange: (name: FilterName, value: string) => void;
  onClearAll: () => void;
}

/** Whether any filter is set. */
export function hasFilters(query: FinderQuery): boolean {
  return filterNames.some((name) => query[name]);
}

/** The filters (field, level, online service, audience), each with the number of matches per choice. */
export function renderFilters({ t, query, facets, onChange, onClearAll }: FiltersProps): TemplateResult {
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
          @change=${(event: Event) => onChange(name, (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!current}>${t('filter.all')}</option>
          ${current && !options.some((facet) => facet.value === current) ? html`<option value=${current} selected>${current}</option>` : nothing}
          ${options.map(
            (facet) =>
              // Field names come from the catalogue, in Vietnamese.
              html`<option value=${facet.value} ?selected=${facet.value === current} lang=${name === 'field' ? 'vi' : nothing}>${t(
                'filter.option',
                {
                  label: name === 'field' ? facet.label : t(`${name}.${facet.value}` as FinderStringKey),
                  count: facet.count,
                },
              )}</option>`,
          )}
        </select>
      </div>`;
    })}
    ${
      hasFilters(query)
        ? html`<button type="button" class="button secondary clear-filters" @click=${onClearAll}>
          ${t('filter.clear')}
        </button>`
        : nothing
    }
  </fieldset>`;
}
