import type { Dossier } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { formatDateTime } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import { retryIcon } from '../shared/icons.js';
import { renderSummary } from './dossier-summary.js';
import { renderTimeline } from './dossier-timeline.js';
import type { TrackerTranslate } from './dossier-tracker.strings.js';
import type { RatingTarget } from './rating-invitation.js';
import { starIcon } from './tracker-icons.js';

/** What the result view shows and what its buttons do. */
export interface DossierResultProps {
  dossier: Dossier;
  t: TrackerTranslate;
  locale: Locale;
  /** When the dossier was fetched. */
  checkedAt: Date;
  /** Minutes between automatic refreshes, or `null` without polling. */
  pollMinutes: number | null;
  /** Where the rating invitation leads; `null` shows none (only a finished, unrated dossier has one). */
  ratingTarget: RatingTarget;
  onCheckAgain: () => void;
  onRate: (survey: HTMLElement) => void;
}

/**
 * The dossier found: a heading that takes focus after a look-up, the summary, the invitation to rate, the timeline
 * and "Kiểm tra lại" with the time of the last check.
 */
export function renderDossierResult(props: DossierResultProps): TemplateResult {
  const { dossier, t } = props;
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <h3 id="result-heading" tabindex="-1">${t('result.heading', { code: dossier.code })}</h3>
    ${renderSummary(dossier, t, props.locale)} ${renderRatingInvitation(props)} ${renderTimeline(dossier.steps, t, props.locale)}
    <div class="actions">
      <button type="button" class="button secondary" part="check-again-button" @click=${props.onCheckAgain}>
        ${retryIcon}<span>${t('actions.check-again')}</span>
      </button>
      <p class="muted">
        ${t('actions.checked-at', { time: formatDateTime(props.checkedAt, props.locale) })}
        ${props.pollMinutes === null ? nothing : html`<br />${t('actions.polling', { count: props.pollMinutes })}`}
      </p>
    </div>
  </section>`;
}

function renderRatingInvitation({
  t,
  ratingTarget: target,
  onRate,
}: DossierResultProps): TemplateResult | typeof nothing {
  if (!target) return nothing;
  const label = html`${starIcon}<span>${t('rate.action')}</span>`;
  return html`<div class="rate" part="rate-invitation">
    <p>${t('rate.invitation')}</p>
    ${
      typeof target === 'string'
        ? html`<a class="button" href=${target}>${label}</a>`
        : html`<button type="button" class="button" @click=${() => onRate(target)}>${label}</button>`
    }
  </div>`;
}
