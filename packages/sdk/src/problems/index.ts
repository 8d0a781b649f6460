import type { InvalidParam, Problem } from '../client/types.js';

/** Problem types (`type` of the RFC 9457 document), one per kind of failure. */
export const PROBLEM_BASE = 'https://hcc.example/problems/';

/** A problem document of the API: `type` from `kind`, with the words citizens read (Vietnamese first). */
export const problem = (
  kind: string,
  status: number,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem => ({ type: `${PROBLEM_BASE}${kind}`, title, status, detail, ...extra });

/**
 * The API's problem documents, as every server of the contract answers them (the mock and `@hcc/server` alike), so
 * that a client cannot tell them apart. Each names its `type`, status and words once.
 */
export const problems = {
  invalidInput: (errors: InvalidParam[]) =>
    problem(
      'invalid-input',
      400,
      'Dữ liệu không hợp lệ',
      errors.map((error) => `${error.name}: ${error.detail}`).join('; '),
      { errors },
    ),

  /**
   * The one answer for an unknown dossier code AND for a wrong verifier: byte-identical, so the API does not reveal
   * which codes exist (the code is not echoed either).
   */
  dossierNotFound: () =>
    problem('dossier-not-found', 404, 'Không tìm thấy hồ sơ', 'Không tìm thấy hồ sơ với mã và số xác minh đã nhập.'),

  notFound: (what: string, detail: string) => problem(`${what}-not-found`, 404, 'Không tìm thấy', detail),

  /** Too many failed look-ups: of this code (`code`), or by this client whatever the codes (`client`). */
  tooManyAttempts: (retryAfter: number, scope: 'code' | 'client' = 'code') =>
    problem(
      'too-many-attempts',
      429,
      'Quá nhiều lần tra cứu',
      `${scope === 'code' ? 'Mã hồ sơ này tạm khóa do nhập sai nhiều lần.' : 'Bạn đã tra cứu sai quá nhiều lần.'} Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`,
      { retryAfter },
    ),

  rateLimited: (retryAfter: number) =>
    problem('rate-limited', 429, 'Quá nhiều yêu cầu', `Vui lòng thử lại sau ${retryAfter} giây.`, { retryAfter }),

  unavailable: (retryAfter: number) =>
    problem('unavailable', 503, 'Hệ thống tạm thời gián đoạn', 'Vui lòng thử lại sau ít phút.', { retryAfter }),

  alreadyRated: (code: string) =>
    problem('already-rated', 409, 'Hồ sơ đã được đánh giá', `Hồ sơ ${code} đã được đánh giá.`),

  notFinished: (code: string) =>
    problem(
      'not-finished',
      409,
      'Hồ sơ chưa giải quyết xong',
      `Hồ sơ ${code} chưa giải quyết xong nên chưa thể đánh giá.`,
    ),

  /** The same `Idempotency-Key` with another body: `422`, as the IETF Idempotency-Key draft says. */
  keyReused: () =>
    problem(
      'idempotency-key-reused',
      422,
      'Khóa chống gửi trùng đã được dùng',
      'Khóa Idempotency-Key này đã được dùng cho một nội dung khác.',
    ),

  methodNotAllowed: (method: string, allow: readonly string[]) =>
    problem(
      'method-not-allowed',
      405,
      'Phương thức không được hỗ trợ',
      `Địa chỉ này không nhận phương thức ${method.slice(0, 20)}; chỉ nhận ${allow.join(', ')}.`,
    ),

  contentTooLarge: (limitBytes: number) =>
    problem(
      'content-too-large',
      413,
      'Dữ liệu gửi lên quá lớn',
      `Nội dung gửi lên vượt quá ${Math.round(limitBytes / 1024)} kB.`,
    ),
};
