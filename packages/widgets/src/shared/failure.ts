import { isHccError } from '@hcc/sdk';
import type { HccErrorDetail } from './events.js';

/** What went wrong with a call, in the terms every widget words its messages from. */
export type FailureKind =
  | 'network'
  | 'timeout'
  | 'not-found'
  | 'too-many-requests'
  | 'unavailable'
  | 'invalid'
  | 'server'
  | 'unknown';

/** A failed call, classified once for every widget. */
export interface Failure {
  kind: FailureKind;
  /** The kind `hcc-error` reports: `http`, `network`, `timeout` or `unknown`. */
  reported: HccErrorDetail['kind'];
  /** HTTP status, for answers from the server. */
  status?: number;
  /** Seconds the server asked to wait (`Retry-After`, or the problem's `retryAfter`), when it said. */
  waitSeconds?: number;
  /** True when the device seems to be offline: no network, or the request never reached a server. */
  offline: boolean;
}

/**
 * Classifies anything a call rejected with. `online` is the browser's `navigator.onLine`, which tells a device
 * without a connection from a server that did not answer.
 */
export function classifyFailure(
  error: unknown,
  online: boolean = typeof navigator === 'undefined' || navigator.onLine,
): Failure {
  if (!isHccError(error) || error.kind === 'aborted') return { kind: 'unknown', reported: 'unknown', offline: !online };
  if (error.kind === 'network') return { kind: 'network', reported: 'network', offline: true };
  if (error.kind === 'timeout') return { kind: 'timeout', reported: 'timeout', offline: !online };
  const failure: Failure = { kind: httpKind(error.status ?? 0), reported: 'http', offline: !online };
  if (error.status !== undefined) failure.status = error.status;
  const seconds = error.retryAfterSeconds ?? error.problem?.retryAfter;
  if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) failure.waitSeconds = seconds;
  return failure;
}

function httpKind(status: number): FailureKind {
  if (status === 404) return 'not-found';
  if (status === 429) return 'too-many-requests';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status === 400 || status === 422) return 'invalid';
  return status >= 500 ? 'server' : 'unknown';
}
