import { type ProcedureSearchParams, selectAgencies } from '@hcc/sdk';
import { listProcedures } from '@hcc/sdk/search';
import { vietnamDate } from '../../dossiers/vietnam-time.js';
import type { AppContext } from '../context.js';
import { invalidInput, notFound } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';
import type { OperationHandler } from '../routing.js';

/** `GET /agencies`, `/fields`, `/procedures` and `/procedures/{code}`: the catalogue held in memory. */
export function catalogueHandlers(ctx: AppContext): Record<string, OperationHandler> {
  return {
    async listAgencies({ query }, _request, reply) {
      const catalogue = await ctx.catalogue.get();
      const items = selectAgencies(catalogue.agencies, query, vietnamDate(ctx.settings.now()));
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

      // The contract's listing rule (filters, order, page, facets) is the SDK's, as in the mock; the agency
      // filter is ours: only the procedures the agency executes are listed, kept in the catalogue's name order.
      const entries = agency ? catalogue.byName.filter((entry) => catalogue.executes(agency, entry)) : catalogue.byName;
      const result = listProcedures(
        entries.map((entry) => entry.summary),
        query as ProcedureSearchParams,
        {
          fields: catalogue.fields,
          search: catalogue.search,
          popularity: await ctx.popularity.get(),
          inNameOrder: true,
        },
      );
      return sendJson(reply, 200, result);
    },
  };
}
