import type { DossierStep } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { formatDateTime } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import type { TrackerTranslate } from './dossier-tracker.strings.js';
import { type TimelineItem, buildTimeline } from './timeline.js';
import { stepIcons } from './tracker-icons.js';

/**
 * The processing steps as an ordered list. The current step carries `aria-current="step"`; every step starts with
 * its state in words ("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện") for screen readers, shown as a marker.
 */
export function renderTimeline(steps: readonly DossierStep[], t: TrackerTranslate, locale: Locale): TemplateResult {
  const timeline = buildTimeline(steps);
  return html`<section class="timeline-section" aria-labelledby="timeline-heading">
    <h4 id="timeline-heading">${t('timeline.heading')}</h4>
    ${
      timeline.items.length === 0
        ? html`<p class="muted">${t('timeline.empty')}</p>`
        : html`<p class="muted">${t('timeline.progress', { done: timeline.doneCount, count: timeline.items.length })}</p>
          <ol class="timeline" part="timeline">
            ${timeline.items.map((item) => renderStep(item, t, locale))}
          </ol>`
    }
  </section>`;
}

function renderStep(item: TimelineItem, t: TrackerTranslate, locale: Locale): TemplateResult {
  return html`<li class="step ${item.state}" part="step step-${item.state}" aria-current=${item.state === 'current' ? 'step' : 'false'}>
    <span class="step-marker">${stepIcons[item.state]}</span>
    <div class="step-body">
      <p class="step-name">
        <span class="step-state">${t(`timeline.${item.state}`)}<span class="visually-hidden">: </span></span>
        <span lang="vi">${item.name}</span>
      </p>
      <p class="step-unit" lang="vi">${item.unit}</p>
      ${
        item.date
          ? html`<p class="step-date">
              ${t(item.state === 'done' ? 'timeline.finished-at' : 'timeline.started-at', { date: formatDateTime(item.date, locale) })}
            </p>`
          : nothing
      }
    </div>
  </li>`;
}
