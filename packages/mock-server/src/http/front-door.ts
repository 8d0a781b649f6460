import { contentTooLarge, invalidInput, methodNotAllowed, notFound, problemResponse } from './problems.js';
import { allowedMethods, matchRoute } from './routes.js';

/** The largest request body any endpoint takes; a longer one answers `413` and is not read further. */
export const BODY_LIMIT_BYTES = 64 * 1024;

const PREFLIGHT_HEADERS = 'Content-Type, X-Verifier, Idempotency-Key';

/** What the front door decided: answer now, answer like `GET` without a body, or let the endpoint answer. */
export type FrontDoorDecision = { answer: Response } | { head: true } | { pass: true };

export interface FrontDoorRequest {
  method: string;
  /** The path after the API base (`/procedures/1.001193`), still percent-encoded. */
  path: string;
  headers: { get(name: string): string | null };
}

/** The headers a pre-flight asked for when they are a plain list of names, else the ones the API reads. */
const preflightHeaders = (requested: string | null) =>
  requested && /^[\w-]+(?:\s*,\s*[\w-]+)*$/.test(requested.trim()) ? requested.trim() : PREFLIGHT_HEADERS;

const decodes = (segment: string) => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

/**
 * The rules every request meets before an endpoint sees it, the same in MSW (Node tests, the browser) and in
 * `hcc-mock-server`: a malformed path answers `400`, an unknown one `404`, a known one with another method `405`
 * with `Allow`; `OPTIONS` is the CORS pre-flight, `HEAD` answers like `GET`; a declared body over 64 kB `413`.
 */
export function frontDoor({ method, path, headers }: FrontDoorRequest): FrontDoorDecision {
  if (!path.split('/').every(decodes)) {
    return {
      answer: problemResponse(
        invalidInput([{ in: 'path', name: 'path', detail: 'có mã thoát phần trăm (%XX) không hợp lệ' }]),
      ),
    };
  }
  const route = matchRoute(path);
  if (!route) return { answer: problemResponse(notFound('resource', 'Không có tài nguyên này trong API.')) };
  const allow = allowedMethods(route);
  if (method === 'OPTIONS') {
    return {
      answer: new Response(null, {
        status: 204,
        headers: {
          Allow: allow.join(', '),
          'Access-Control-Allow-Methods': allow.join(', '),
          'Access-Control-Allow-Headers': preflightHeaders(headers.get('access-control-request-headers')),
          'Access-Control-Max-Age': '600',
        },
      }),
    };
  }
  if (!allow.includes(method)) {
    return { answer: problemResponse(methodNotAllowed(method, allow), { Allow: allow.join(', ') }) };
  }
  if (Number(headers.get('content-length') ?? 0) > BODY_LIMIT_BYTES) {
    return { answer: problemResponse(contentTooLarge(BODY_LIMIT_BYTES)) };
  }
  return method === 'HEAD' ? { head: true } : { pass: true };
}
