import { type ApiResponse, call as callApi } from '@hcc/conformance';

export type { ApiResponse };

/** Where the tests call the mock: any origin + `/api/v1` is intercepted. */
export const BASE = 'http://hcc.test/api/v1';

/**
 * Calls the mock (at {@link BASE} unless told otherwise) with the conformance suite's `call`, which checks the answer
 * against `openapi.yaml` before the test sees it, so every response in the tests is a contract test too.
 */
// biome-ignore lint/suspicious/noExplicitAny: bodies are validated against openapi.yaml before tests read them
export function call<T = any>(
  method: 'GET' | 'POST',
  path: string,
  init: { headers?: Record<string, string>; body?: unknown; base?: string } = {},
): Promise<ApiResponse<T>> {
  const { base = BASE, ...request } = init;
  return callApi<T>(base, method, path, request);
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
