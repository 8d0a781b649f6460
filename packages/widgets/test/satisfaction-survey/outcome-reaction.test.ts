import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome } from '../../src/satisfaction-survey/delivery-outcome.js';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { reactionTo } from '../../src/satisfaction-survey/outcome-reaction.js';
import { httpError, networkError } from './fakes.js';

const item: OutboxItem = {
  kind: 'rating',
  id: 'key-1',
  fingerprint: 'f',
  apiBase: 'https://api.test/api/v1',
  createdAt: 0,
  attempts: 0,
  nextAttemptAt: 0,
  dossierCode: '000.00.14.H56-250612-0118',
  verifier: '4821',
  rating: { overall: 'satisfied' },
};
const waiting = { queued: false, typedVerifier: true };

function refusal(status: 'invalid' | 'rejected', error = httpError(400)): DeliveryOutcome {
  return { status, item, problem: error.problem, error };
}

describe('what the survey does with an outcome of its answer', () => {
  it('thanks the citizen and reports the answer sent once the server has it', () => {
    expect(reactionTo({ status: 'delivered', item }, waiting)).toEqual({
      kind: 'show',
      phase: 'sent',
      submitted: 'sent',
    });
  });

  it('says "will be sent" after a failed attempt, and not again at the next failed retry', () => {
    const outcome: DeliveryOutcome = { status: 'queued', item, error: networkError(), retryAt: 1 };
    expect(reactionTo(outcome, waiting)).toEqual({ kind: 'show', phase: 'queued', submitted: 'queued' });
    expect(reactionTo(outcome, { ...waiting, queued: true })).toEqual({ kind: 'none' });
  });

  it('marks the fields a 400 names, or the whole form when it names none', () => {
    const named = httpError(400, { errors: [{ in: 'body', name: 'comment', detail: 'quá dài' }] });
    expect(reactionTo(refusal('invalid', named), waiting)).toEqual({
      kind: 'fix',
      errors: [{ field: 'comment', reason: 'server', detail: 'quá dài' }],
      report: true,
    });
    expect(reactionTo(refusal('invalid'), waiting)).toMatchObject({ kind: 'fix', errors: [{ field: 'form' }] });
  });

  it('marks the typed verifier on a 404, but shows a failure when the page passed the verifier', () => {
    const notFound = refusal('rejected', httpError(404));
    expect(reactionTo(notFound, waiting)).toEqual({
      kind: 'fix',
      errors: [{ field: 'verifier', reason: 'not-found' }],
      report: true,
    });
    expect(reactionTo(notFound, { ...waiting, typedVerifier: false })).toEqual({
      kind: 'show',
      phase: 'failed',
      report: true,
    });
  });

  it('explains that a dossier not finished yet cannot be rated (409)', () => {
    expect(reactionTo(refusal('rejected', httpError(409)), waiting)).toEqual({
      kind: 'show',
      phase: 'not-finished',
      report: true,
    });
  });
});
