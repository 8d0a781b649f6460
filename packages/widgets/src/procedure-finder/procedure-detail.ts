import type { ChannelDetail, Procedure } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, formatMoney } from '../shared/format.js';
import type { Locale, Translate } from '../shared/i18n.js';
import { backIcon, checkIcon, externalIcon, printIcon } from '../shared/icons.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { documentKey } from './print-checklist.js';
import type { FinderStringKey } from './procedure-finder.strings.js';
import { renderOnlineBadge } from './result-list.js';

/** What the detail view shows and how it reports actions. */
export interface DetailView {
  t: Translate<FinderStringKey | SharedStringKey>;
  id: (name: string) => string;
  locale: Locale;
  procedure: Procedure;
  /** Keys (`case/document`) of the documents the citizen ticked. */
  ready: ReadonlySet<string>;
  onToggle: (key: string, ready: boolean) => void;
  onPrint: () => void;
}

/** Only http(s) links from the API become links: a `javascript:` URL in the data must never be clickable. */
export function safeExternalUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function feesText(view: DetailView, channel: ChannelDetail): TemplateResult {
  const { t, locale } = view;
  if (channel.fees.length === 0) return html`${t('free')}`;
  return html`<ul class="plain">
    ${channel.fees.map(
      (fee) =>
        html`<li>${t(`fee.${fee.kind}`)}: ${formatMoney(fee.amount, locale, t('free'))}${fee.description ? html` <span class="muted">(${fee.description})</span>` : nothing}</li>`,
    )}
  </ul>`;
}

function renderChannels(view: DetailView): TemplateResult {
  const { t, procedure } = view;
  return html`<section class="block" part="detail-section" aria-labelledby=${view.id('channels')}>
    <h3 id=${view.id('channels')}>${t('detail.channels')}</h3>
    <table class="channels">
        <thead>
          <tr><th scope="col">${t('detail.channel')}</th><th scope="col">${t('detail.time')}</th><th scope="col">${t('detail.fees')}</th></tr>
        </thead>
        <tbody>
          ${procedure.channels.map(
            (channel) => html`<tr>
              <th scope="row">${t(`channel.${channel.channel}`)}</th>
              <td>${formatDuration(channel.processingTime, t)}${channel.description ? html`<div class="muted">${channel.description}</div>` : nothing}</td>
              <td>${feesText(view, channel)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
  </section>`;
}

function renderDocuments(view: DetailView): TemplateResult {
  const { t, procedure, ready } = view;
  const total = procedure.cases.reduce((sum, procedureCase) => sum + procedureCase.documents.length, 0);
  const done = procedure.cases.reduce(
    (sum, procedureCase, caseIndex) =>
      sum + procedureCase.documents.filter((_, index) => ready.has(documentKey(caseIndex, index))).length,
    0,
  );
  return html`<section class="block" part="detail-section checklist" aria-labelledby=${view.id('documents')}>
    <h3 id=${view.id('documents')}>${t('detail.documents')}</h3>
    <p class="muted">${t('detail.documentsHint')}</p>
    ${procedure.cases.map(
      (procedureCase, caseIndex) => html`<fieldset class="case">
        ${procedureCase.name ? html`<legend>${t('detail.case', { name: procedureCase.name })}</legend>` : nothing}
        <ul class="documents">
          ${procedureCase.documents.map((document, index) => {
            const key = documentKey(caseIndex, index);
            const inputId = view.id(`doc-${caseIndex}-${index}`);
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
                  ${document.originals > 0 ? html`<span>${t('detail.originals', { count: document.originals })}</span>` : nothing}
                  ${document.copies > 0 ? html`<span>${t('detail.copies', { count: document.copies })}</span>` : nothing}
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
      <p class="prepared" aria-live="polite">${t('detail.prepared', { done, count: total })}</p>
      <button type="button" class="button secondary print" part="print-button" @click=${view.onPrint}>
        ${printIcon}<span>${t('detail.print')}</span>
      </button>
    </div>
  </section>`;
}

function renderList(
  view: DetailView,
  key: string,
  title: FinderStringKey,
  items: readonly (string | TemplateResult)[],
  ordered = false,
) {
  if (items.length === 0) return nothing;
  const list = items.map((item) => html`<li>${item}</li>`);
  return html`<section class="block" part="detail-section" aria-labelledby=${view.id(key)}>
    <h3 id=${view.id(key)}>${view.t(title)}</h3>
    ${ordered ? html`<ol class="steps">${list}</ol>` : html`<ul class="bullets">${list}</ul>`}
  </section>`;
}

/** The whole procedure: channels with time and fee, the document checklist, steps, conditions, legal basis… */
export function renderProcedureDetail(view: DetailView): TemplateResult {
  const { t, procedure } = view;
  const applyUrl = procedure.onlineLevel === 'none' ? undefined : safeExternalUrl(procedure.onlineSubmissionUrl);
  return html`<article class="detail" part="detail" aria-labelledby=${view.id('detail-title')}>
    <header class="detail-header">
      <h2 id=${view.id('detail-title')} class="detail-title" tabindex="-1">${procedure.name}</h2>
      <p class="result-meta">
        <span class="code">${t('detail.code', { code: procedure.code })}</span>
        ${procedure.fields.length ? html`<span>${t('detail.field')}: ${procedure.fields.join(', ')}</span>` : nothing}
        <span>${t('detail.level')}: ${procedure.levels.map((level) => t(`level.${level}`)).join(', ')}</span>
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
    ${renderList(
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
        ? renderList(view, 'conditions', 'detail.conditions', procedure.conditions)
        : html`<section class="block" part="detail-section" aria-labelledby=${view.id('conditions')}>
          <h3 id=${view.id('conditions')}>${t('detail.conditions')}</h3>
          <p>${t('detail.noConditions')}</p>
        </section>`
    }
    ${renderList(
      view,
      'legal',
      'detail.legalBasis',
      procedure.legalBasis.map((basis) => (basis.code ? `${basis.code} — ${basis.name}` : basis.name)),
    )}
    ${renderList(view, 'results', 'detail.results', procedure.results)}
    ${renderList(view, 'agencies', 'detail.agencies', procedure.executingAgencies)}
    ${renderList(view, 'places', 'detail.places', procedure.receivingPlaces)}
  </article>`;
}

/** What the detail view shows around the procedure. */
export interface DetailPanelView {
  t: DetailView['t'];
  /** Loading, error or offline while the procedure is fetched. */
  state: TemplateResult | typeof nothing;
  /** The procedure once loaded. */
  detail: DetailView | undefined;
  /** Back to the list: the button, or Escape anywhere in the view. */
  onBack: () => void;
}

/** The detail view: "back to the list", then the request's state or the procedure. */
export function renderDetailPanel(view: DetailPanelView): TemplateResult {
  return html`<div class="detail-view" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.onBack()}>
    <button type="button" class="button secondary back" part="back-button" @click=${() => view.onBack()}>
      ${backIcon}<span>${view.t('detail.back')}</span>
    </button>
    ${view.state}
    ${view.detail ? renderProcedureDetail(view.detail) : nothing}
  </div>`;
}
