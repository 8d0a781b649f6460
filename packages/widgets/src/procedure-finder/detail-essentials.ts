import type { Procedure } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import { externalIcon } from './detail-icons.js';
import { httpUrl } from '../shared/safe-url.js';
import type { FinderTranslate } from './procedure-finder.strings.js';
import { formatDuration } from './processing-time.js';

/** "Miễn phí", one amount, or the lowest to the highest when the channels differ. */
function feeSummary(procedure: Procedure, t: FinderTranslate, locale: Locale): string {
  const totals = procedure.channels.map((channel) => channel.fees.reduce((sum, fee) => sum + fee.amount, 0));
  if (totals.length === 0) return t('free');
  const low = Math.min(...totals);
  const high = Math.max(...totals);
  if (low === high) return formatMoney(low, locale, t('free'));
  return t('detail.feeRange', { low: formatMoney(low, locale, t('free')), high: formatMoney(high, locale, t('free')) });
}

/**
 * What a citizen needs before anything else, at the top of the detail: where to apply, how long it takes, how much
 * it costs, and the online-submission link when the procedure has one. The sections below give the details.
 */
export function renderEssentials(procedure: Procedure, t: FinderTranslate, locale: Locale): TemplateResult {
  // Only an absolute http(s) URL from the catalogue becomes a link: never `javascript:` or `data:`.
  const applyUrl = procedure.onlineLevel === 'none' ? null : httpUrl(procedure.onlineSubmissionUrl);
  const places = procedure.receivingPlaces.length ? procedure.receivingPlaces : procedure.executingAgencies;
  return html`<section class="essentials" aria-labelledby="hcc-essentials">
    <h3 id="hcc-essentials" class="visually-hidden">${t('detail.essentials')}</h3>
    <dl class="facts">
      <div>
        <dt>${t('detail.where')}</dt>
        <dd>
          ${procedure.channels.map((channel) => t(`channel.${channel.channel}`)).join(', ')}
          ${places.length ? html`<ul class="plain places" lang="vi">${places.map((place) => html`<li>${place}</li>`)}</ul>` : nothing}
        </dd>
      </div>
      <div><dt>${t('results.time')}</dt><dd>${formatDuration(procedure.processingTime, t)}</dd></div>
      <div><dt>${t('detail.fees')}</dt><dd>${feeSummary(procedure, t, locale)}</dd></div>
    </dl>
    ${
      applyUrl
        ? html`<p><a class="button apply" part="apply-button" href=${applyUrl} target="_blank" rel="noopener noreferrer">
          ${externalIcon}<span>${t('detail.apply')}</span><span class="visually-hidden">${t('detail.applyNote')}</span>
        </a></p>`
        : nothing
    }
  </section>`;
}
