import { vietnamDate } from '../../dossiers/vietnam-time.js';
import { computeStats } from '../../stats/compute-stats.js';
import { dossiersReceivedBetween, firstReceiptDay } from '../../stores/stats-store.js';
import type { AppContext } from '../context.js';
import { invalidInput, notFound } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';
import type { OperationHandler } from '../routing.js';

/** `GET /stats`: figures over the dossiers in the database. */
export function statsHandlers(ctx: AppContext): Record<string, OperationHandler> {
  return {
    async getStats({ query }, _request, reply) {
      const now = ctx.settings.now();
      const agency = query.agency as string | undefined;
      if (query.from && query.to && (query.from as string) > (query.to as string)) {
        return sendProblem(reply, invalidInput([{ in: 'query', name: 'from', detail: 'phải trước hoặc bằng "to"' }]));
      }
      const catalogue = await ctx.catalogue.get();
      if (agency && !catalogue.agency(agency)) {
        return sendProblem(reply, notFound('agency', `Không có cơ quan "${agency}".`));
      }
      const to = (query.to as string | undefined) ?? vietnamDate(now);
      const from = (query.from as string | undefined) ?? (await firstReceiptDay(ctx.db)) ?? to;
      const rows = await dossiersReceivedBetween(ctx.db, from, to);
      return sendJson(reply, 200, computeStats(rows, catalogue, { from, to, ...(agency ? { agency } : {}) }, now));
    },
  };
}
