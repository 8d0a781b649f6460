import type { Problem } from './types.js';

/** Why a call failed: the server answered with an error, the network failed, the call timed out or was aborted. */
export type HccErrorKind = 'http' | 'network' | 'timeout' | 'aborted';

export interface HccErrorInit {
  kind: HccErrorKind;
  method: string;
  url: string;
  status?: number;
  problem?: Problem;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The one error every SDK call rejects with. For `kind: 'http'` it carries the server's RFC 9457 problem document,
 * so integrators never parse response bodies themselves.
 */
export class HccError extends Error {
  override readonly name = 'HccError';
  readonly kind: HccErrorKind;
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request. */
  readonly url: string;
  /** The HTTP status, for `kind: 'http'`. */
  readonly status: number | undefined;
  /** The problem document, for `kind: 'http'`. */
  readonly problem: Problem | undefined;
  /** Seconds the server asked to wait (`Retry-After`), where it did. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: HccErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** True for an {@link HccError}, also across bundles that each carry their own copy of the class. */
export function isHccError(value: unknown): value is HccError {
  return value instanceof HccError || (value instanceof Error && value.name === 'HccError' && 'kind' in value);
}

function describe({ kind, method, url, status, problem }: HccErrorInit): string {
  const what = `${method} ${url}`;
  switch (kind) {
    case 'http':
      return `${what} failed with ${status}${problem?.title ? `: ${problem.title}` : ''}${problem?.detail ? ` (${problem.detail})` : ''}`;
    case 'network':
      return `${what} failed: the network request did not complete`;
    case 'timeout':
      return `${what} timed out`;
    case 'aborted':
      return `${what} was aborted`;
  }
}

/**
 * The problem `type` of a success status whose body is not valid JSON (a captive portal, a proxy's HTML page, a
 * truncated answer). Reported as `kind: 'http'` with status 502 (the status received is in the problem's `detail`),
 * and not retried by the SDK: the server did answer.
 */
export const invalidResponseType = 'urn:hcc:problem:invalid-response';

/**
 * Turns an error body into a problem document. Servers that answer with something else (an HTML error page from a
 * proxy, say) still give a usable problem built from the status.
 */
export function toProblem(body: unknown, status: number, statusText: string): Problem {
  if (body && typeof body === 'object' && typeof (body as Problem).title === 'string') {
    const problem = body as Problem;
    return { ...problem, type: problem.type ?? 'about:blank', status: problem.status ?? status };
  }
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
}
