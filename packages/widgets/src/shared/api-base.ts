import { type HccClient, createClient } from '@hcc/sdk';

/** An `api-base` read as a URL, or the reason it cannot be used, worded for the webmaster who set it. */
export type ApiBaseResult = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Reads an `api-base` attribute: an absolute `http(s)` URL, or a path from the page's origin (`/api/v1`). A bare host
 * (`api.example.gov.vn/api/v1`) is refused with the fix spelled out, because the browser would read it as a path.
 */
export function parseApiBase(
  value: string | null | undefined,
  tag: string,
  pageUrl: string = document.baseURI,
): ApiBaseResult {
  const example = `<${tag} api-base="https://dichvucong.bacninh.gov.vn/api/v1">`;
  const raw = value?.trim() ?? '';
  if (raw === '') {
    return { ok: false, problem: `<${tag}>: the "api-base" attribute is missing. Set it to the API's URL: ${example}` };
  }
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(raw);
  if (!absolute && !raw.startsWith('/')) {
    return {
      ok: false,
      problem: `<${tag}>: api-base="${raw}" is not a URL. Write it in full, with https:// (${example}), or as a path from this site's root ("/api/v1").`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { ok: false, problem: `<${tag}>: api-base="${raw}" is not a valid URL. Example: ${example}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: `<${tag}>: api-base="${raw}" must be an http(s) URL. Example: ${example}` };
  }
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}

const clients = new Map<string, HccClient>();

/** The SDK client for one API base URL, created once and shared by every widget on the page that uses it. */
export function clientFor(baseUrl: string): HccClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createClient({ baseUrl, fetch: (request) => globalThis.fetch(request) });
    clients.set(baseUrl, client);
  }
  return client;
}
