import type { Dossier } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { formatDate } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import { DATA, vietnamese, withData } from '../shared/vietnamese-data.js';
import type { TrackerTranslate } from './dossier-tracker.strings.js';
import { statusTone } from './status-presentation.js';
import { presentTimeliness } from './timeliness-presentation.js';
import { statusIcons, timelinessIcons } from './tracker-icons.js';
import { statusText, timelinessText } from './tracker-messages.js';

type T = TrackerTranslate;

/**
 * The dossier at a glance: its national status (words, icon and tone), the on-time line, and the facts from the
 * receipt. Text from the API is rendered as text, never as markup.
 */
export function renderSummary(dossier: Dossier, t: T, locale: Locale): TemplateResult {
  const date = (value: string) => formatDate(value, locale);
  return html`<div class="badges">${renderStatus(dossier, t, locale)} ${renderTimeliness(dossier, t, locale)}</div>
    <dl class="facts" part="facts">
      ${fact(t, 'procedure', vietnamese(dossier.procedure.name))} ${fact(t, 'agency', renderAgency(dossier, t))}
      ${fact(t, 'applicant', vietnamese(dossier.applicant.name))} ${fact(t, 'received', date(dossier.receivedAt))}
      ${fact(t, 'appointment', date(dossier.appointmentDate))}
      ${dossier.finishedAt ? fact(t, 'finished', date(dossier.finishedAt)) : nothing}
      ${dossier.returnedAt ? fact(t, 'returned', date(dossier.returnedAt)) : nothing}
    </dl>`;
}

function renderStatus(dossier: Dossier, t: T, locale: Locale): TemplateResult {
  const { key } = dossier.status;
  const tone = statusTone(key);
  // A status this widget does not know yet still shows, in the API's own words.
  return html`<p class="status tone-${tone ?? 'neutral'}" part="status">
    ${tone ? statusIcons[key] : nothing}
    <span><span class="visually-hidden">${t('result.status')}: </span>${tone ? statusText(key, t) : html`<span lang=${locale}>${dossier.status.label[locale]}</span>`}</span>
  </p>`;
}

function renderTimeliness(dossier: Dossier, t: T, locale: Locale): TemplateResult | typeof nothing {
  const timeliness = presentTimeliness(dossier);
  if (!timeliness) return nothing;
  const { supplement, movedDueDate } = timeliness;
  return html`<div class="timeliness tone-${timeliness.tone}" part="timeliness">
    <p class="timeliness-headline">
      ${timelinessIcons[timeliness.tone]}
      <span><span class="visually-hidden">${t('result.timeliness')}: </span>${timelinessText(timeliness, t)}</span>
    </p>
    ${timeliness.repeatedSupplement ? html`<p>${t('timeliness.repeated-supplement')}</p>` : nothing}
    ${supplement?.reason ? html`<p>${withData(t('timeliness.requested', { reason: DATA }), supplement.reason)}</p>` : nothing}
    ${
      supplement
        ? html`<p class="muted">${t('timeliness.requested-at', { date: formatDate(supplement.requestedAt, locale) })}</p>`
        : nothing
    }
    ${movedDueDate ? html`<p class="muted">${t('timeliness.moved-due-date', { date: formatDate(movedDueDate, locale) })}</p>` : nothing}
  </div>`;
}

function renderAgency(dossier: Dossier, t: T): TemplateResult | string {
  const { agency } = dossier;
  if (!agency.former) return vietnamese(agency.name);
  const note = agency.level === 'district' ? t('result.agency.former-district') : t('result.agency.former');
  return html`${vietnamese(agency.name)} <span class="former" part="former-agency">(${note})</span>`;
}

/** One fact from the receipt, named by `result.NAME`. */
function fact(
  t: T,
  name: 'procedure' | 'agency' | 'applicant' | 'received' | 'appointment' | 'finished' | 'returned',
  value: TemplateResult | string,
): TemplateResult {
  return html`<div class="fact"><dt>${t(`result.${name}`)}</dt><dd>${value}</dd></div>`;
}
