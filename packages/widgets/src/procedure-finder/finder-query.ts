import type { Audience, OnlineLevel, ProcedureLevel, ProcedureSearchParams } from '@hcc/sdk';
import { audiences, onlineLevels, procedureLevels } from '@hcc/sdk';

/** What the citizen asked for: the words typed and the filters chosen. */
export interface FinderQuery {
  q: string;
  field?: string;
  level?: ProcedureLevel;
  online?: OnlineLevel;
  audience?: Audience;
}

/** The filters a citizen can change, in the order they are shown. */
export const filterNames = ['field', 'level', 'online', 'audience'] as const;
export type FilterName = (typeof filterNames)[number];

/** The values of the filters that have a fixed list (any field id is a field). */
export const filterValues: {
  level: readonly ProcedureLevel[];
  online: readonly OnlineLevel[];
  audience: readonly Audience[];
} = {
  level: procedureLevels,
  online: onlineLevels,
  audience: audiences,
};

/** The query and the procedure open in the detail view: what a deep link holds. */
export interface FinderLocation {
  query: FinderQuery;
  /** The code of the procedure open in the detail view. */
  open?: string;
}

/** Page-URL parameter names, in Vietnamese like the rest of a Vietnamese site's addresses. */
export const urlKeys = {
  q: 'tim-kiem',
  field: 'linh-vuc',
  level: 'cap',
  online: 'truc-tuyen',
  audience: 'doi-tuong',
  open: 'thu-tuc',
} as const;

/** Drops empty filters and trims the words, so two queries that mean the same are written the same. */
export function normaliseQuery(query: FinderQuery): FinderQuery {
  const normal: FinderQuery = { q: query.q.trim() };
  for (const name of filterNames) if (query[name]) Object.assign(normal, { [name]: query[name] });
  return normal;
}

/** Whether two queries ask the same thing. */
export function sameQuery(a: FinderQuery, b: FinderQuery): boolean {
  return JSON.stringify(normaliseQuery(a)) === JSON.stringify(normaliseQuery(b));
}

/** The API parameters for one page of a query, within an agency's procedures when the page is an agency's site. */
export function toSearchParams(
  query: FinderQuery,
  page: { page: number; pageSize: number; agency?: string | undefined },
): ProcedureSearchParams {
  const { q, ...filters } = normaliseQuery(query);
  const params: ProcedureSearchParams = { ...filters, page: page.page, pageSize: page.pageSize };
  if (q) params.q = q;
  if (page.agency) params.agency = page.agency;
  return params;
}

/** Reads the finder's state from a page URL's query string; unknown filter values are ignored. */
export function readLocation(search: string): FinderLocation {
  const params = new URLSearchParams(search);
  const query: FinderQuery = { q: params.get(urlKeys.q)?.trim() ?? '' };
  for (const name of filterNames) {
    const value = params.get(urlKeys[name]);
    if (value && (name === 'field' || (filterValues[name] as readonly string[]).includes(value)))
      Object.assign(query, { [name]: value });
  }
  const open = params.get(urlKeys.open)?.trim();
  return open ? { query, open } : { query };
}

/** Writes the finder's state into a page URL, keeping the page's own parameters and hash. */
export function writeLocation(url: string, location: FinderLocation): string {
  const next = new URL(url);
  const values: Partial<Record<keyof typeof urlKeys, string>> = { ...normaliseQuery(location.query) };
  values.open = location.open;
  for (const [name, key] of Object.entries(urlKeys)) {
    const value = values[name as keyof typeof urlKeys];
    if (value) next.searchParams.set(key, value);
    else next.searchParams.delete(key);
  }
  return next.href;
}

/** A `page-size` the API accepts: a whole number from 1 to 100, else the default 10. */
export function clampPageSize(value: number): number {
  const size = Math.trunc(value);
  return Number.isFinite(size) && size >= 1 ? Math.min(size, 100) : 10;
}
