import { getResponse, http, type RequestHandler } from 'msw';
import { clientOf, tagClient } from '../http/client-id.js';
import { frontDoor } from '../http/front-door.js';

/** `*\/api/v1` → a pattern for the request URL's origin and path; `rest` is the path after the base. */
function basePattern(baseUrl: string, capture: boolean): RegExp {
  const base = baseUrl.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*?');
  // No capturing group in the pattern MSW matches: MSW decodes captured groups, which throws on a bad escape.
  return new RegExp(`^${base}${capture ? '(?<rest>/.*)?' : '(?:/.*)?'}$`);
}

/**
 * First in the list, so a malformed path never reaches MSW's own path matching: answers what {@link frontDoor}
 * decides, answers `HEAD` with the `GET` answer's status and headers, and lets every other request through.
 */
export function frontDoorHandler(baseUrl: string, handlers: () => RequestHandler[]): RequestHandler {
  const withRest = basePattern(baseUrl, true);
  return http.all(basePattern(baseUrl, false), async ({ request }) => {
    const { origin, pathname } = new URL(request.url);
    const path = withRest.exec(origin + pathname)?.groups?.rest ?? '';
    const decision = frontDoor({ method: request.method, path, headers: request.headers });
    if ('answer' in decision) return decision.answer;
    if ('pass' in decision) return undefined;
    const asGet = tagClient(
      new Request(request.url, { method: 'GET', headers: request.headers, signal: request.signal }),
      clientOf(request),
    );
    const response = await getResponse(handlers(), asGet);
    if (!response || response.type === 'error') return response;
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}
