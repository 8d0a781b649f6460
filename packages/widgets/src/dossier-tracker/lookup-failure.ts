import { classifyFailure } from '../shared/failure.js';

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
 * What a dossier look-up rejected with, in the tracker's terms: the shared classification ({@link classifyFailure}),
 * with a 429 read as the lock on the code after too many attempts. `online` is the browser's `navigator.onLine`.
 */
export function classifyLookupFailure(error: unknown, online: boolean): LookupFailure {
  const failure = classifyFailure(error, online);
  switch (failure.kind) {
    case 'network':
    case 'timeout':
      return { kind: online ? 'network' : 'offline' };
    case 'not-found':
    case 'unavailable':
    case 'invalid':
      return { kind: failure.kind };
    case 'too-many-requests':
      return { kind: 'locked', waitMinutes: minutesToWait(failure.waitSeconds) };
    default:
      return { kind: 'unexpected' };
  }
}

/** Whether trying again with the same input can help (so the form keeps it and offers "Try again"). */
export function canRetry(failure: LookupFailure): boolean {
  return !['not-found', 'locked', 'invalid'].includes(failure.kind);
}

// Whole minutes, rounded up and at least 1: "try again in 0 minutes" would invite a retry that the server still
// refuses. 0 when the server did not say: the message then says "in a few minutes".
function minutesToWait(seconds: number | undefined): number {
  return seconds === undefined ? 0 : Math.max(1, Math.ceil(seconds / 60));
}
