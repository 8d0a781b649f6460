import { foldVietnamese } from '@hcc/sdk';

/**
 * Lenient readers for the values of a LayThuTuc packet: portals send lists as arrays, single objects or texts, and
 * numbers as digits in texts; these read all of them the same way.
 */

/** Text with spaces collapsed (`''` for anything that is not a text or a number). */
export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '';

/** A list: an array as it is, one object or text as a list of one, nothing as empty. */
export const listOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  return [value];
};

/** The first non-blank of `keys` in an object, or the text itself. */
export function nameOf(entry: unknown, keys: readonly string[]): string {
  if (typeof entry !== 'object' || entry === null) return textOf(entry);
  const record = entry as Record<string, unknown>;
  for (const key of keys) {
    const text = textOf(record[key]);
    if (text) return text;
  }
  return '';
}

/** The non-blank names of a list field. */
export const namesOf = (value: unknown, keys: readonly string[]): string[] =>
  listOf(value)
    .map((entry) => nameOf(entry, keys))
    .filter(Boolean);

/** Lines of a free text (YEUCAU), or the names of a list of them. */
export const linesOf = (value: unknown, keys: readonly string[]): string[] =>
  listOf(value).flatMap((entry) =>
    (typeof entry === 'string' ? entry : nameOf(entry, keys))
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );

/** A count such as SOBANCHINH (`1`, `"01"`, blank → 0), or undefined when it is not a whole number. */
export function countOf(value: unknown): number | undefined {
  const text = textOf(value);
  if (!text) return 0;
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

/** An amount in đồng from `8000`, `"8.000"`, `"8,000 đồng"`; 0 when it names no amount (`Miễn phí`). */
export function amountOf(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
  const digits = textOf(value)
    .replace(/[.,\s](?=\d{3}\b)/g, '')
    .match(/\d+/);
  return digits ? Number(digits[0]) : 0;
}

/** Folded text for matching units and levels (`Ngày làm việc` → `ngay lam viec`). */
export const folded = (text: string): string => foldVietnamese(text);
