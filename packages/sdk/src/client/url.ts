/**
 * The URL of a call: `{name}` segments of the path filled in and encoded, and the query's defined values in name
 * order, so the same parameters in any order give the same URL (and share one request).
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  pathParams: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name])));
  const search = new URLSearchParams();
  for (const name of Object.keys(query).sort()) {
    const value = query[name];
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const queryString = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${filled}${queryString ? `?${queryString}` : ''}`;
}
