import { isHccError } from '@hcc/sdk';

/**
 * Why a look-up failed, as the tracker explains it. An unknown code and a wrong verifier are one and the same
 * `not-found`: the API does not tell them apart, and neither may the widget.
 */
export type LookupFailure =
  | { kind: 'not-found' }
  /** `waitMinutes`: as the server's `Retry-After` says, or 0 when it does not say. */
  | { kind: 'locked'; waitMinutes: number }
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'unavailable' }
  | { kind: 'invalid' }
  | { kind: 'unexpected' };

/**
 * Classifies what a dossier look-up rejected with. `online` is the browser's `navigator.onLine`, which tells a
 * device without a connection from a server that did not answer.
 */
export function classifyLookupFailure(error: unknown, online: boolean): LookupFailure {
  if (!isHccError(error)) return { kind: 'unexpected' };
  if (error.kind === 'network' || error.kind === 'timeout') return { kind: online ? 'network' : 'offline' };
  if (error.kind !== 'http') return { kind: 'unexpected' };
  switch (error.status) {
    case 404:
      return { kind: 'not-found' };
    case 429:
      return { kind: 'locked', waitMinutes: minutesToWait(error.retryAfterSeconds ?? error.problem?.retryAfter) };
    case 400:
      return { kind: 'invalid' };
    case 502:
    case 503:
    case 504:
      return { kind: 'unavailable' };
    default:
      return { kind: 'unexpected' };
  }
}

/** Whether trying again with the same input can help (so the form keeps it and offers "Try again"). */
export function canRetry(failure: LookupFailure): boolean {
  return !['not-found', 'locked', 'invalid'].includes(failure.kind);
}

// Whole minutes, rounded up and at least 1: "try again in 0 minutes" would invite a retry that the server still
// refuses. 0 when the server did not say (or said nonsense): the message then says "in a few minutes".
function minutesToWait(seconds: number | undefined): number {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return 0;
  return Math.max(1, Math.ceil(seconds / 60));
}
