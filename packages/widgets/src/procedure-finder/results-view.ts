import type { ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import type { FetchController } from '../shared/fetch-controller.js';
import { chevronIcon } from './finder-icons.js';
import { renderFetchState } from '../shared/state-views.js';
import type { FinderQuery } from './finder-query.js';

/** The view of a search that found nothing, loaded with the first such search. */
export type NoResultsModule = typeof import('./no-results-view.js');
import { splitHighlights } from './highlight.js';
import { renderOnlineBadge } from './online-badge.js';
import type { FinderTranslate } from './procedure-finder.strings.js';
import { formatDuration } from './processing-time.js';

/** One search's answer and every result shown so far (pages loaded with "load more"). */
export interface SearchAnswer {
  result: ProcedureSearchResult;
  items: ProcedureSummary[];
}

/** What the results show and report. */
export interface ResultsProps {
  t: FinderTranslate;
  search: Pick<
    FetchController<SearchAnswer, [FinderQuery, number]>,
    'status' | 'data' | 'showSpinner' | 'error' | 'retry'
  >;
  /** Whether a filter is set: the empty state then suggests removing some. */
  filtered: boolean;
  onOpen: (procedure: ProcedureSummary) => void;
  onMore: () => void;
  onSuggestion: (text: string) => void;
  /** What to try when nothing matched: loaded with the search that found nothing. */
  noResults: NoResultsModule | undefined;
}

/** The search's state (loading, error, offline), then the count, the results and a button to load the next page. */
export function renderResults(props: ResultsProps): TemplateResult {
  const { t, search } = props;
  const answer = search.data;
  if (search.status === 'empty') return html`${props.noResults?.renderNoResults(props) ?? nothing}`;
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
      ${items.map((procedure) => renderResult(t, procedure, props.onOpen))}
    </ul>
    ${
      more
        ? html`<button type="button" class="button secondary more" part="more-button" ?disabled=${busy} @click=${props.onMore}>
            ${t('results.more')}
          </button>`
        : nothing
    }`;
}

function renderResult(
  t: FinderTranslate,
  procedure: ProcedureSummary,
  onOpen: (procedure: ProcedureSummary) => void,
): TemplateResult {
  const levels = procedure.levels.map((level) => t(`level.${level}`)).join(', ');
  return html`<li class="result" part="result">
    <button type="button" class="result-button" data-code=${procedure.code} @click=${() => onOpen(procedure)}>
      <span class="result-name" lang="vi">${splitHighlights(procedure.name, procedure.highlights).map((piece) =>
        piece.marked ? html`<mark part="highlight">${piece.text}</mark>` : piece.text,
      )}</span>
      <span class="result-meta">
        <span><span class="visually-hidden">${t('results.code')}: </span><span class="code">${procedure.code}</span></span>
        ${procedure.fields.length ? html`<span lang="vi">${procedure.fields.join(', ')}</span>` : nothing}
        ${levels ? html`<span>${levels}</span>` : nothing}
        <span>${t('results.time')}: ${formatDuration(procedure.processingTime, t)}</span>
        ${renderOnlineBadge(t, procedure)}
      </span>
      <span class="result-chevron">${chevronIcon}</span>
    </button>
  </li>`;
}
