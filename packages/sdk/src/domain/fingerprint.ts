import type { RatingInput } from '../client/types.js';

/**
 * JSON with every object's keys sorted (by code unit, whatever the locale) and undefined members left out, so that
 * `{a, b}` and `{b, a}` are the same content: how a server tells a replayed body from another one.
 */
export function canonicalJson(value: unknown): string {
  const sort = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(sort)
      : item && typeof item === 'object'
        ? Object.fromEntries(
            Object.entries(item)
              .filter(([, member]) => member !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([key, member]) => [key, sort(member)]),
          )
        : item;
  return JSON.stringify(sort(value));
}

/**
 * A rating's body with the contract's defaults, as canonical JSON: a request replayed with the same
 * `Idempotency-Key` must carry the same answer (`{ overall }` and `{ overall, channel: 'web' }` are the same one).
 */
export const ratingFingerprint = (input: RatingInput): string =>
  canonicalJson({ channel: 'web', answers: {}, ...input });
