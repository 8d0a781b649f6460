import { createHash } from 'node:crypto';

/** Sorted-key JSON, so that `{a, b}` and `{b, a}` are the same content. */
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

/** SHA-256 of the canonical JSON: how an import tells a changed row from an unchanged one. */
export const contentHash = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
