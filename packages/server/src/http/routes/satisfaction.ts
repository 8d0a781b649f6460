import type { FeedbackInput } from '@hcc/sdk';
import { vietnamTimestamp } from '../../dossiers/vietnam-time.js';
import { submitFeedback } from '../../stores/feedback-store.js';
import type { AppContext } from '../context.js';
import { keyReused } from '../problems.js';
import { sendJson, sendProblem } from '../reply.js';
import type { OperationHandler } from '../routing.js';

/** `GET /survey` and `POST /feedback`. */
export function satisfactionHandlers(ctx: AppContext): Record<string, OperationHandler> {
  return {
    async getSurvey(_input, _request, reply) {
      return sendJson(reply, 200, ctx.settings.survey);
    },

    async submitFeedback({ headers, body }, _request, reply) {
      const outcome = await submitFeedback(
        ctx.db,
        body as FeedbackInput,
        headers['idempotency-key'],
        vietnamTimestamp(ctx.settings.now()),
      );
      if (outcome.kind === 'key-reused') return sendProblem(reply, keyReused());
      return sendJson(reply, 201, outcome.receipt);
    },
  };
}
