/**
 * Vietnam calendar days and times of day (UTC+7, no daylight saving), computed with UTC arithmetic so that the
 * machine's own time zone never shifts a day.
 */

/**
 * A date as the helpers accept it: `YYYY-MM-DD` (a Vietnam calendar day), an ISO date-time with an offset
 * (`2024-02-08T16:30:00+07:00`, `…Z`), an ISO date-time without one (read as Vietnam time), or a `Date` instant.
 */
export type DateInput = string | Date;

/** A moment in Vietnam: the calendar day as days since 1970-01-01 and the minutes since midnight. */
export interface VietnamMoment {
  day: number;
  minutes: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The Vietnam calendar day of `input`, as days since 1970-01-01. */
export function toVietnamDay(input: DateInput): number {
  return toVietnamMoment(input).day;
}

/**
 * The Vietnam calendar day and time of day of `input`.
 *
 * @throws RangeError when the input is not one of the {@link DateInput} forms or not a real calendar date.
 */
export function toVietnamMoment(input: DateInput): VietnamMoment {
  const vietnamMs = toVietnamWallClockMs(input);
  const day = Math.floor(vietnamMs / MS_PER_DAY);
  return { day, minutes: Math.floor((vietnamMs - day * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * The RFC 3339 date-time of `input` in Vietnam time, to the second: `2025-06-12T09:30:00+07:00`.
 *
 * @throws RangeError when the input is not one of the {@link DateInput} forms or not a real calendar date and time.
 * @example toVietnamDateTime('2025-06-12T02:30:00Z') // '2025-06-12T09:30:00+07:00'
 */
export function toVietnamDateTime(input: DateInput): string {
  return `${new Date(toVietnamWallClockMs(input)).toISOString().slice(0, 19)}+07:00`;
}

/** The `YYYY-MM-DD` form of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day (days since 1970-01-01) of a Gregorian year. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

// Milliseconds since 1970 of the Vietnam wall clock, i.e. the instant shifted by +7 hours.
function toVietnamWallClockMs(input: DateInput): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date.');
    return ms + VIETNAM_OFFSET_MS;
  }
  if (typeof input !== 'string') throw new RangeError(`Expected a date string or a Date, got ${typeof input}.`);
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return civilMs(text, dateOnly.slice(1, 4).map(Number) as [number, number, number], 0, 0, 0);
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) throw new RangeError(`"${input}" is not YYYY-MM-DD or an ISO date-time.`);
  const [year, month, day, hour, minute, second = 0] = dateTime.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fractionMs = Math.floor(Number(dateTime[7] ?? 0) * 1000);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`"${input}" has an impossible time of day.`);
  const wallClock = civilMs(input, [year, month, day], hour, minute, second) + fractionMs;
  const offset = dateTime[8];
  return offset === undefined ? wallClock : wallClock - offsetMs(offset) + VIETNAM_OFFSET_MS;
}

function civilMs(
  input: string,
  [year, month, day]: [number, number, number],
  hour: number,
  minute: number,
  second: number,
): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${input}" is not a calendar date.`);
  }
  return ms;
}

function offsetMs(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * MS_PER_MINUTE;
}
