import type { HccClient } from '@hcc/sdk';
import { clientFor, parseApiBase } from './api-base.js';

/** The `<meta name="hcc-api-base" content="/api/v1">` that gives every widget on the page its API. */
export const PAGE_API_BASE_META = 'hcc-api-base';

let pageClient: HccClient | undefined;
const listeners = new Set<() => void>();

/**
 * Sets the SDK client every widget on the page uses when it has neither a `client` property nor an `api-base`
 * attribute (`undefined` removes it). Widgets already on the page switch to it.
 *
 * @example
 * ```ts
 * import { createClient } from '@hcc/sdk';
 * import { setDefaultClient } from '@hcc/widgets';
 * setDefaultClient(createClient({ baseUrl: '/api/v1', headers: { 'X-Portal': 'bac-ninh' } }));
 * ```
 */
export function setDefaultClient(client: HccClient | undefined): void {
  pageClient = client;
  for (const notify of listeners) notify();
}

/** Calls `listener` when the page-wide client changes; returns the function that stops listening. */
export function onDefaultClientChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where a widget's client came from. */
export type ClientSource = 'client' | 'api-base' | 'page';

/**
 * The client a widget uses, and where it came from; or, when there is none, `client` is undefined and `problem` says
 * what to fix. `problem` is also set when a usable client was found despite a malformed `api-base` (the page's
 * default then stands in). `baseUrl` is the API's URL when the client was made from one (`api-base` or the page's
 * `<meta>`), for what must be stored and sent later, such as the survey's outbox.
 */
export type ClientResolution =
  | { client: HccClient; source: ClientSource; baseUrl?: string | undefined; problem?: string | undefined }
  | { client: undefined; source?: undefined; baseUrl?: undefined; problem: string };

/** What a widget knows about its API: the `client` property, the `api-base` attribute, and its tag for messages. */
export interface ClientRequest {
  client?: HccClient | undefined;
  apiBase?: string | null | undefined;
  tag: string;
}

/**
 * The one way every widget, and every request it makes, gets its SDK client: the `client` property, else the
 * `api-base` attribute (one shared client per URL), else the page-wide default ({@link setDefaultClient}, then
 * `<meta name="hcc-api-base">`).
 */
export function resolveClient({ client, apiBase, tag }: ClientRequest): ClientResolution {
  const own = apiBase?.trim() ? parseApiBase(apiBase, tag) : undefined;
  // The client property wins without a word about api-base; its URL, when usable, is still the one to store.
  if (client) return { client, source: 'client', baseUrl: own?.ok ? own.url : undefined };
  if (own?.ok) return { client: clientFor(own.url), source: 'api-base', baseUrl: own.url };
  const page = pageDefault(tag);
  if (page.client) return { client: page.client, source: 'page', baseUrl: page.baseUrl, problem: own?.problem };
  return { client: undefined, problem: own?.problem ?? page.problem ?? missingApiBase(tag) };
}

/** The page-wide client, or why the page's `<meta name="hcc-api-base">` cannot be used. */
function pageDefault(tag: string): { client?: HccClient; baseUrl?: string; problem?: string } {
  if (pageClient) return { client: pageClient };
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${PAGE_API_BASE_META}"]`);
  if (!meta) return {};
  const parsed = parseApiBase(meta.content, tag);
  if (parsed.ok) return { client: clientFor(parsed.url), baseUrl: parsed.url };
  return { problem: `${parsed.problem} (read from <meta name="${PAGE_API_BASE_META}" content="${meta.content}">)` };
}

function missingApiBase(tag: string): string {
  const problem = parseApiBase(undefined, tag);
  const base = problem.ok ? '' : problem.problem;
  return `${base} Or give every widget on the page the same API with <meta name="${PAGE_API_BASE_META}" content="/api/v1">, or give this one an SDK client: element.client = createClient({ baseUrl }).`;
}
