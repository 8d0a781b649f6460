/**
 * A table from a source system's own statuses to the national codes 1–10. Keys are the source's status (`processing`)
 * or status and sub-status (`processing/waiting-sign`); the more precise key wins.
 */
export type StatusMap = Record<string, number>;

/**
 * OpenCPS's statuses and the national codes its national-portal sync sends for them: an example to start a
 * province's own table from (add `status/subStatus` keys where a sub-status means another national code).
 */
export const OPENCPS_STATUS_MAP: Readonly<StatusMap> = Object.freeze({
  new: 1,
  receiving: 2,
  unresolved: 3,
  processing: 4,
  waiting: 5,
  paying: 6,
  cancelled: 7,
  denied: 8,
  releasing: 9,
  done: 10,
});

const isNationalCode = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;

/** What is wrong with a status table (empty when it can be used): keys must be texts, values national codes 1–10. */
export function checkStatusMap(map: unknown): string[] {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return ['the status map is not an object'];
  return Object.entries(map).flatMap(([key, value]) => {
    if (!key.trim()) return ['the status map has an empty key'];
    return isNationalCode(value) ? [] : [`status "${key}" maps to ${JSON.stringify(value)}, not a code from 1 to 10`];
  });
}

/** Throws when a status table cannot be used: a configuration error, found before any item is read. */
export function assertStatusMap(map: StatusMap | undefined): void {
  if (map === undefined) return;
  const problems = checkStatusMap(map);
  if (problems.length) throw new RangeError(`Invalid status map: ${problems.join('; ')}`);
}

/**
 * The national code of a pushed status: the table's entry for `status/subStatus`, else for `status`, else the value
 * itself when it is a national code 1–10 (as a number or digits).
 */
export function resolveStatus(raw: unknown, map?: StatusMap): { value: number } | { error: string } {
  const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
  if (map && text) {
    const base = text.split('/')[0] as string;
    for (const key of [text, base]) if (Object.hasOwn(map, key)) return { value: map[key] as number };
  }
  if (/^\d{1,2}$/.test(text) && isNationalCode(Number(text))) return { value: Number(text) };
  return {
    error: map
      ? `"${text}" không có trong bảng ánh xạ trạng thái và không phải mã từ 1 đến 10`
      : 'phải là mã trạng thái quốc gia từ 1 đến 10',
  };
}
