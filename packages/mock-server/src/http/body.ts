import { type FeedbackInput, type InvalidParam, type RatingInput, type SurveyForm, surveyAnswerErrors } from '@hcc/sdk';
import { BODY_LIMIT_BYTES } from './front-door.js';

type BodyResult<T> = { value: T; errors: [] } | { value?: undefined; errors: InvalidParam[] };

const bodyError = (name: string, detail: string): InvalidParam => ({ in: 'body', name, detail });
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a body as text, counting bytes as they arrive and stopping past `limit`: a huge body is never held whole.
 * @returns the text, or `undefined` when the body is longer than `limit` bytes.
 */
export async function readTextWithin(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: MSW reads a clone too, and a cancelled branch of a tee settles only once both are cancelled.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** One of: the object, what is wrong with it, or `tooLarge` (answer `413`). */
export interface JsonObjectResult {
  body?: Record<string, unknown>;
  error?: InvalidParam;
  tooLarge?: true;
}

/**
 * Reads a JSON object body of at most {@link BODY_LIMIT_BYTES}; a wrong content type, bad JSON or a non-object are
 * errors, never exceptions.
 */
export async function readJsonObject(request: Request): Promise<JsonObjectResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return { error: bodyError('', 'Content-Type phải là application/json') };
  }
  let text: string | undefined;
  try {
    text = await readTextWithin(request, BODY_LIMIT_BYTES);
  } catch {
    return { error: bodyError('', 'không đọc được nội dung gửi lên') };
  }
  if (text === undefined) return { tooLarge: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: bodyError('', 'không phải JSON hợp lệ') };
  }
  return isObject(parsed) ? { body: parsed } : { error: bodyError('', 'phải là một đối tượng JSON') };
}

const unknownMembers = (body: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(body)
    .filter((key) => !allowed.includes(key))
    .map((key) => bodyError(`/${key}`, 'thuộc tính không được hỗ trợ'));

const OVERALL = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;
const RATING_CHANNELS = ['web', 'kiosk', 'app', 'sms'] as const;

/** `RatingInput`, with answers checked against the survey's questions and options. */
export function validateRating(body: Record<string, unknown>, survey: SurveyForm): BodyResult<RatingInput> {
  const errors = unknownMembers(body, ['overall', 'answers', 'comment', 'channel']);
  if (!OVERALL.includes(body.overall as never))
    errors.push(bodyError('/overall', `phải là một trong: ${OVERALL.join(', ')}`));
  if (body.comment !== undefined && (typeof body.comment !== 'string' || body.comment.length > 1000)) {
    errors.push(bodyError('/comment', 'phải là chuỗi dài tối đa 1000 ký tự'));
  }
  if (body.channel !== undefined && !RATING_CHANNELS.includes(body.channel as never)) {
    errors.push(bodyError('/channel', `phải là một trong: ${RATING_CHANNELS.join(', ')}`));
  }
  if (body.answers !== undefined) {
    if (isObject(body.answers)) errors.push(...surveyAnswerErrors(body.answers, survey));
    else errors.push(bodyError('/answers', 'phải là một đối tượng'));
  }
  return errors.length ? { errors } : { value: body as unknown as RatingInput, errors: [] };
}

const REASONS = ['hard-to-understand', 'incomplete', 'outdated', 'not-found', 'technical-problem', 'other'] as const;

/** `FeedbackInput`. */
export function validateFeedback(body: Record<string, unknown>): BodyResult<FeedbackInput> {
  const errors = unknownMembers(body, ['useful', 'reasons', 'comment', 'pageUrl', 'lang']);
  if (typeof body.useful !== 'boolean') errors.push(bodyError('/useful', 'bắt buộc, true hoặc false'));
  if (typeof body.pageUrl !== 'string' || body.pageUrl.length > 2000 || !isAbsoluteUrl(body.pageUrl)) {
    errors.push(bodyError('/pageUrl', 'bắt buộc, một địa chỉ URL đầy đủ, tối đa 2000 ký tự'));
  }
  if (
    body.reasons !== undefined &&
    (!Array.isArray(body.reasons) ||
      body.reasons.length > 10 ||
      body.reasons.some((reason) => !REASONS.includes(reason)))
  ) {
    errors.push(bodyError('/reasons', `tối đa 10 lý do trong: ${REASONS.join(', ')}`));
  }
  if (body.comment !== undefined && (typeof body.comment !== 'string' || body.comment.length > 1000)) {
    errors.push(bodyError('/comment', 'phải là chuỗi dài tối đa 1000 ký tự'));
  }
  if (body.lang !== undefined && body.lang !== 'vi' && body.lang !== 'en')
    errors.push(bodyError('/lang', 'phải là vi hoặc en'));
  return errors.length ? { errors } : { value: body as unknown as FeedbackInput, errors: [] };
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}
