import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type BatchResult,
  hashToken,
  InvalidBatchError,
  type IngestedDossier,
  type IngestedStep,
  parseDossierBatch,
  parseProgressBatch,
} from '../../national/index.js';
import { existingDossiers, upsertDossiers, upsertSteps } from '../../stores/ingest-store.js';
import { findToken } from '../../stores/token-store.js';
import type { AppContext } from '../context.js';
import { invalidInput, methodNotAllowed, unauthorized } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';

/** The base path of the ingest API (for the one-stop system, not for browsers). */
export const INGEST_PREFIX = '/ingest/v1';

type Rejected = BatchResult<unknown>['rejected'];

const OUT_OF_SCOPE = 'MaHoSo: 403 — mã truy cập này không được ghi hồ sơ của cơ quan này';
const UNKNOWN_DOSSIER = 'MaHoSo: không có hồ sơ này (gửi DongBoHoSoMC trước)';

/** The token's scope: the agency identifiers whose dossiers it may write (none listed = every agency). */
const inScope = (agencies: readonly string[], code: string) =>
  !agencies.length || agencies.some((agency) => code.startsWith(`${agency}-`));

/** Reads the bearer token; undefined when missing, unknown or revoked. */
async function tokenOf(ctx: AppContext, request: FastifyRequest) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match ? findToken(ctx.db, hashToken(match[1] as string)) : undefined;
}

function parseJson(request: FastifyRequest): { body: unknown } | { error: string } {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '')) {
    return { error: 'Content-Type phải là application/json' };
  }
  try {
    return { body: JSON.parse(typeof request.body === 'string' ? request.body : '') };
  } catch {
    return { error: 'không phải JSON hợp lệ' };
  }
}

/** A batch that is not one (wrong envelope): the whole request is refused with 400. */
const batchError = (error: unknown) =>
  error instanceof InvalidBatchError
    ? invalidInput([{ in: 'body', name: error.pointer, detail: error.message }])
    : undefined;

/**
 * `POST /ingest/v1/dossiers` (DongBoHoSoMC) and `POST /ingest/v1/progress` (CapNhatTienDoHoSoMC): the one-stop
 * system pushes in the national format; each item is accepted or rejected on its own, and a batch sent twice
 * changes nothing the second time.
 */
export function registerIngest(app: FastifyInstance, ctx: AppContext) {
  const handle =
    <T>(
      parse: (body: unknown) => BatchResult<T>,
      codeOf: (item: T) => string,
      store: (items: Array<{ index: number; value: T }>, rejected: Rejected) => Promise<void>,
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const token = await tokenOf(ctx, request);
      if (!token) return sendProblem(reply, unauthorized(), { 'WWW-Authenticate': 'Bearer' });
      const parsed = parseJson(request);
      if ('error' in parsed) return sendProblem(reply, invalidInput([{ in: 'body', name: '', detail: parsed.error }]));
      let result: BatchResult<T>;
      try {
        result = parse(parsed.body);
      } catch (error) {
        const problem = batchError(error);
        if (problem) return sendProblem(reply, problem);
        throw error;
      }
      const rejected: Rejected = [...result.rejected];
      const allowed = result.accepted.filter(({ index, value }) => {
        if (inScope(token.agencies, codeOf(value))) return true;
        rejected.push({ index, code: codeOf(value), reasons: [OUT_OF_SCOPE] });
        return false;
      });
      await store(allowed, rejected);
      rejected.sort((a, b) => a.index - b.index);
      return sendJson(reply, 200, {
        accepted: result.accepted.length + result.rejected.length - rejected.length,
        rejected,
      });
    };

  const bodyLimit = ctx.settings.ingestBodyLimit;
  app.post(
    `${INGEST_PREFIX}/dossiers`,
    { bodyLimit },
    handle<IngestedDossier>(
      (body) => parseDossierBatch(body, { verifierKey: ctx.verifierKey, ...optionalStatusMap(ctx) }),
      (dossier) => dossier.code,
      async (dossiers) => {
        await ctx.db.transaction((tx) =>
          upsertDossiers(
            tx,
            dossiers.map((item) => item.value),
          ),
        );
        ctx.popularity.invalidate();
      },
    ),
  );
  app.post(
    `${INGEST_PREFIX}/progress`,
    { bodyLimit },
    handle<IngestedStep>(
      (body) => parseProgressBatch(body, optionalStatusMap(ctx)),
      (step) => step.dossierCode,
      async (steps, rejected) => {
        const known = await existingDossiers(
          ctx.db,
          steps.map((step) => step.value.dossierCode),
        );
        const [found, unknown] = [true, false].map((wanted) =>
          steps.filter((step) => known.has(step.value.dossierCode) === wanted),
        ) as [typeof steps, typeof steps];
        await ctx.db.transaction((tx) =>
          upsertSteps(
            tx,
            found.map((step) => step.value),
          ),
        );
        for (const { index, value } of unknown) {
          rejected.push({ index, code: value.dossierCode, reasons: [UNKNOWN_DOSSIER] });
        }
      },
    ),
  );
  for (const path of ['dossiers', 'progress']) {
    app.route({
      method: ['GET', 'PUT', 'PATCH', 'DELETE'],
      url: `${INGEST_PREFIX}/${path}`,
      handler: (request, reply) =>
        sendProblem(reply, methodNotAllowed(request.method, ['POST', 'OPTIONS']), { Allow: 'POST, OPTIONS' }),
    });
  }
}

const optionalStatusMap = (ctx: AppContext) => (ctx.settings.statusMap ? { statusMap: ctx.settings.statusMap } : {});
