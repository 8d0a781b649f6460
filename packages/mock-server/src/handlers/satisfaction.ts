import { defaultSurveyForm } from '@hcc/sdk';
import { HttpResponse } from 'msw';
import type { MockDatabase } from '../db.js';
import { vietnamTimestamp } from '../dossiers/record.js';
import { BODY_LIMIT_BYTES } from '../http/front-door.js';
import { readJsonObject, validateFeedback } from '../http/body.js';
import { contentTooLarge, invalidInput, keyReused, problemResponse } from '../http/problems.js';
import { IDEMPOTENCY_KEY, parseHeader, parseQuery } from '../http/validate.js';

export function getSurvey(url: URL): Response {
  const { errors } = parseQuery(url, {});
  return errors.length ? problemResponse(invalidInput(errors)) : HttpResponse.json(defaultSurveyForm);
}

export async function submitFeedback(db: MockDatabase, request: Request): Promise<Response> {
  const key = parseHeader(request.headers, 'Idempotency-Key', IDEMPOTENCY_KEY, false);
  const { errors } = parseQuery(new URL(request.url), {});
  if (key.error) errors.push(key.error);
  const { body, error, tooLarge } = await readJsonObject(request);
  if (tooLarge) return problemResponse(contentTooLarge(BODY_LIMIT_BYTES));
  const feedback = body ? validateFeedback(body) : undefined;
  errors.push(...(error ? [error] : (feedback?.errors ?? [])));
  if (errors.length || !feedback?.value) return problemResponse(invalidInput(errors));
  const outcome = db.feedback.submit(feedback.value, key.value, vietnamTimestamp(db.now()));
  if (outcome.kind === 'key-reused') return problemResponse(keyReused());
  return HttpResponse.json({ id: outcome.stored.id, receivedAt: outcome.stored.receivedAt }, { status: 201 });
}
