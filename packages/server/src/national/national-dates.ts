import { calendarCoverage, toVietnamDateTime } from '@hcc/sdk';

const NATIONAL_DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** Why a national date-time was refused: not 14 digits, not a real moment, or outside the working-day calendar. */
export type NationalDateProblem = 'format' | 'impossible' | 'outside-calendar';

/**
 * Reads a national `yyyyMMddHHmmss` date-time (Asia/Ho_Chi_Minh wall clock, no daylight saving) as RFC 3339 with
 * `+07:00`. Years outside the SDK's working-day calendar are refused, because timeliness cannot be computed there.
 * Digits given as a JSON number are accepted too.
 * @example readNationalDateTime('20250612093000') // { value: '2025-06-12T09:30:00+07:00' }
 */
export function readNationalDateTime(raw: unknown): { value: string } | { problem: NationalDateProblem } {
  const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
  const match = typeof text === 'string' ? NATIONAL_DATE_TIME.exec(text.trim()) : null;
  if (!match) return { problem: 'format' };
  const [, year, month, day, hour, minute, second] = match;
  let value: string;
  try {
    value = toVietnamDateTime(`${year}-${month}-${day}T${hour}:${minute}:${second}`);
  } catch {
    return { problem: 'impossible' };
  }
  const y = Number(year);
  if (y < calendarCoverage.firstYear || y > calendarCoverage.lastYear) return { problem: 'outside-calendar' };
  return { value };
}

/** The national `yyyyMMddHHmmss` form of an instant, in Vietnam time (the inverse of {@link readNationalDateTime}). */
export function formatNationalDateTime(input: string | Date): string {
  return toVietnamDateTime(input).slice(0, 19).replace(/\D/g, '');
}

/** The Vietnam calendar day (`YYYY-MM-DD`) of an RFC 3339 date-time in `+07:00`. */
export const vietnamDayOf = (dateTime: string): string => dateTime.slice(0, 10);
