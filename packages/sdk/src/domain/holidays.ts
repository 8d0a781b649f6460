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
 * 2027–2030 are not decided yet. They follow this rule: the five Tết days are the weekdays nearest the lunar new
 * year's eve and its first four days, laid out as in the last decided year whose lunar new year fell on the same
 * weekday (2024 for a Saturday, 2025 for a Wednesday, 2026 for a Tuesday); other holidays falling on a weekend get
 * the next working day in lieu; National Day's adjacent day is the one that joins a weekend, as decided in 2021–2025;
 * no swaps. Review these years when each year's decision is published.
 */

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

/** Days off and make-up Saturdays per year, 2017–2030. Sorted by date within each year. */
export const HOLIDAY_YEARS: Readonly<Record<number, HolidayYear>> = {
  // Labour Code 2012 art. 115; Tết 26/1–1/2 announced by MOLISA with no swap (29 Chạp to mùng 5).
  2017: {
    daysOff: [
      ['2017-01-01', 'new-year', 'holiday'],
      ['2017-01-02', 'new-year', 'in-lieu'],
      ['2017-01-26', 'lunar-new-year', 'tet'],
      ['2017-01-27', 'lunar-new-year', 'tet'],
      ['2017-01-28', 'lunar-new-year', 'tet'],
      ['2017-01-29', 'lunar-new-year', 'tet'],
      ['2017-01-30', 'lunar-new-year', 'tet'],
      ['2017-01-31', 'lunar-new-year', 'tet'],
      ['2017-02-01', 'lunar-new-year', 'tet'],
      ['2017-04-06', 'hung-kings', 'holiday'],
      ['2017-04-30', 'reunification', 'holiday'],
      ['2017-05-01', 'labour-day', 'holiday'],
      ['2017-05-02', 'reunification', 'in-lieu'],
      ['2017-09-02', 'national-day', 'holiday'],
      ['2017-09-04', 'national-day', 'in-lieu'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2012 art. 115; Tết 14–20/2 (29 Chạp to mùng 5); National Day on a Sunday, in lieu on Monday 3/9; New Year 2019 bridged by Monday 31/12/2018.
  2018: {
    daysOff: [
      ['2018-01-01', 'new-year', 'holiday'],
      ['2018-02-14', 'lunar-new-year', 'tet'],
      ['2018-02-15', 'lunar-new-year', 'tet'],
      ['2018-02-16', 'lunar-new-year', 'tet'],
      ['2018-02-17', 'lunar-new-year', 'tet'],
      ['2018-02-18', 'lunar-new-year', 'tet'],
      ['2018-02-19', 'lunar-new-year', 'tet'],
      ['2018-02-20', 'lunar-new-year', 'tet'],
      ['2018-04-25', 'hung-kings', 'holiday'],
      ['2018-04-30', 'reunification', 'holiday'],
      ['2018-05-01', 'labour-day', 'holiday'],
      ['2018-09-02', 'national-day', 'holiday'],
      ['2018-09-03', 'national-day', 'in-lieu'],
      ['2018-12-31', 'new-year', 'bridge'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2012 art. 115; MOLISA notice for 2019: New Year bridge 31/12/2018 made up on Saturday 5/1, Tết 2–10/2 (28 Chạp to mùng 6), 30/4 bridge Monday 29/4 made up on Saturday 4/5.
  2019: {
    daysOff: [
      ['2019-01-01', 'new-year', 'holiday'],
      ['2019-02-02', 'lunar-new-year', 'tet'],
      ['2019-02-03', 'lunar-new-year', 'tet'],
      ['2019-02-04', 'lunar-new-year', 'tet'],
      ['2019-02-05', 'lunar-new-year', 'tet'],
      ['2019-02-06', 'lunar-new-year', 'tet'],
      ['2019-02-07', 'lunar-new-year', 'tet'],
      ['2019-02-08', 'lunar-new-year', 'tet'],
      ['2019-02-09', 'lunar-new-year', 'tet'],
      ['2019-02-10', 'lunar-new-year', 'tet'],
      ['2019-04-14', 'hung-kings', 'holiday'],
      ['2019-04-15', 'hung-kings', 'in-lieu'],
      ['2019-04-29', 'reunification', 'bridge'],
      ['2019-04-30', 'reunification', 'holiday'],
      ['2019-05-01', 'labour-day', 'holiday'],
      ['2019-09-02', 'national-day', 'holiday'],
    ],
    workingSaturdays: ['2019-01-05', '2019-05-04'],
  },
  // Labour Code 2012 art. 115; Tết 23–29/1 (29 Chạp to mùng 5), no swaps.
  2020: {
    daysOff: [
      ['2020-01-01', 'new-year', 'holiday'],
      ['2020-01-23', 'lunar-new-year', 'tet'],
      ['2020-01-24', 'lunar-new-year', 'tet'],
      ['2020-01-25', 'lunar-new-year', 'tet'],
      ['2020-01-26', 'lunar-new-year', 'tet'],
      ['2020-01-27', 'lunar-new-year', 'tet'],
      ['2020-01-28', 'lunar-new-year', 'tet'],
      ['2020-01-29', 'lunar-new-year', 'tet'],
      ['2020-04-02', 'hung-kings', 'holiday'],
      ['2020-04-30', 'reunification', 'holiday'],
      ['2020-05-01', 'labour-day', 'holiday'],
      ['2020-09-02', 'national-day', 'holiday'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2019 art. 112 (National Day gains an adjacent day); Tết 10–16/2 (29 Chạp to mùng 5); National Day 2–3/9.
  2021: {
    daysOff: [
      ['2021-01-01', 'new-year', 'holiday'],
      ['2021-02-10', 'lunar-new-year', 'tet'],
      ['2021-02-11', 'lunar-new-year', 'tet'],
      ['2021-02-12', 'lunar-new-year', 'tet'],
      ['2021-02-13', 'lunar-new-year', 'tet'],
      ['2021-02-14', 'lunar-new-year', 'tet'],
      ['2021-02-15', 'lunar-new-year', 'tet'],
      ['2021-02-16', 'lunar-new-year', 'tet'],
      ['2021-04-21', 'hung-kings', 'holiday'],
      ['2021-04-30', 'reunification', 'holiday'],
      ['2021-05-01', 'labour-day', 'holiday'],
      ['2021-05-03', 'labour-day', 'in-lieu'],
      ['2021-09-02', 'national-day', 'holiday'],
      ['2021-09-03', 'national-day', 'holiday'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2019 art. 112; Tết 29/1–6/2 (27 Chạp to mùng 6); National Day 1–2/9.
  2022: {
    daysOff: [
      ['2022-01-01', 'new-year', 'holiday'],
      ['2022-01-03', 'new-year', 'in-lieu'],
      ['2022-01-29', 'lunar-new-year', 'tet'],
      ['2022-01-30', 'lunar-new-year', 'tet'],
      ['2022-01-31', 'lunar-new-year', 'tet'],
      ['2022-02-01', 'lunar-new-year', 'tet'],
      ['2022-02-02', 'lunar-new-year', 'tet'],
      ['2022-02-03', 'lunar-new-year', 'tet'],
      ['2022-02-04', 'lunar-new-year', 'tet'],
      ['2022-02-05', 'lunar-new-year', 'tet'],
      ['2022-02-06', 'lunar-new-year', 'tet'],
      ['2022-04-10', 'hung-kings', 'holiday'],
      ['2022-04-11', 'hung-kings', 'in-lieu'],
      ['2022-04-30', 'reunification', 'holiday'],
      ['2022-05-01', 'labour-day', 'holiday'],
      ['2022-05-02', 'reunification', 'in-lieu'],
      ['2022-05-03', 'labour-day', 'in-lieu'],
      ['2022-09-01', 'national-day', 'holiday'],
      ['2022-09-02', 'national-day', 'holiday'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2019 art. 112; Tết 20–26/1 (29 Chạp to mùng 5); Hùng Kings, 30/4 and 1/5 off 29/4–3/5; National Day 1–2/9 with Monday 4/9 in lieu.
  2023: {
    daysOff: [
      ['2023-01-01', 'new-year', 'holiday'],
      ['2023-01-02', 'new-year', 'in-lieu'],
      ['2023-01-20', 'lunar-new-year', 'tet'],
      ['2023-01-21', 'lunar-new-year', 'tet'],
      ['2023-01-22', 'lunar-new-year', 'tet'],
      ['2023-01-23', 'lunar-new-year', 'tet'],
      ['2023-01-24', 'lunar-new-year', 'tet'],
      ['2023-01-25', 'lunar-new-year', 'tet'],
      ['2023-01-26', 'lunar-new-year', 'tet'],
      ['2023-04-29', 'hung-kings', 'holiday'],
      ['2023-04-30', 'reunification', 'holiday'],
      ['2023-05-01', 'labour-day', 'holiday'],
      ['2023-05-02', 'hung-kings', 'in-lieu'],
      ['2023-05-03', 'reunification', 'in-lieu'],
      ['2023-09-01', 'national-day', 'holiday'],
      ['2023-09-02', 'national-day', 'holiday'],
      ['2023-09-04', 'national-day', 'in-lieu'],
    ],
    workingSaturdays: [],
  },
  // Labour Code 2019 art. 112; Tết 8–14/2 (29 Chạp to mùng 5); 30/4 bridge Monday 29/4 made up on Saturday 4/5; National Day 2–3/9.
  2024: {
    daysOff: [
      ['2024-01-01', 'new-year', 'holiday'],
      ['2024-02-08', 'lunar-new-year', 'tet'],
      ['2024-02-09', 'lunar-new-year', 'tet'],
      ['2024-02-10', 'lunar-new-year', 'tet'],
      ['2024-02-11', 'lunar-new-year', 'tet'],
      ['2024-02-12', 'lunar-new-year', 'tet'],
      ['2024-02-13', 'lunar-new-year', 'tet'],
      ['2024-02-14', 'lunar-new-year', 'tet'],
      ['2024-04-18', 'hung-kings', 'holiday'],
      ['2024-04-29', 'reunification', 'bridge'],
      ['2024-04-30', 'reunification', 'holiday'],
      ['2024-05-01', 'labour-day', 'holiday'],
      ['2024-09-02', 'national-day', 'holiday'],
      ['2024-09-03', 'national-day', 'holiday'],
    ],
    workingSaturdays: ['2024-05-04'],
  },
  // Labour Code 2019 art. 112; Thông báo 6150/TB-BLĐTBXH (2024): Tết 25/1–2/2 (26 Chạp to mùng 5), 30/4 bridge Friday 2/5 made up on Saturday 26/4; National Day 1–2/9.
  2025: {
    daysOff: [
      ['2025-01-01', 'new-year', 'holiday'],
      ['2025-01-25', 'lunar-new-year', 'tet'],
      ['2025-01-26', 'lunar-new-year', 'tet'],
      ['2025-01-27', 'lunar-new-year', 'tet'],
      ['2025-01-28', 'lunar-new-year', 'tet'],
      ['2025-01-29', 'lunar-new-year', 'tet'],
      ['2025-01-30', 'lunar-new-year', 'tet'],
      ['2025-01-31', 'lunar-new-year', 'tet'],
      ['2025-02-01', 'lunar-new-year', 'tet'],
      ['2025-02-02', 'lunar-new-year', 'tet'],
      ['2025-04-07', 'hung-kings', 'holiday'],
      ['2025-04-30', 'reunification', 'holiday'],
      ['2025-05-01', 'labour-day', 'holiday'],
      ['2025-05-02', 'labour-day', 'bridge'],
      ['2025-09-01', 'national-day', 'holiday'],
      ['2025-09-02', 'national-day', 'holiday'],
    ],
    workingSaturdays: ['2025-04-26'],
  },
  // Labour Code 2019 art. 112; Ministry of Home Affairs, 25/12/2025: New Year bridge Friday 2/1 made up on Saturday 10/1; Tết 14–22/2 (27 Chạp to mùng 6, announced October 2025); Hùng Kings on a Sunday, in lieu Monday 27/4; National Day 1–2/9; Vietnamese Culture Day 24/11 (Resolution 80-NQ/TW, January 2026).
  2026: {
    daysOff: [
      ['2026-01-01', 'new-year', 'holiday'],
      ['2026-01-02', 'new-year', 'bridge'],
      ['2026-02-14', 'lunar-new-year', 'tet'],
      ['2026-02-15', 'lunar-new-year', 'tet'],
      ['2026-02-16', 'lunar-new-year', 'tet'],
      ['2026-02-17', 'lunar-new-year', 'tet'],
      ['2026-02-18', 'lunar-new-year', 'tet'],
      ['2026-02-19', 'lunar-new-year', 'tet'],
      ['2026-02-20', 'lunar-new-year', 'tet'],
      ['2026-02-21', 'lunar-new-year', 'tet'],
      ['2026-02-22', 'lunar-new-year', 'tet'],
      ['2026-04-26', 'hung-kings', 'holiday'],
      ['2026-04-27', 'hung-kings', 'in-lieu'],
      ['2026-04-30', 'reunification', 'holiday'],
      ['2026-05-01', 'labour-day', 'holiday'],
      ['2026-09-01', 'national-day', 'holiday'],
      ['2026-09-02', 'national-day', 'holiday'],
      ['2026-11-24', 'culture-day', 'holiday'],
    ],
    workingSaturdays: ['2026-01-10'],
  },
  // Rule (not yet decided): Tết 4–10/2 as in 2024 (Tết on a Saturday); 1/5 on a Saturday, in lieu Monday 3/5; National Day 2–3/9.
  2027: {
    daysOff: [
      ['2027-01-01', 'new-year', 'holiday'],
      ['2027-02-04', 'lunar-new-year', 'tet'],
      ['2027-02-05', 'lunar-new-year', 'tet'],
      ['2027-02-06', 'lunar-new-year', 'tet'],
      ['2027-02-07', 'lunar-new-year', 'tet'],
      ['2027-02-08', 'lunar-new-year', 'tet'],
      ['2027-02-09', 'lunar-new-year', 'tet'],
      ['2027-02-10', 'lunar-new-year', 'tet'],
      ['2027-04-16', 'hung-kings', 'holiday'],
      ['2027-04-30', 'reunification', 'holiday'],
      ['2027-05-01', 'labour-day', 'holiday'],
      ['2027-05-03', 'labour-day', 'in-lieu'],
      ['2027-09-02', 'national-day', 'holiday'],
      ['2027-09-03', 'national-day', 'holiday'],
      ['2027-11-24', 'culture-day', 'holiday'],
    ],
    workingSaturdays: [],
  },
  // Rule (not yet decided): New Year on a Saturday, in lieu Monday 3/1; Tết 22–30/1 as in 2025 (Tết on a Wednesday); 30/4 on a Sunday, in lieu Tuesday 2/5; National Day 1–2/9 with Monday 4/9 in lieu as in 2023.
  2028: {
    daysOff: [
      ['2028-01-01', 'new-year', 'holiday'],
      ['2028-01-03', 'new-year', 'in-lieu'],
      ['2028-01-22', 'lunar-new-year', 'tet'],
      ['2028-01-23', 'lunar-new-year', 'tet'],
      ['2028-01-24', 'lunar-new-year', 'tet'],
      ['2028-01-25', 'lunar-new-year', 'tet'],
      ['2028-01-26', 'lunar-new-year', 'tet'],
      ['2028-01-27', 'lunar-new-year', 'tet'],
      ['2028-01-28', 'lunar-new-year', 'tet'],
      ['2028-01-29', 'lunar-new-year', 'tet'],
      ['2028-01-30', 'lunar-new-year', 'tet'],
      ['2028-04-04', 'hung-kings', 'holiday'],
      ['2028-04-30', 'reunification', 'holiday'],
      ['2028-05-01', 'labour-day', 'holiday'],
      ['2028-05-02', 'reunification', 'in-lieu'],
      ['2028-09-01', 'national-day', 'holiday'],
      ['2028-09-02', 'national-day', 'holiday'],
      ['2028-09-04', 'national-day', 'in-lieu'],
      ['2028-11-24', 'culture-day', 'holiday'],
    ],
    workingSaturdays: [],
  },
  // Rule (not yet decided): Tết 10–18/2 as in 2026 (Tết on a Tuesday); National Day 2–3/9 with Tuesday 4/9 in lieu for the Sunday; 24/11 on a Saturday, in lieu Monday 26/11.
  2029: {
    daysOff: [
      ['2029-01-01', 'new-year', 'holiday'],
      ['2029-02-10', 'lunar-new-year', 'tet'],
      ['2029-02-11', 'lunar-new-year', 'tet'],
      ['2029-02-12', 'lunar-new-year', 'tet'],
      ['2029-02-13', 'lunar-new-year', 'tet'],
      ['2029-02-14', 'lunar-new-year', 'tet'],
      ['2029-02-15', 'lunar-new-year', 'tet'],
      ['2029-02-16', 'lunar-new-year', 'tet'],
      ['2029-02-17', 'lunar-new-year', 'tet'],
      ['2029-02-18', 'lunar-new-year', 'tet'],
      ['2029-04-23', 'hung-kings', 'holiday'],
      ['2029-04-30', 'reunification', 'holiday'],
      ['2029-05-01', 'labour-day', 'holiday'],
      ['2029-09-02', 'national-day', 'holiday'],
      ['2029-09-03', 'national-day', 'holiday'],
      ['2029-09-04', 'national-day', 'in-lieu'],
      ['2029-11-24', 'culture-day', 'holiday'],
      ['2029-11-26', 'culture-day', 'in-lieu'],
    ],
    workingSaturdays: [],
  },
  // Rule (not yet decided): Tết 31/1–6/2 as in 2024 (Tết on a Saturday; Vietnam's lunar new year falls a day before China's this year); National Day 2–3/9; 24/11 on a Sunday, in lieu Monday 25/11.
  2030: {
    daysOff: [
      ['2030-01-01', 'new-year', 'holiday'],
      ['2030-01-31', 'lunar-new-year', 'tet'],
      ['2030-02-01', 'lunar-new-year', 'tet'],
      ['2030-02-02', 'lunar-new-year', 'tet'],
      ['2030-02-03', 'lunar-new-year', 'tet'],
      ['2030-02-04', 'lunar-new-year', 'tet'],
      ['2030-02-05', 'lunar-new-year', 'tet'],
      ['2030-02-06', 'lunar-new-year', 'tet'],
      ['2030-04-12', 'hung-kings', 'holiday'],
      ['2030-04-30', 'reunification', 'holiday'],
      ['2030-05-01', 'labour-day', 'holiday'],
      ['2030-09-02', 'national-day', 'holiday'],
      ['2030-09-03', 'national-day', 'holiday'],
      ['2030-11-24', 'culture-day', 'holiday'],
      ['2030-11-25', 'culture-day', 'in-lieu'],
    ],
    workingSaturdays: [],
  },
};
