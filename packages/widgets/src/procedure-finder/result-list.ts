import type { ProcedureSummary } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from '../shared/format.js';
import type { Translate } from '../shared/i18n.js';
import { chevronIcon } from '../shared/icons.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { splitHighlights } from './highlight.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

/** What the result list shows and how it reports choices. */
export interface ResultListView {
  t: Translate<FinderStringKey | SharedStringKey>;
  id: (name: string) => string;
  items: readonly ProcedureSummary[];
  total: number;
  busy: boolean;
  onOpen: (procedure: ProcedureSummary) => void;
  onMore: () => void;
}

/** The procedure's name with the words that matched the query marked. */
export function renderName(procedure: ProcedureSummary): TemplateResult[] {
  return splitHighlights(procedure.name, procedure.highlights).map((piece) =>
    piece.marked ? html`<mark part="highlight">${piece.text}</mark>` : html`${piece.text}`,
  );
}

/** The online level as a badge, or nothing for procedures that are not offered online. */
export function renderOnlineBadge(
  t: ResultListView['t'],
  procedure: ProcedureSummary,
): TemplateResult | typeof nothing {
  if (procedure.onlineLevel === 'none') return nothing;
  return html`<span class="badge online-${procedure.onlineLevel}" part="badge">${t(`online.${procedure.onlineLevel}`)}</span>`;
}

function renderItem(view: ResultListView, procedure: ProcedureSummary): TemplateResult {
  const { t } = view;
  const levels = procedure.levels.map((level) => t(`level.${level}`)).join(', ');
  return html`<li class="result" part="result">
    <button type="button" class="result-button" data-code=${procedure.code} @click=${() => view.onOpen(procedure)}>
      <span class="result-name">${renderName(procedure)}</span>
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

/** The results: count, list, and a button to load the next page. */
export function renderResultList(view: ResultListView): TemplateResult {
  const { t, items, total } = view;
  return html`<p class="count" id=${view.id('count')}>
      ${items.length < total ? t('results.shown', { shown: items.length, count: total }) : t('results.count', { count: total })}
    </p>
    <ul class="results" part="results" aria-labelledby=${view.id('count')} aria-busy=${view.busy ? 'true' : 'false'}>
      ${items.map((procedure) => renderItem(view, procedure))}
    </ul>
    ${
      items.length < total
        ? html`<button type="button" class="button secondary more" part="more-button" ?disabled=${view.busy} @click=${view.onMore}>
          ${t('results.more')}
        </button>`
        : nothing
    }`;
}

/**
 * Moves focus between results with the arrow keys, Home and End, as in a list of links. Returns false when the key
 * is not one of those, or is ArrowUp on the first result (the finder then goes back to the search box).
 */
export function moveResultFocus(root: ShadowRoot, key: string): boolean {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.result-button')];
  if (buttons.length === 0) return false;
  const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const last = buttons.length - 1;
  const target = {
    ArrowDown: index < 0 ? 0 : Math.min(index + 1, last),
    ArrowUp: index <= 0 ? undefined : index - 1,
    Home: 0,
    End: last,
  }[key];
  if (target === undefined) return false;
  buttons[target]?.focus();
  return true;
}

/**
 * Arrow keys, Home and End on a result move between results; ArrowUp on the first goes back to the search box.
 * Other keys, and keys on anything but a result, are left alone.
 */
export function onResultsKeydown(root: ShadowRoot, event: KeyboardEvent): void {
  if (!(event.target as Element).classList.contains('result-button')) return;
  if (moveResultFocus(root, event.key)) event.preventDefault();
  else if (event.key === 'ArrowUp') {
    root.querySelector<HTMLInputElement>('.search-input')?.focus();
    event.preventDefault();
  }
}
