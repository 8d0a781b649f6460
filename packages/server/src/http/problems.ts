import { problem, problems } from '@hcc/sdk';

/** The contract's problem documents, shared with the mock (`@hcc/sdk`); the server's own ones below. */
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

/** A request the HTTP layer could not read at all (a broken percent-escape, a malformed header). */
export const badRequest = (detail: string) =>
  problem('bad-request', 400, 'Yêu cầu không hợp lệ', detail, { errors: [{ in: 'path', name: '', detail }] });

export const unauthorized = () =>
  problem('unauthorized', 401, 'Chưa xác thực', 'Cần gửi Authorization: Bearer với một mã truy cập còn hiệu lực.');

/** A bug in the server, never an answer to bad input (bad input is always caught as 4xx first). */
export const internalError = () => problem('internal-error', 500, 'Lỗi hệ thống', 'Máy chủ gặp lỗi không mong muốn.');
