import { type TemplateResult, html, nothing } from 'lit';
import { alertIcon, offlineIcon, retryIcon } from '../shared/icons.js';
import type { TrackerTranslate } from './dossier-tracker.strings.js';
import { type LookupFailure, canRetry } from './lookup-failure.js';
import { failureText } from './tracker-messages.js';

/**
 * Why the look-up failed, read out at once (`role="alert"`), with "Thử lại" when trying again can help. The form
 * above keeps what was typed.
 */
export function renderFailure(failure: LookupFailure, t: TrackerTranslate, onRetry: () => void): TemplateResult {
  const kind = failure.kind === 'offline' ? 'offline' : 'error';
  return html`<div class="state ${kind}" part="state ${kind}" role="alert">
    <p class="state-title">${kind === 'offline' ? offlineIcon : alertIcon}<span>${failureText(failure, t)}</span></p>
    ${
      canRetry(failure)
        ? html`<button type="button" class="button secondary" part="retry-button" @click=${onRetry}>
            ${retryIcon}<span>${t('retry')}</span>
          </button>`
        : nothing
    }
  </div>`;
}
