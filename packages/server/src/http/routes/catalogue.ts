import type { Agency, ProcedureSearchResult } from '@hcc/sdk';
import { countFacet } from '@hcc/sdk/search';
import type { CatalogueEntry } from '../../catalogue/catalogue.js';
import { vietnamDate } from '../../dossiers/vietnam-time.js';
import type { AppContext } from '../context.js';
import { invalidInput, notFound } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';
import type { OperationHandler } from '../routing.js';

const LEVEL_LABELS: Record<string, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };
const ONLINE_LABELS: Record<string, string> = { full: 'Toàn trình', partial: 'Một phần', none: 'Trực tiếp' };
const AUDIENCE_LABELS: Record<string, string> = {
  citizen: 'Công dân',
  business: 'Doanh nghiệp',
  organisation: 'Tổ chức',
};

type Filter = 'field' | 'agency' | 'level' | 'online' | 'audience';

/** `GET /agencies`, `/fields`, `/procedures` and `/procedures/{code}`: the catalogue held in memory. */
export function catalogueHandlers(ctx: AppContext): Record<string, OperationHandler> {
  return {
    async listAgencies({ query }, _request, reply) {
      const catalogue = await ctx.catalogue.get();
      const day = (query.at as string | undefined) ?? vietnamDate(ctx.settings.now());
      const valid = (agency: Agency) => agency.validFrom <= day && (agency.validTo === null || day <= agency.validTo);
      const items = catalogue.agencies
        .filter((agency) => query.includeFormer === true || valid(agency))
        .filter((agency) => !query.level || agency.level === query.level);
      return sendJson(reply, 200, { items });
    },

    async listFields(_input, _request, reply) {
      return sendJson(reply, 200, { items: (await ctx.catalogue.get()).fields });
    },

    async getProcedure({ path }, _request, reply) {
      const entry = (await ctx.catalogue.get()).get(path.code as string);
      if (!entry) return sendProblem(reply, notFound('procedure', `Không có thủ tục mã ${path.code}.`));
      return sendJson(reply, 200, entry.detail);
    },

    async searchProcedures({ query }, _request, reply) {
      const catalogue = await ctx.catalogue.get();
      const field = query.field as string | undefined;
      const agency = query.agency ? catalogue.agency(query.agency as string) : undefined;
      const errors = [];
      if (field && !catalogue.fields.some((candidate) => candidate.id === field)) {
        errors.push({ in: 'query' as const, name: 'field', detail: 'không có lĩnh vực này (xem GET /fields)' });
      }
      if (query.agency && !agency) {
        errors.push({ in: 'query' as const, name: 'agency', detail: 'không có cơ quan này (xem GET /agencies)' });
      }
      if (errors.length) return sendProblem(reply, invalidInput(errors));

      const q = ((query.q as string | undefined) ?? '').trim();
      const hits = q ? catalogue.search(q) : [];
      const highlights = new Map(hits.map((hit) => [hit.code, hit.highlights]));
      const sort = (query.sort as string | undefined) ?? (q ? 'relevance' : 'popular');
      let candidates: readonly CatalogueEntry[] = q
        ? hits.flatMap((hit) => catalogue.get(hit.code) ?? [])
        : catalogue.byName;
      if (sort === 'name' && q) {
        const order = new Map(catalogue.byName.map((entry, index) => [entry, index]));
        candidates = [...candidates].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      } else if (sort === 'popular') {
        const received = await ctx.popularity.get();
        // A stable sort keeps relevance (with q) or name (without) among equally requested procedures.
        candidates = [...candidates].sort(
          (a, b) => (received.get(b.summary.code) ?? 0) - (received.get(a.summary.code) ?? 0),
        );
      }
      const passes: Record<Filter, (entry: CatalogueEntry) => boolean> = {
        field: (entry) => !field || entry.fieldIds.includes(field),
        agency: (entry) => !agency || catalogue.executes(agency, entry),
        level: (entry) => !query.level || entry.summary.levels.includes(query.level as never),
        online: (entry) => !query.online || entry.summary.onlineLevel === query.online,
        audience: (entry) => !query.audience || entry.summary.audience.includes(query.audience as never),
      };
      const filters = Object.keys(passes) as Filter[];
      // Each facet counts the matches of every filter except its own.
      const matchingExcept = (skip?: Filter) =>
        candidates.filter((entry) => filters.every((filter) => filter === skip || passes[filter](entry)));
      const matches = matchingExcept();
      const page = (query.page as number | undefined) ?? 1;
      const pageSize = (query.pageSize as number | undefined) ?? 20;
      const result: ProcedureSearchResult = {
        items: matches.slice((page - 1) * pageSize, page * pageSize).map((entry) => ({
          ...entry.summary,
          ...(q ? { highlights: highlights.get(entry.summary.code) ?? [] } : {}),
        })),
        total: matches.length,
        page,
        pageSize,
        facets: {
          field: countFacet(
            matchingExcept('field'),
            (entry) => entry.fieldIds,
            catalogue.fields.map((candidate) => [candidate.id, candidate.name]),
          ),
          level: countFacet(
            matchingExcept('level'),
            (entry) => entry.summary.levels,
            Object.entries(LEVEL_LABELS),
            true,
          ),
          online: countFacet(
            matchingExcept('online'),
            (entry) => [entry.summary.onlineLevel],
            Object.entries(ONLINE_LABELS),
            true,
          ),
          audience: countFacet(
            matchingExcept('audience'),
            (entry) => entry.summary.audience,
            Object.entries(AUDIENCE_LABELS),
            true,
          ),
        },
      };
      return sendJson(reply, 200, result);
    },
  };
}
