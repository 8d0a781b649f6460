import type { HccErrorDetail } from './events.js';
import { type Failure, classifyFailure } from './failure.js';
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
  return classifyFailure(error).offline;
}

/**
 * Turns any failure into a message in the current language. The server's problem titles are Vietnamese only and
 * written for developers, so the widget words its own messages from the status and the `Retry-After` wait.
 */
export function describeError(error: unknown, t: Translate<SharedStringKey>): ErrorDescription {
  const failure = classifyFailure(error);
  const description: ErrorDescription = {
    kind: failure.reported,
    message: messageFor(failure, t),
    offline: failure.offline,
  };
  if (failure.status !== undefined) description.status = failure.status;
  return description;
}

function messageFor(failure: Failure, t: Translate<SharedStringKey>): string {
  const wait = failure.waitSeconds ? Math.ceil(failure.waitSeconds) : undefined;
  switch (failure.kind) {
    case 'network':
      return t('offline.detail');
    case 'timeout':
      return t('error.timeout');
    case 'not-found':
      return t('error.notFound');
    case 'too-many-requests':
      return wait ? t('error.tooManyRequestsWait', { count: wait }) : t('error.tooManyRequests');
    case 'unavailable':
      return wait ? t('error.unavailableWait', { count: wait }) : t('error.unavailable');
    case 'invalid':
      return t('error.invalid');
    case 'server':
      return t('error.server');
    case 'unknown':
      return t('error.unknown');
  }
}
