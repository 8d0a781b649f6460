/**
 * The working-day calendar of Vietnamese state offices: Monday to Friday, minus public holidays, days in lieu and
 * bridge days, plus the Saturdays worked to make up bridge days. Every answer is O(1) or O(log days) over a table
 * built once, on first use, from the reviewed data in `holidays.ts`.
 *
 * Outside the covered years (see {@link calendarCoverage}) every function throws a RangeError naming the covered
 * years: guessing weekends only would silently give wrong due dates.
 */
import {
  type DayOff,
  HOLIDAY_NAMES,
  HOLIDAY_YEARS,
  type HolidayKey,
  type HolidayKind,
  type HolidayYear,
} from './holidays.js';
import { type DateInput, firstDayOfYear, isoFromDay, toVietnamDay, weekdayOf } from './vietnam-time.js';

/** A day off as {@link isHoliday} and {@link holidaysIn} describe it. */
export interface HolidayInfo {
  /** `YYYY-MM-DD`. */
  date: string;
  holiday: HolidayKey;
  name: { vi: string; en: string };
  kind: HolidayKind;
}

/**
 * The years the calendar covers, inclusive. A literal rather than computed from the table, so that bundlers can drop
 * the table from code that never uses the calendar; a test checks the two agree.
 */
export const calendarCoverage: Readonly<{ firstYear: number; lastYear: number }> = { firstYear: 2017, lastYear: 2030 };

interface Calendar {
  firstDay: number;
  /** `workingBefore[i]`: working days in the first `i` days of the calendar; one entry more than days. */
  workingBefore: Int32Array;
  daysOff: Map<number, DayOff>;
}

let built: Calendar | undefined;

function calendar(): Calendar {
  if (built) return built;
  const firstDay = firstDayOfYear(calendarCoverage.firstYear);
  const length = firstDayOfYear(calendarCoverage.lastYear + 1) - firstDay;
  const daysOff = new Map<number, DayOff>();
  const workingSaturdays = new Set<number>();
  for (const year of Object.values(HOLIDAY_YEARS)) {
    for (const dayOff of year.daysOff) daysOff.set(toVietnamDay(dayOff[0]), dayOff);
    for (const saturday of year.workingSaturdays) workingSaturdays.add(toVietnamDay(saturday));
  }
  const workingBefore = new Int32Array(length + 1);
  for (let index = 0; index < length; index++) {
    const day = firstDay + index;
    const weekday = weekdayOf(day);
    const working = workingSaturdays.has(day) || (weekday !== 0 && weekday !== 6 && !daysOff.has(day));
    workingBefore[index + 1] = (workingBefore[index] ?? 0) + (working ? 1 : 0);
  }
  built = { firstDay, workingBefore, daysOff };
  return built;
}

/** The position of `day` in the calendar table, or a RangeError naming the covered years. */
export function indexOfDay(day: number): number {
  const { firstDay, workingBefore } = calendar();
  const index = day - firstDay;
  if (index < 0 || index >= workingBefore.length - 1) throw outsideCoverage(isoFromDay(day));
  return index;
}

/** Whether a day number is a working day. */
export function isWorkingDayNumber(day: number): boolean {
  const index = indexOfDay(day);
  const { workingBefore } = calendar();
  return (workingBefore[index + 1] ?? 0) > (workingBefore[index] ?? 0);
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`), on day numbers. */
export function countWorkingDays(from: number, to: number): number {
  const { workingBefore } = calendar();
  return (workingBefore[indexOfDay(to) + 1] ?? 0) - (workingBefore[indexOfDay(from) + 1] ?? 0);
}

/** {@link addWorkingDays} on day numbers. */
export function addWorkingDaysToDay(day: number, count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Expected a whole number ≥ 0, got ${count}.`);
  const index = indexOfDay(day);
  const { firstDay, workingBefore } = calendar();
  const here = workingBefore[index + 1] ?? 0;
  const isWorking = here > (workingBefore[index] ?? 0);
  if (count === 0 && isWorking) return day;
  const target = here + Math.max(count, 1);
  // The first position whose running count reaches the target is the working day sought.
  let low = index + 1;
  let high = workingBefore.length - 1;
  if ((workingBefore[high] ?? 0) < target) throw outsideCoverage(`${count} working days after ${isoFromDay(day)}`);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((workingBefore[middle + 1] ?? 0) >= target) high = middle;
    else low = middle + 1;
  }
  return firstDay + low;
}

/** Whether `date` (its Vietnam calendar day) is a working day for state offices. */
export function isWorkingDay(date: DateInput): boolean {
  return isWorkingDayNumber(toVietnamDay(date));
}

/**
 * The day off `date` falls on, or `undefined` for a working day or an ordinary weekend.
 *
 * @example isHoliday('2024-02-10')?.name.en // 'Lunar New Year (Tết)'
 */
export function isHoliday(date: DateInput): HolidayInfo | undefined {
  const day = toVietnamDay(date);
  indexOfDay(day); // throws outside the covered years rather than answer "no holiday"
  const dayOff = calendar().daysOff.get(day);
  return dayOff && toHolidayInfo(dayOff);
}

/**
 * The working day `count` working days after `date`.
 *
 * With `count` 0 it returns `date` itself when that is a working day, else the next working day; so the result is
 * always a working day, and for a working `date`, `workingDaysBetween(date, addWorkingDays(date, n)) === n`.
 *
 * @throws RangeError when `count` is not a whole number ≥ 0, or the answer leaves the covered years.
 * @example addWorkingDays('2024-02-07', 1) // '2024-02-15' (Tết 8–14 February)
 */
export function addWorkingDays(date: DateInput, count: number): string {
  return isoFromDay(addWorkingDaysToDay(toVietnamDay(date), count));
}

/**
 * The number of working days after `from` up to and including `to`; negative when `to` is before `from`, 0 when
 * they are the same day.
 *
 * @example workingDaysBetween('2024-02-07', '2024-02-15') // 1
 */
export function workingDaysBetween(from: DateInput, to: DateInput): number {
  return countWorkingDays(toVietnamDay(from), toVietnamDay(to));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: DateInput): string {
  return addWorkingDays(date, 1);
}

/** Every day off in `year`, in date order. @throws RangeError outside {@link calendarCoverage}. */
export function holidaysIn(year: number): HolidayInfo[] {
  return yearTable(year).daysOff.map(toHolidayInfo);
}

/** The Saturdays of `year` that are working days, worked to make up a bridge day. */
export function workingSaturdaysIn(year: number): string[] {
  return [...yearTable(year).workingSaturdays];
}

function yearTable(year: number): HolidayYear {
  const table = HOLIDAY_YEARS[year];
  if (!table) throw outsideCoverage(`the year ${year}`);
  return table;
}

function toHolidayInfo([date, holiday, kind]: DayOff): HolidayInfo {
  return { date, holiday, name: { ...HOLIDAY_NAMES[holiday] }, kind };
}

function outsideCoverage(what: string): RangeError {
  const { firstYear, lastYear } = calendarCoverage;
  return new RangeError(`The working-day calendar covers ${firstYear}–${lastYear}; ${what} is outside it.`);
}
