import { assertConforms } from './assert-conforms.js';

// biome-ignore lint/suspicious/noExplicitAny: bodies are validated against openapi.yaml before tests read them
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Calls an API at `base` and checks the answer against `openapi.yaml` before the test sees it, so every response
 * in the tests is a contract test too.
 */
// biome-ignore lint/suspicious/noExplicitAny: as above
export async function call<T = any>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const { body, headers = {} } = init;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.clone().text();
  const parsed = await assertConforms(method, path.split('?')[0] as string, response);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}
