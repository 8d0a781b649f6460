import type { InvalidParam, Problem } from '@hcc/sdk';
import { HttpResponse } from 'msw';

/** Problem types (`type` of the RFC 9457 document), one per kind of failure. */
export const PROBLEM_BASE = 'https://hcc.example/problems/';

/** A `application/problem+json` response. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): HttpResponse<Problem> {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

const problem = (
  kind: string,
  status: number,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem => ({
  type: `${PROBLEM_BASE}${kind}`,
  title,
  status,
  detail,
  ...extra,
});

export const invalidInput = (errors: InvalidParam[]) =>
  problem(
    'invalid-input',
    400,
    'Dữ liệu không hợp lệ',
    errors.map((error) => `${error.name}: ${error.detail}`).join('; '),
    { errors },
  );

/**
 * The one answer for an unknown dossier code AND for a wrong verifier: byte-identical, so the API does not reveal
 * which codes exist (the code is not echoed either).
 */
export const dossierNotFound = () =>
  problem('dossier-not-found', 404, 'Không tìm thấy hồ sơ', 'Không tìm thấy hồ sơ với mã và số xác minh đã nhập.');

export const notFound = (what: string, detail: string) => problem(`${what}-not-found`, 404, 'Không tìm thấy', detail);

/** Too many failed look-ups: of this code (`code`), or by this client whatever the codes (`client`). */
export const tooManyAttempts = (retryAfter: number, scope: 'code' | 'client' = 'code') =>
  problem(
    'too-many-attempts',
    429,
    'Quá nhiều lần tra cứu',
    `${scope === 'code' ? 'Mã hồ sơ này tạm khóa do nhập sai nhiều lần.' : 'Bạn đã tra cứu sai quá nhiều lần.'} Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`,
    { retryAfter },
  );

export const rateLimited = (retryAfter: number) =>
  problem('rate-limited', 429, 'Quá nhiều yêu cầu', `Vui lòng thử lại sau ${retryAfter} giây.`, { retryAfter });

export const unavailable = (retryAfter: number) =>
  problem('unavailable', 503, 'Hệ thống tạm thời gián đoạn', 'Vui lòng thử lại sau ít phút.', { retryAfter });

export const alreadyRated = (code: string) =>
  problem('already-rated', 409, 'Hồ sơ đã được đánh giá', `Hồ sơ ${code} đã được đánh giá.`);

export const notFinished = (code: string) =>
  problem(
    'not-finished',
    409,
    'Hồ sơ chưa giải quyết xong',
    `Hồ sơ ${code} chưa giải quyết xong nên chưa thể đánh giá.`,
  );

/** The same `Idempotency-Key` with another body: `422`, as the IETF Idempotency-Key draft says. */
export const keyReused = () =>
  problem(
    'idempotency-key-reused',
    422,
    'Khóa chống gửi trùng đã được dùng',
    'Khóa Idempotency-Key này đã được dùng cho một nội dung khác.',
  );

export const methodNotAllowed = (method: string, allow: readonly string[]) =>
  problem(
    'method-not-allowed',
    405,
    'Phương thức không được hỗ trợ',
    `Địa chỉ này không nhận phương thức ${method.slice(0, 20)}; chỉ nhận ${allow.join(', ')}.`,
  );

export const contentTooLarge = (limitBytes: number) =>
  problem(
    'content-too-large',
    413,
    'Dữ liệu gửi lên quá lớn',
    `Nội dung gửi lên vượt quá ${Math.round(limitBytes / 1024)} kB.`,
  );

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
