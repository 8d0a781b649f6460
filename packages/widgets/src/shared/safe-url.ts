/**
 * A URL from data as an absolute `http:` or `https:` address, or `null`. Every link and every JSON-LD URL the widgets
 * build from data goes through it, so `javascript:`, `data:`, `vbscript:` or any other scheme never becomes a link,
 * whatever its case or the spaces, tabs and control characters a browser would ignore in it (the URL parser strips
 * them exactly as the browser does before the scheme is checked). A relative URL is refused, unless `base` is given
 * to resolve it against (an integrator's attribute, read against the page).
 */
export function httpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
