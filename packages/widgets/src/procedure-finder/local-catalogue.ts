import type { Field, HccClient, ProcedureSearchParams, ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import { countFacet, type ProcedureIndex, type createProcedureIndex } from '@hcc/sdk/search';

/** A catalogue held in the page for `mode="client"`: searched with `@hcc/sdk/search`, no request per keystroke. */
export interface LocalCatalogue {
  items: readonly ProcedureSummary[];
  index: ProcedureIndex<ProcedureSummary>;
  fields: readonly Field[];
}

/** The largest page the API serves: the fewest requests to load a catalogue. */
const loadPageSize = 500;

/** Loads an agency's catalogue (or the whole province's) once, page after page, with the field list. */
export async function loadLocalCatalogue(
  client: HccClient,
  agency: string | undefined,
  signal: AbortSignal,
): Promise<LocalCatalogue> {
  const params = agency ? { agency, pageSize: loadPageSize } : { pageSize: loadPageSize };
  // The search engine is loaded with the catalogue, so pages that search on the server never download it.
  const [items, fields, search] = await Promise.all([
    collect(client.procedures.iterate(params, { signal })),
    client.fields.list({ signal }),
    import('@hcc/sdk/search'),
  ]);
  return buildLocalCatalogue(items, fields, search.createProcedureIndex);
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

/**
 * Loads the catalogue once for every search that needs it. The load has its own cancellation: a search replaced by a
 * newer one stops waiting, but the load goes on for the next search. A failed load is forgotten, so a retry reloads.
 */
export class CatalogueLoader {
  private loading: { key: string; promise: Promise<LocalCatalogue>; controller: AbortController } | undefined;

  /** The catalogue of `agency` (all procedures without one), loaded on first use; rejects when `signal` aborts. */
  get(client: HccClient, agency: string | undefined, signal: AbortSignal): Promise<LocalCatalogue> {
    const key = agency ?? '';
    if (this.loading?.key !== key) {
      this.reset();
      const controller = new AbortController();
      const promise = loadLocalCatalogue(client, agency, controller.signal);
      const loading = { key, promise, controller };
      promise.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
      this.loading = loading;
    }
    return untilAborted(this.loading.promise, signal);
  }

  /** Cancels and forgets the load (the widget left the page, or the client changed). */
  reset(): void {
    this.loading?.controller.abort();
    this.loading = undefined;
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('The search was replaced by a newer one', 'AbortError'));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Indexes procedures for local search with `createIndex` (`createProcedureIndex` of `@hcc/sdk/search`). */
export function buildLocalCatalogue(
  items: readonly ProcedureSummary[],
  fields: readonly Field[],
  createIndex: typeof createProcedureIndex,
): LocalCatalogue {
  const collator = new Intl.Collator('vi');
  const byName = [...items].sort((a, b) => collator.compare(a.name, b.name));
  return { items: byName, index: createIndex(byName), fields };
}

type Filter = 'field' | 'level' | 'online' | 'audience';
const fixedValues = {
  level: ['province', 'commune'],
  online: ['full', 'partial', 'none'],
  audience: ['citizen', 'business', 'organisation'],
} as const;

/**
 * Answers a search from the local catalogue exactly as `GET /procedures` would: best matches first (or by name
 * without `q`), one page, highlights, and facets that each count the matches of every filter but their own.
 */
export function searchLocally(catalogue: LocalCatalogue, params: ProcedureSearchParams): ProcedureSearchResult {
  const q = params.q?.trim() ?? '';
  const hits = q ? catalogue.index.search(q, { limit: Number.POSITIVE_INFINITY }) : [];
  const candidates = q ? hits.map((hit) => hit.procedure) : catalogue.items;
  const highlights = new Map(hits.map((hit) => [hit.code, hit.highlights.map(([start, end]) => ({ start, end }))]));
  const fieldName = catalogue.fields.find((field) => field.id === params.field)?.name;
  const passes: Record<Filter, (item: ProcedureSummary) => boolean> = {
    field: (item) => !params.field || (fieldName !== undefined && item.fields.includes(fieldName)),
    level: (item) => !params.level || item.levels.includes(params.level),
    online: (item) => !params.online || item.onlineLevel === params.online,
    audience: (item) => !params.audience || item.audience.includes(params.audience),
  };
  const filters = Object.keys(passes) as Filter[];
  const matchingExcept = (skip?: Filter) =>
    candidates.filter((item) => filters.every((filter) => filter === skip || passes[filter](item)));
  const matches = matchingExcept();
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const fieldIds = new Map(catalogue.fields.map((field) => [field.name, field.id]));
  return {
    items: matches.slice((page - 1) * pageSize, page * pageSize).map((item) => {
      const ranges = highlights.get(item.code);
      return ranges ? { ...item, highlights: ranges } : item;
    }),
    total: matches.length,
    page,
    pageSize,
    facets: {
      field: countFacet(
        matchingExcept('field'),
        (item) => item.fields.flatMap((name) => fieldIds.get(name) ?? []),
        catalogue.fields.map((field) => [field.id, field.name]),
        false,
      ),
      level: countFacet(matchingExcept('level'), (item) => item.levels, labelled(fixedValues.level), true),
      online: countFacet(matchingExcept('online'), (item) => [item.onlineLevel], labelled(fixedValues.online), true),
      audience: countFacet(matchingExcept('audience'), (item) => item.audience, labelled(fixedValues.audience), true),
    },
  };
}

function labelled(values: readonly string[]): [string, string][] {
  return values.map((value) => [value, value]);
}
