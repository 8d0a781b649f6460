import { assertConforms } from './contract.js';

/** Where the tests call the mock: any origin + `/api/v1` is intercepted. */
export const BASE = 'http://hcc.test/api/v1';

// biome-ignore lint/suspicious/noExplicitAny: bodies are validated against openapi.yaml before tests read them
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Calls the mock and checks the answer against `openapi.yaml` before the test sees it, so every response in the
 * tests is a contract test too.
 */
// biome-ignore lint/suspicious/noExplicitAny: as above
export async function call<T = any>(
  method: 'GET' | 'POST',
  path: string,
  init: { headers?: Record<string, string>; body?: unknown; base?: string } = {},
): Promise<ApiResponse<T>> {
  const { body, headers = {}, base = BASE } = init;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.clone().text();
  const parsed = await assertConforms(method, path.split('?')[0] as string, response);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** A fixed clock: 25 November 2026, 10:00 in Vietnam — the data and every date in the tests follow from it. */
export function testClock(start = '2026-11-25T10:00:00+07:00') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}
