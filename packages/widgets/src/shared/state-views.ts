import { type TemplateResult, css, html, nothing } from 'lit';
import type { FetchController } from './fetch-controller.js';
import type { Translate } from './i18n.js';
import { alertIcon, emptyIcon, offlineIcon, retryIcon } from './icons.js';
import { describeError } from './problem-message.js';
import type { SharedStringKey } from './shared.strings.js';

/**
 * The loading indicator. Renders nothing until `visible` (the fetch has taken longer than the spinner delay), then
 * a spinner with a text that screen readers read (`role="status"`).
 */
export function renderLoading(t: Translate<SharedStringKey>, visible: boolean): TemplateResult | typeof nothing {
  if (!visible) return nothing;
  return html`<div class="state loading" part="state loading" role="status">
    <span class="spinner" aria-hidden="true"></span><span>${t('loading')}</span>
  </div>`;
}

/** The error state: the human message for `error` and a retry button. */
export function renderError(t: Translate<SharedStringKey>, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <p class="state-title">${alertIcon}<span>${t('error.title')}</span></p>
    <p class="state-message">${describeError(error, t).message}</p>
    <button type="button" class="button secondary retry" part="retry-button" @click=${onRetry}>
      ${retryIcon}<span>${t('retry')}</span>
    </button>
  </div>`;
}

/** The offline state, with a retry button (the widget also retries by itself when the network returns). */
export function renderOffline(t: Translate<SharedStringKey>, onRetry: () => void): TemplateResult {
  return html`<div class="state offline" part="state offline" role="alert">
    <p class="state-title">${offlineIcon}<span>${t('offline.title')}</span></p>
    <p class="state-message">${t('offline.detail')}</p>
    <button type="button" class="button secondary retry" part="retry-button" @click=${onRetry}>
      ${retryIcon}<span>${t('retry')}</span>
    </button>
  </div>`;
}

/** The empty state: a title and, optionally, what to try next. */
export function renderEmpty(title: string, hint?: TemplateResult | string): TemplateResult {
  return html`<div class="state empty" part="state empty">
    <p class="state-title">${emptyIcon}<span>${title}</span></p>
    ${hint ? html`<div class="state-message">${hint}</div>` : nothing}
  </div>`;
}

/** A widget misconfigured by the page (no `api-base`): a message for the citizen; the details are in the console. */
export function renderConfigError(t: Translate<SharedStringKey>): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <p class="state-title">${alertIcon}<span>${t('error.config')}</span></p>
  </div>`;
}

/**
 * The loading, error and offline states of one fetch, or `nothing` when it has data (or is empty: the widget words
 * its own empty state).
 */
export function renderFetchState(
  t: Translate<SharedStringKey>,
  fetch: Pick<FetchController<unknown>, 'status' | 'showSpinner' | 'error' | 'retry'>,
): TemplateResult | typeof nothing {
  switch (fetch.status) {
    case 'loading':
      return renderLoading(t, fetch.showSpinner);
    case 'error':
      return renderError(t, fetch.error, () => void fetch.retry());
    case 'offline':
      return renderOffline(t, () => void fetch.retry());
    default:
      return nothing;
  }
}

/** Styles of the state views. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state.loading {
    flex-direction: row;
    align-items: center;
    border-style: dashed;
  }
  .state.error,
  .state.offline {
    border-inline-start: 0.3em solid var(--_danger);
  }
  .state-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
  }
  .state.error .state-title {
    color: var(--_danger);
  }
  .state-message {
    color: var(--_text);
  }
  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 0.2em solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: hcc-spin 0.8s linear infinite;
  }
  @keyframes hcc-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
