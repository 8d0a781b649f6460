import { HccError, invalidResponseType, toProblem } from './errors.js';
import type { Exchange, Reply } from './pipeline.js';
import { parseRetryAfter } from './retry.js';

/**
 * Turns the final reply into the call's answer: the parsed JSON of a 2xx, or an `HccError` of kind `http` with the
 * problem document (built from the status when the body is not one).
 */
export function readAnswer<T>({ method, url }: Exchange, reply: Reply): T {
  const { status, statusText, headers, body } = reply;
  if (status >= 200 && status < 300) {
    if (status === 204) return undefined as T;
    try {
      return JSON.parse(body) as T;
    } catch (cause) {
      // 502, as a gateway reports an invalid answer from upstream: code that waits and retries 5xx does the right
      // thing (a rating behind a captive portal was not stored). The status received is in the detail.
      const problem = {
        type: invalidResponseType,
        title: 'Invalid response',
        status: 502,
        detail: `The server answered ${status} with a body that is not valid JSON.`,
      };
      throw new HccError({ kind: 'http', method, url, status: 502, problem, cause });
    }
  }
  const problem = toProblem(parseJson(body), status, statusText);
  const retryAfterSeconds = parseRetryAfter(headers.get('Retry-After')) ?? problem.retryAfter;
  throw new HccError({ kind: 'http', method, url, status, problem, retryAfterSeconds });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
