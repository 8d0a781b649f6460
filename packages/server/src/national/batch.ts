/** What a batch of pushed items gave: each item accepted or rejected on its own, by its index in the batch. */
export interface BatchResult<T> {
  accepted: Array<{ index: number; value: T }>;
  /** `code` is the item's MaHoSo as sent (null when it has none), `reasons` say `FIELD: what is wrong`. */
  rejected: Array<{ index: number; code: string | null; reasons: string[] }>;
}

/** A body that is not a batch at all (not the service's envelope, not an array): the whole request is refused. */
export class InvalidBatchError extends Error {
  override name = 'InvalidBatchError';
  /** A JSON pointer to the part of the body that is wrong (`''` for the whole body, `/service`, `/data`). */
  readonly pointer: string;
  constructor(pointer: string, message: string) {
    super(message);
    this.pointer = pointer;
  }
}

/**
 * The items of a pushed batch: the national envelope `{ service, isUpdating, data: [...] }` or a bare array.
 * @throws InvalidBatchError when the body is neither, or the envelope names another service
 */
export function batchItems(body: unknown, service: string): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) {
    throw new InvalidBatchError('', `phải là gói { "service": "${service}", "data": [...] } hoặc một danh sách`);
  }
  const envelope = body as Record<string, unknown>;
  if (envelope.service !== undefined && envelope.service !== service) {
    throw new InvalidBatchError('/service', `phải là "${service}"`);
  }
  if (envelope.isUpdating !== undefined && typeof envelope.isUpdating !== 'boolean') {
    throw new InvalidBatchError('/isUpdating', 'phải là true hoặc false');
  }
  if (!Array.isArray(envelope.data)) throw new InvalidBatchError('/data', 'bắt buộc, phải là danh sách');
  return envelope.data;
}

/** Reads every item of a batch with `read`, keeping each item's outcome under its index. */
export function readBatch<T>(
  items: readonly unknown[],
  read: (item: unknown) => { value: T } | { reasons: string[] },
): BatchResult<T> {
  const result: BatchResult<T> = { accepted: [], rejected: [] };
  items.forEach((item, index) => {
    const outcome = read(item);
    if ('value' in outcome) result.accepted.push({ index, value: outcome.value });
    else result.rejected.push({ index, code: codeOf(item), reasons: outcome.reasons });
  });
  return result;
}

/** The MaHoSo an item was sent with, for the answer: as sent, shortened, or null. */
function codeOf(item: unknown): string | null {
  const code = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).MaHoSo : undefined;
  return typeof code === 'string' && code.trim() ? code.trim().slice(0, 100) : null;
}
