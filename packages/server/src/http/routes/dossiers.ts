import { isRatableStatus, type RatingInput, surveyAnswerErrors } from '@hcc/sdk';
import { toDossier } from '../../dossiers/dossier-view.js';
import { unlockDossier } from '../../dossiers/lookup-guard.js';
import { vietnamTimestamp } from '../../dossiers/vietnam-time.js';
import { submitRating } from '../../stores/rating-store.js';
import { clientAddress } from '../client-address.js';
import type { AppContext } from '../context.js';
import { alreadyRated, invalidInput, keyReused, notFinished } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';
import type { OperationHandler } from '../routing.js';

/** `GET /dossiers/{code}` and `POST /dossiers/{code}/ratings`, both behind the look-up guard. */
export function dossierHandlers(ctx: AppContext): Record<string, OperationHandler> {
  return {
    async getDossier({ path, headers }, request, reply) {
      const unlocked = await unlockDossier(
        ctx,
        path.code as string,
        headers['x-verifier'] as string,
        clientAddress(request),
      );
      if ('problem' in unlocked) return sendProblem(reply, unlocked.problem);
      const { dossier, steps, ratedAt } = unlocked.read;
      const catalogue = await ctx.catalogue.get();
      return sendJson(reply, 200, toDossier(dossier, steps, ratedAt, catalogue, ctx.settings.now()));
    },

    /** 201 on create and on a replayed key; 409 when rated under another key or not finished; 422 for a reused key. */
    async submitRating({ path, headers, body }, request, reply) {
      const input = body as RatingInput;
      const errors = surveyAnswerErrors(input.answers ?? {}, ctx.settings.survey);
      if (errors.length) return sendProblem(reply, invalidInput(errors));
      const unlocked = await unlockDossier(
        ctx,
        path.code as string,
        headers['x-verifier'] as string,
        clientAddress(request),
      );
      if ('problem' in unlocked) return sendProblem(reply, unlocked.problem);
      const { dossier } = unlocked.read;
      if (!isRatableStatus(dossier.status)) return sendProblem(reply, notFinished(dossier.code));
      const outcome = await submitRating(
        ctx.db,
        dossier.code,
        input,
        headers['idempotency-key'] as string,
        vietnamTimestamp(ctx.settings.now()),
      );
      if ('rating' in outcome) return sendJson(reply, 201, outcome.rating);
      return sendProblem(reply, outcome.kind === 'key-reused' ? keyReused() : alreadyRated(dossier.code));
    },
  };
}
