import { defaultSurveyForm } from '@hcc/sdk';
import { HttpResponse } from 'msw';
import type { MockDatabase } from '../db.js';
import { type DossierRecord, vietnamTimestamp } from '../dossiers/record.js';
import { isFinished } from '../dossiers/statuses.js';
import { toDossier } from '../dossiers/view.js';
import { BODY_LIMIT_BYTES } from '../http/front-door.js';
import { clientOf } from '../http/client-id.js';
import { readJsonObject, validateRating } from '../http/body.js';
import {
  alreadyRated,
  contentTooLarge,
  dossierNotFound,
  invalidInput,
  keyReused,
  notFinished,
  problemResponse,
  tooManyAttempts,
  withRetryAfter,
} from '../http/problems.js';
import { DOSSIER_CODE, IDEMPOTENCY_KEY, parseHeader, parsePath, parseQuery, VERIFIER } from '../http/validate.js';

type Unlock = { record: DossierRecord } | { response: Response };

/**
 * Code + verifier → the dossier, with the lockout: an unknown code and a wrong verifier fail alike (same 404 body)
 * and count as failures; at 5 failures within 15 minutes the code answers 429 until the window passes, and at 20
 * failures of one client, whatever the codes, every look-up of that client does.
 */
function unlock(db: MockDatabase, request: Request, code: string, verifier: string): Unlock {
  const now = db.now().getTime();
  const client = clientOf(request);
  const retryAfter = db.lockout.retryAfter(code, now, client);
  if (retryAfter > 0) {
    const scope = db.lockout.clientLocked(client, now) ? 'client' : 'code';
    return { response: withRetryAfter(tooManyAttempts(retryAfter, scope)) };
  }
  const record = db.scenario.name === 'empty' ? undefined : db.dossiers.get(code);
  if (!record || record.verifier !== verifier) {
    db.lockout.fail(code, now, client);
    return { response: problemResponse(dossierNotFound()) };
  }
  db.lockout.succeed(code);
  return { record };
}

export function getDossier(db: MockDatabase, request: Request, rawCode: string): Response {
  const code = parsePath('code', rawCode, DOSSIER_CODE);
  const verifier = parseHeader(request.headers, 'X-Verifier', VERIFIER, true);
  const { errors } = parseQuery(new URL(request.url), {});
  errors.push(...[code.error, verifier.error].flatMap((error) => error ?? []));
  if (errors.length) return problemResponse(invalidInput(errors));
  const unlocked = unlock(db, request, code.value as string, verifier.value as string);
  if ('response' in unlocked) return unlocked.response;
  return HttpResponse.json(toDossier(unlocked.record, db.catalogue, db.ratings, db.now()));
}

/** 201 on create and on a replayed key; 409 when already rated under another key or not finished. */
export async function submitRating(db: MockDatabase, request: Request, rawCode: string): Promise<Response> {
  const code = parsePath('code', rawCode, DOSSIER_CODE);
  const verifier = parseHeader(request.headers, 'X-Verifier', VERIFIER, true);
  const key = parseHeader(request.headers, 'Idempotency-Key', IDEMPOTENCY_KEY, true);
  const { errors } = parseQuery(new URL(request.url), {});
  errors.push(...[code.error, verifier.error, key.error].flatMap((error) => error ?? []));
  const { body, error: bodyError, tooLarge } = await readJsonObject(request);
  if (tooLarge) return problemResponse(contentTooLarge(BODY_LIMIT_BYTES));
  const rating = body ? validateRating(body, defaultSurveyForm) : undefined;
  errors.push(...(bodyError ? [bodyError] : (rating?.errors ?? [])));
  if (errors.length || !rating?.value) return problemResponse(invalidInput(errors));

  const unlocked = unlock(db, request, code.value as string, verifier.value as string);
  if ('response' in unlocked) return unlocked.response;
  const { record } = unlocked;
  if (!isFinished(record.status)) return problemResponse(notFinished(record.code));
  const outcome = db.ratings.submit(record.code, rating.value, key.value as string, vietnamTimestamp(db.now()));
  if ('rating' in outcome) return HttpResponse.json(outcome.rating, { status: 201 });
  return problemResponse(outcome.kind === 'key-reused' ? keyReused() : alreadyRated(record.code));
}
