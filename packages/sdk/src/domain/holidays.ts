/**
 * Vietnam's public holidays for state offices, 2017–2030, as reviewed data.
 *
 * Each year lists every day off with the holiday it belongs to and why it is off:
 * - `holiday`: the statutory day itself (listed even when it falls on a weekend);
 * - `in-lieu`: a working day off because a holiday fell on a weekend (nghỉ bù);
 * - `tet`: every day of the announced lunar new year break, weekends included;
 * - `bridge`: a working day swapped with a Saturday to join two days off (hoán đổi), made up on a Saturday listed
 *   in `workingSaturdays` (ngày làm bù), which is then a working day.
 *
 * Statutory holidays: Labour Code 2012 art. 115 (to 2020: 1/1, five days of Tết, Hùng Kings' day 10/3 lunar, 30/4,
 * 1/5, 2/9); Labour Code 2019 art. 112 (from 2021: National Day gains an adjacent day, chosen each year); 24/11,
 * Vietnamese Culture Day, from 2026. Tết breaks and swaps are announced yearly by the Ministry of Labour (MOLISA), and
 * from 2025 by the Ministry of Home Affairs; the comment above each year names what it follows.
 *
 * 2027–2030 are not decided yet: `holidays-projected.ts` lays them out by rule. Review each year when its decision
 * is published.
 */

import { DECIDED_YEARS } from './holidays-decided.js';
import { PROJECTED_YEARS } from './holidays-projected.js';

/** The holidays of the Vietnamese calendar. */
export type HolidayKey =
  | 'new-year'
  | 'lunar-new-year'
  | 'hung-kings'
  | 'reunification'
  | 'labour-day'
  | 'national-day'
  | 'culture-day';

/** Why a day is off: see the module comment. */
export type HolidayKind = 'holiday' | 'in-lieu' | 'tet' | 'bridge';

/** The Vietnamese and English names of each holiday, as portals and receipts print them. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, { vi: string; en: string }>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'lunar-new-year': { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
};

/** One day off: ISO date, holiday, kind. */
export type DayOff = readonly [date: string, holiday: HolidayKey, kind: HolidayKind];

/** A year of the calendar: its days off and the Saturdays worked to make up bridge days. */
export interface HolidayYear {
  daysOff: readonly DayOff[];
  workingSaturdays: readonly string[];
}

/**
 * The Gregorian dates of the lunar new year (1/1 lunar) and of Hùng Kings' day (10/3 lunar) in Vietnam (UTC+7).
 * Hard-coded, and checked against Hồ Ngọc Đức's astronomical algorithm for time zone +7; Vietnam's new year differs
 * from China's in 2030 (2 February against 3 February).
 */
export const LUNAR_DATES: Readonly<Record<number, { newYear: string; hungKings: string }>> = {
  2017: { newYear: '2017-01-28', hungKings: '2017-04-06' },
  2018: { newYear: '2018-02-16', hungKings: '2018-04-25' },
  2019: { newYear: '2019-02-05', hungKings: '2019-04-14' },
  2020: { newYear: '2020-01-25', hungKings: '2020-04-02' },
  2021: { newYear: '2021-02-12', hungKings: '2021-04-21' },
  2022: { newYear: '2022-02-01', hungKings: '2022-04-10' },
  2023: { newYear: '2023-01-22', hungKings: '2023-04-29' },
  2024: { newYear: '2024-02-10', hungKings: '2024-04-18' },
  2025: { newYear: '2025-01-29', hungKings: '2025-04-07' },
  2026: { newYear: '2026-02-17', hungKings: '2026-04-26' },
  2027: { newYear: '2027-02-06', hungKings: '2027-04-16' },
  2028: { newYear: '2028-01-26', hungKings: '2028-04-04' },
  2029: { newYear: '2029-02-13', hungKings: '2029-04-23' },
  2030: { newYear: '2030-02-02', hungKings: '2030-04-12' },
};

/**
 * Days off and make-up Saturdays per year, 2017–2030. Sorted by date within each year. Marked pure so that bundlers
 * drop the table from code that never asks for a working day.
 */
export const HOLIDAY_YEARS: Readonly<Record<number, HolidayYear>> = /* @__PURE__ */ Object.assign(
  {},
  DECIDED_YEARS,
  PROJECTED_YEARS,
);
