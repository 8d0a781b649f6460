import { audiences, onlineLevels, procedureLevels } from '../client/contract-values.js';
import type {
  Field,
  ProcedureSearchParams,
  ProcedureSearchResult,
  ProcedureSort,
  ProcedureSummary,
  TextRange,
} from '../client/types.js';
import { countFacet } from './facets.js';
import type { ProcedureIndex } from './types.js';

/** A procedure found for `q`, with the words of its name that matched. */
export interface ProcedureMatch {
  code: string;
  highlights: TextRange[];
}

/** What {@link listProcedures} needs besides the procedures. */
export interface ListingOptions {
  /** Every field (`GET /fields`): the field filter takes their ids, and the field facet shows their names. */
  fields: readonly Pick<Field, 'id' | 'name'>[];
  /** The search behind `q`: an index from `createProcedureIndex`, or a function giving every match, best first. */
  search?: Pick<ProcedureIndex, 'search'> | ((q: string) => readonly ProcedureMatch[]);
  /**
   * Dossiers received in the last 12 months, by procedure code, for `sort=popular`. Without it every procedure
   * counts as 0, so `popular` lists by name.
   */
  popularity?: ReadonlyMap<string, number>;
  /**
   * Set when `procedures` come in Vietnamese alphabetical order (a catalogue kept sorted, or a subset of one): the
   * name order then compares positions instead of names, which a server listing on every request wants, as a
   * collator's compare is slow.
   */
  inNameOrder?: boolean;
}

type Comparison = (a: ProcedureSummary, b: ProcedureSummary) => number;

type Filter = 'field' | 'level' | 'online' | 'audience';

const labels = {
  level: { province: 'Cấp tỉnh', commune: 'Cấp xã' },
  online: { full: 'Toàn trình', partial: 'Một phần', none: 'Trực tiếp' },
  audience: { citizen: 'Công dân', business: 'Doanh nghiệp', organisation: 'Tổ chức' },
} as const;

let collator: Intl.Collator | undefined;
/** Vietnamese alphabetical order; the collator is made on first use, as making one is slow. */
function byCollation(a: ProcedureSummary, b: ProcedureSummary): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(a.name, b.name);
}

/** The name order of procedures given in that order: by their positions. */
function byPosition(procedures: readonly ProcedureSummary[]): Comparison {
  const position = new Map(procedures.map((item, index) => [item.code, index]));
  return (a, b) => (position.get(a.code) ?? 0) - (position.get(b.code) ?? 0);
}

/**
 * The rule of `GET /procedures` over a list of procedures, in one place for every server and for offline use:
 * the matches of `q` and the filters, in the order `sort` asks (`relevance` by default with `q`, else `popular`:
 * most dossiers first, ties by name; `name`: Vietnamese alphabetical order), one page of them, and facets that each
 * count the matches of every filter but their own. `agency` is the caller's: pass only that agency's procedures.
 */
export function listProcedures(
  procedures: readonly ProcedureSummary[],
  query: ProcedureSearchParams,
  options: ListingOptions,
): ProcedureSearchResult {
  const q = query.q?.trim() ?? '';
  const fieldIds = new Map(options.fields.map((field) => [field.name, field.id]));
  const valuesOf: Record<Filter, (item: ProcedureSummary) => readonly string[]> = {
    field: (item) => item.fields.flatMap((name) => fieldIds.get(name) ?? []),
    level: (item) => item.levels,
    online: (item) => [item.onlineLevel],
    audience: (item) => item.audience,
  };
  const filters = Object.keys(valuesOf) as Filter[];
  const candidates = q ? matchesOf(procedures, q, options.search) : procedures;
  const matchingExcept = (skip?: Filter) =>
    candidates.filter((item) =>
      filters.every((name) => name === skip || !query[name] || valuesOf[name](item).includes(query[name])),
    );
  // Without `q` there is nothing to rank by relevance: the default order applies.
  const sort = query.sort === 'relevance' && !q ? 'popular' : (query.sort ?? (q ? 'relevance' : 'popular'));
  const byName = options.inNameOrder ? byPosition(procedures) : byCollation;
  const matches = order(matchingExcept(), sort, options.popularity, byName);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const fixed = (name: Exclude<Filter, 'field'>, values: readonly string[]) =>
    countFacet(
      matchingExcept(name),
      valuesOf[name],
      values.map((value) => [value, (labels[name] as Record<string, string>)[value] ?? value] as const),
      true,
    );
  return {
    items: matches.slice((page - 1) * pageSize, page * pageSize),
    total: matches.length,
    page,
    pageSize,
    facets: {
      field: countFacet(
        matchingExcept('field'),
        valuesOf.field,
        options.fields.map((field) => [field.id, field.name] as const),
      ),
      level: fixed('level', procedureLevels),
      online: fixed('online', onlineLevels),
      audience: fixed('audience', audiences),
    },
  };
}

/** The procedures that match `q`, best first, each with its highlights. */
function matchesOf(
  procedures: readonly ProcedureSummary[],
  q: string,
  search: ListingOptions['search'],
): ProcedureSummary[] {
  if (!search) return [];
  const found =
    typeof search === 'function'
      ? search(q)
      : search.search(q, { limit: Number.POSITIVE_INFINITY }).map((hit) => ({
          code: hit.code,
          highlights: hit.highlights.map(([start, end]) => ({ start, end })),
        }));
  const byCode = new Map(procedures.map((item) => [item.code, item]));
  return found.flatMap((match) => {
    const item = byCode.get(match.code);
    return item ? [{ ...item, highlights: match.highlights }] : [];
  });
}

/** Puts matches in the order asked; `relevance` keeps the search's order. */
function order(
  matches: ProcedureSummary[],
  sort: ProcedureSort,
  popularity: ReadonlyMap<string, number> | undefined,
  byName: Comparison,
): ProcedureSummary[] {
  if (sort === 'name') return matches.sort(byName);
  if (sort === 'popular') {
    const count = (item: ProcedureSummary) => popularity?.get(item.code) ?? 0;
    return matches.sort((a, b) => count(b) - count(a) || byName(a, b));
  }
  return matches;
}
