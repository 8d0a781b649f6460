import type { Procedure, ProcedureSummary } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../shared/format.js';
import { formatDuration } from './processing-time.js';
import type { Locale, Translate } from '../shared/i18n.js';
import { checkIcon, externalIcon, printIcon } from '../shared/icons.js';
import { httpUrl } from '../shared/safe-url.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { documentCounts, documentKey } from './print-checklist.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

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

/** The online level as a badge, or nothing for procedures that are not offered online. */
export function renderOnlineBadge(t: DetailView['t'], procedure: ProcedureSummary): TemplateResult | typeof nothing {
  if (procedure.onlineLevel === 'none') return nothing;
  return html`<span class="badge online-${procedure.onlineLevel}" part="badge">${t(`online.${procedure.onlineLevel}`)}</span>`;
}

/** One titled section of the detail (`id` names its heading). */
function section(id: string, title: string, body: unknown, part = 'detail-section'): TemplateResult {
  return html`<section class="block" part=${part} aria-labelledby="hcc-${id}">
    <h3 id="hcc-${id}">${title}</h3>
    ${body}
  </section>`;
}

/** A section listing `items`, or nothing when there are none. */
function listSection(
  view: DetailView,
  id: string,
  title: FinderStringKey,
  items: readonly unknown[],
  ordered = false,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const list = items.map((item) => html`<li>${item}</li>`);
  return section(
    id,
    view.t(title),
    ordered ? html`<ol class="steps">${list}</ol>` : html`<ul class="bullets">${list}</ul>`,
  );
}

function renderChannels({ t, locale, procedure }: DetailView): TemplateResult {
  return section(
    'channels',
    t('detail.channels'),
    html`<table class="channels">
      <thead>
        <tr><th scope="col">${t('detail.channel')}</th><th scope="col">${t('results.time')}</th><th scope="col">${t('detail.fees')}</th></tr>
      </thead>
      <tbody>
        ${procedure.channels.map(
          (channel) => html`<tr>
            <th scope="row">${t(`channel.${channel.channel}`)}</th>
            <td>${formatDuration(channel.processingTime, t)}${channel.description ? html`<div class="muted">${channel.description}</div>` : nothing}</td>
            <td>${
              channel.fees.length
                ? html`<ul class="plain">
                  ${channel.fees.map(
                    (fee) =>
                      html`<li>${t(`fee.${fee.kind}`)}: ${formatMoney(fee.amount, locale, t('free'))}${fee.description ? html` <span class="muted">(${fee.description})</span>` : nothing}</li>`,
                  )}
                </ul>`
                : t('free')
            }</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

function renderDocuments(view: DetailView): TemplateResult {
  const { t, procedure, ready } = view;
  const keys = procedure.cases.flatMap((procedureCase, caseIndex) =>
    procedureCase.documents.map((_, index) => documentKey(caseIndex, index)),
  );
  const done = keys.filter((key) => ready.has(key)).length;
  return section(
    'documents',
    t('detail.documents'),
    html`<p class="muted">${t('detail.documentsHint')}</p>
    ${procedure.cases.map(
      (procedureCase, caseIndex) => html`<fieldset class="case">
        ${procedureCase.name ? html`<legend>${t('detail.case', { name: procedureCase.name })}</legend>` : nothing}
        <ul class="documents">
          ${procedureCase.documents.map((document, index) => {
            const key = documentKey(caseIndex, index);
            const inputId = `hcc-doc-${caseIndex}-${index}`;
            return html`<li class="document">
              <input
                type="checkbox"
                id=${inputId}
                .checked=${ready.has(key)}
                @change=${(event: Event) => view.onToggle(key, (event.target as HTMLInputElement).checked)}
              />
              <label for=${inputId}>
                <span class="document-name">${document.name}</span>
                <span class="document-meta">
                  ${documentCounts(t, document).map((count) => html`<span>${count}</span>`)}
                  ${document.formName ? html`<span>${t('detail.form', { name: document.formName })}</span>` : nothing}
                  ${document.hasElectronicForm ? html`<span class="badge">${checkIcon}${t('detail.eform')}</span>` : nothing}
                </span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>`,
    )}
    <div class="checklist-footer">
      <p class="prepared" aria-live="polite">${t('detail.prepared', { done, count: keys.length })}</p>
      <button type="button" class="button secondary print" part="print-button" @click=${view.onPrint}>
        ${printIcon}<span>${t('detail.print')}</span>
      </button>
    </div>`,
    'detail-section checklist',
  );
}

/** The whole procedure: channels with time and fee, the document checklist, steps, conditions, legal basis… */
export function renderProcedureDetail(view: DetailView): TemplateResult {
  const { t, procedure } = view;
  // Only an absolute http(s) URL from the catalogue becomes a link: never `javascript:` or `data:`.
  const applyUrl = procedure.onlineLevel === 'none' ? null : httpUrl(procedure.onlineSubmissionUrl);
  return html`<article class="detail" part="detail" aria-labelledby="hcc-detail-title">
    <header class="detail-header">
      <h2 id="hcc-detail-title" class="detail-title" tabindex="-1">${procedure.name}</h2>
      <p class="result-meta">
        <span class="code">${t('results.code')}: ${procedure.code}</span>
        ${procedure.fields.length ? html`<span>${t('filter.field')}: ${procedure.fields.join(', ')}</span>` : nothing}
        <span>${t('filter.level')}: ${procedure.levels.map((level) => t(`level.${level}`)).join(', ')}</span>
        ${renderOnlineBadge(t, procedure)}
      </p>
      ${procedure.sampleData ? html`<p class="notice">${t('detail.sample')}</p>` : nothing}
      ${
        applyUrl
          ? html`<p><a class="button apply" part="apply-button" href=${applyUrl} target="_blank" rel="noopener noreferrer">
            ${externalIcon}<span>${t('detail.apply')}</span><span class="visually-hidden">${t('detail.applyNote')}</span>
          </a></p>`
          : nothing
      }
    </header>
    ${renderChannels(view)} ${renderDocuments(view)}
    ${listSection(
      view,
      'steps',
      'detail.steps',
      procedure.steps.map((step) =>
        step.name ? html`<strong>${step.name}:</strong> ${step.description}` : step.description,
      ),
      true,
    )}
    ${
      procedure.conditions.length
        ? listSection(view, 'conditions', 'detail.conditions', procedure.conditions)
        : section('conditions', t('detail.conditions'), html`<p>${t('detail.noConditions')}</p>`)
    }
    ${listSection(
      view,
      'legal',
      'detail.legalBasis',
      procedure.legalBasis.map((basis) => (basis.code ? `${basis.code} — ${basis.name}` : basis.name)),
    )}
    ${listSection(view, 'results', 'detail.results', procedure.results)}
    ${listSection(view, 'agencies', 'detail.agencies', procedure.executingAgencies)}
    ${listSection(view, 'places', 'detail.places', procedure.receivingPlaces)}
  </article>`;
}
