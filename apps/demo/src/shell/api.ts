import { type HccClient, createClient } from '@hcc/sdk';

/**
 * The SDK client the demo pages use. Its fetch is looked up at each call, so requests go through the mock's service
 * worker however early the client was made.
 */
export function demoClient(apiBaseUrl: string): HccClient {
  return createClient({ baseUrl: apiBaseUrl, fetch: (request) => globalThis.fetch(request) });
}
