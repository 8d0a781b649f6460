import type { Procedure } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatMoney } from '../shared/format.js';
import type { Locale, Translate } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { vietnamese } from '../shared/vietnamese-data.js';
import { preparedCount, renderDocuments } from './detail-documents.js';
import { renderEssentials } from './detail-essentials.js';
import { renderSteps } from './detail-steps.js';
import { renderOnlineBadge } from './online-badge.js';
import type { FinderStringKey } from './procedure-finder.strings.js';
import { formatDuration } from './processing-time.js';

/** What the detail view shows and how it reports actions. */
export interface DetailView {
  t: Translate<FinderStringKey | SharedStringKey>;
  locale: Locale;
  procedure: Procedure;
  /** Keys (`case/document`) of the documents the citizen ticked. */
  ready: ReadonlySet<string>;
  onToggle: (key: string, ready: boolean) => void;
  onPrint: () => void;
}

/**
 * One collapsible section: a native `<details>` (keyboard and screen readers know it; the browser keeps it open or
 * closed across re-renders while the procedure stays open). `id` names its heading; `note` follows the title.
 */
function section(id: string, title: string, body: unknown, note: unknown = nothing, part = 'detail-section') {
  return html`<details class="block" part=${part}>
    <summary><h3 id="hcc-${id}">${title}</h3>${note}</summary>
    <div class="section-body">${body}</div>
  </details>`;
}

/** A section listing Vietnamese items from the catalogue, or nothing when there are none. */
function listSection(view: DetailView, id: string, title: FinderStringKey, items: readonly string[]) {
  if (items.length === 0) return nothing;
  return section(
    id,
    view.t(title),
    html`<ul class="bullets">${items.map((item) => html`<li lang="vi">${item}</li>`)}</ul>`,
  );
}

function renderChannels({ t, locale, procedure }: DetailView): TemplateResult {
  return html`<table class="channels">
    <thead>
      <tr><th scope="col">${t('detail.channel')}</th><th scope="col">${t('results.time')}</th><th scope="col">${t('detail.fees')}</th></tr>
    </thead>
    <tbody>
      ${procedure.channels.map(
        (channel) => html`<tr>
          <th scope="row">${t(`channel.${channel.channel}`)}</th>
          <td>${formatDuration(channel.processingTime, t)}${channel.description ? html`<div class="muted" lang="vi">${channel.description}</div>` : nothing}</td>
          <td>${
            channel.fees.length
              ? html`<ul class="plain">
                ${channel.fees.map(
                  (fee) =>
                    html`<li>${t(`fee.${fee.kind}`)}: ${formatMoney(fee.amount, locale, t('free'))}${fee.description ? html` <span class="muted" lang="vi">(${fee.description})</span>` : nothing}</li>`,
                )}
              </ul>`
              : t('free')
          }</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The whole procedure, essentials first (where, how long, how much, the online link), then collapsible sections:
 * channels and fees, the document checklist, the steps as a numbered list, conditions, legal basis, result…
 * Opening another procedure starts with every section closed again.
 */
export function renderProcedureDetail(view: DetailView): unknown {
  const { t, locale, procedure } = view;
  const { done, count } = preparedCount(procedure, view.ready);
  return keyed(
    procedure.code,
    html`<article class="detail" part="detail" aria-labelledby="hcc-detail-title">
    <header class="detail-header">
      <h2 id="hcc-detail-title" class="detail-title" tabindex="-1" lang="vi">${procedure.name}</h2>
      <p class="result-meta">
        <span class="code">${t('results.code')}: ${procedure.code}</span>
        ${procedure.fields.length ? html`<span>${t('filter.field')}: ${vietnamese(procedure.fields.join(', '))}</span>` : nothing}
        <span>${t('filter.level')}: ${procedure.levels.map((level) => t(`level.${level}`)).join(', ')}</span>
        ${renderOnlineBadge(t, procedure)}
      </p>
      ${procedure.sampleData ? html`<p class="notice">${t('detail.sample')}</p>` : nothing}
    </header>
    ${renderEssentials(procedure, t, locale)}
    <div class="sections">
    ${section(
      'documents',
      t('detail.documents'),
      renderDocuments(view),
      count ? html`<span class="summary-note">${t('detail.prepared', { done, count })}</span>` : nothing,
      'detail-section checklist',
    )}
    ${procedure.steps.length ? section('steps', t('detail.steps'), renderSteps(procedure)) : nothing}
    ${section('channels', t('detail.channels'), renderChannels(view))}
    ${
      procedure.conditions.length
        ? listSection(view, 'conditions', 'detail.conditions', procedure.conditions)
        : section('conditions', t('detail.conditions'), html`<p>${t('detail.noConditions')}</p>`)
    }
    ${listSection(view, 'results', 'detail.results', procedure.results)}
    ${listSection(view, 'agencies', 'detail.agencies', procedure.executingAgencies)}
    ${listSection(view, 'places', 'detail.places', procedure.receivingPlaces)}
    ${listSection(
      view,
      'legal',
      'detail.legalBasis',
      procedure.legalBasis.map((basis) =>
        basis.code && !basis.name.includes(basis.code) ? `${basis.code} — ${basis.name}` : basis.name,
      ),
    )}
    </div>
  </article>`,
  );
}
