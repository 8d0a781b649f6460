import type { InvalidParam, Problem } from '@hcc/sdk';

/** Problem types (`type` of the RFC 9457 document): the same as the mock's, one per kind of failure. */
export const PROBLEM_BASE = 'https://hcc.example/problems/';

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

/** A request the HTTP layer could not read at all (a broken percent-escape, a malformed header). */
export const badRequest = (detail: string) =>
  problem('bad-request', 400, 'Yêu cầu không hợp lệ', detail, { errors: [{ in: 'path', name: '', detail }] });

/**
 * The one answer for an unknown dossier code AND a wrong verifier: byte-identical, so the API does not reveal which
 * codes exist (the code is not echoed either).
 */
export const dossierNotFound = () =>
  problem('dossier-not-found', 404, 'Không tìm thấy hồ sơ', 'Không tìm thấy hồ sơ với mã và số xác minh đã nhập.');

export const notFound = (what: string, detail: string) => problem(`${what}-not-found`, 404, 'Không tìm thấy', detail);

export const methodNotAllowed = (allow: string) =>
  problem('method-not-allowed', 405, 'Phương thức không được hỗ trợ', `Địa chỉ này chỉ nhận ${allow}.`);

export const tooManyAttempts = (retryAfter: number) =>
  problem(
    'too-many-attempts',
    429,
    'Quá nhiều lần tra cứu',
    `Mã hồ sơ này tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`,
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

export const keyReused = () =>
  problem(
    'idempotency-key-reused',
    422,
    'Khóa chống gửi trùng đã được dùng',
    'Khóa Idempotency-Key này đã được dùng cho một nội dung khác.',
  );

export const contentTooLarge = (limit: number) =>
  problem(
    'content-too-large',
    413,
    'Dữ liệu gửi lên quá lớn',
    `Nội dung gửi lên vượt quá ${Math.round(limit / 1024)} kB.`,
  );

export const unauthorized = () =>
  problem('unauthorized', 401, 'Chưa xác thực', 'Cần gửi Authorization: Bearer với một mã truy cập còn hiệu lực.');

/** A bug in the server, never an answer to bad input (bad input is always caught as 4xx first). */
export const internalError = () => problem('internal-error', 500, 'Lỗi hệ thống', 'Máy chủ gặp lỗi không mong muốn.');
