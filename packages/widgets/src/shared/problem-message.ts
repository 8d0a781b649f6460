import { isHccError } from '@hcc/sdk';
import type { HccErrorDetail } from './events.js';
import type { Translate } from './i18n.js';
import type { SharedStringKey } from './shared.strings.js';

/** What to tell the citizen about a failed call. */
export interface ErrorDescription {
  /** The error's kind, as `hcc-error` reports it. */
  kind: HccErrorDetail['kind'];
  /** HTTP status, for `http`. */
  status?: number;
  /** One or two sentences in the widget's language: what happened and what to do. */
  message: string;
  /** True when the device seems to be offline: the widget shows its offline state instead of an error. */
  offline: boolean;
}

/** True when the browser says it has no network, or a request never reached a server. */
export function looksOffline(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return isHccError(error) && error.kind === 'network';
}

/**
 * Turns any failure into a message in the current language. The server's problem titles are Vietnamese only and
 * written for developers, so the widget words its own messages from the status and the `Retry-After` wait.
 */
export function describeError(error: unknown, t: Translate<SharedStringKey>): ErrorDescription {
  const offline = looksOffline(error);
  if (!isHccError(error)) return { kind: 'unknown', message: t('error.unknown'), offline };
  switch (error.kind) {
    case 'network':
      return { kind: 'network', message: t('offline.detail'), offline: true };
    case 'timeout':
      return { kind: 'timeout', message: t('error.timeout'), offline };
    case 'aborted':
      return { kind: 'unknown', message: t('error.unknown'), offline };
    case 'http':
      return {
        kind: 'http',
        status: error.status,
        message: httpMessage(error.status ?? 0, waitSeconds(error), t),
        offline,
      };
  }
}

function waitSeconds(error: { retryAfterSeconds: number | undefined; problem?: { retryAfter?: number } | undefined }) {
  const seconds = error.retryAfterSeconds ?? error.problem?.retryAfter;
  return seconds !== undefined && seconds > 0 ? Math.ceil(seconds) : undefined;
}

function httpMessage(status: number, wait: number | undefined, t: Translate<SharedStringKey>): string {
  if (status === 404) return t('error.notFound');
  if (status === 429) return wait ? t('error.tooManyRequestsWait', { count: wait }) : t('error.tooManyRequests');
  if (status === 503 || status === 502 || status === 504) {
    return wait ? t('error.unavailableWait', { count: wait }) : t('error.unavailable');
  }
  if (status === 400 || status === 422) return t('error.invalid');
  if (status >= 500) return t('error.server');
  return t('error.unknown');
}
