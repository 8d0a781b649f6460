import { type Problem, problem, problems } from '@hcc/sdk';
import { HttpResponse } from 'msw';

/** A `application/problem+json` response. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): HttpResponse<Problem> {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** The contract's problem documents, shared with the server (`@hcc/sdk`); the mock's own HTTP edge cases below. */
export const {
  alreadyRated,
  contentTooLarge,
  dossierNotFound,
  invalidInput,
  keyReused,
  methodNotAllowed,
  notFinished,
  notFound,
  rateLimited,
  tooManyAttempts,
  unavailable,
} = problems;

export const headersTooLarge = () =>
  problem('headers-too-large', 431, 'Phần đầu yêu cầu quá lớn', 'Các trường đầu (header) của yêu cầu quá lớn.');

export const requestTimeout = () =>
  problem('request-timeout', 408, 'Hết thời gian chờ', 'Yêu cầu không được gửi trọn trong thời gian cho phép.');

export const malformedRequest = (detail: string) => problem('malformed-request', 400, 'Yêu cầu không hợp lệ', detail);

/** Rare: a bug in the mock itself, never an answer to bad input (bad input is always caught as 400 first). */
export const internalError = () =>
  problem('internal-error', 500, 'Lỗi hệ thống', 'Máy chủ giả lập gặp lỗi không mong muốn.');

/** Retry-After on 429 and 503, mirrored in the document's `retryAfter`. */
export const withRetryAfter = (body: Problem) => problemResponse(body, { 'Retry-After': String(body.retryAfter ?? 0) });
