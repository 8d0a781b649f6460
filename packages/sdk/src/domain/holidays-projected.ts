import type { HolidayYear } from './holidays.js';

/**
 * Days off of 2027–2030, not decided yet, laid out by this rule: the five Tết days are the weekdays nearest the lunar new
 * year's eve and its first four days, laid out as in the last decided year whose lunar new year fell on the same
 * weekday (2024 for a Saturday, 2025 for a Wednesday, 2026 for a Tuesday); other holidays falling on a weekend get
 * the next working day in lieu; National Day's adjacent day is the one that joins a weekend, as decided in 2021–2025;
 * no swaps. Review these years when each year's decision is published.
 */
export const PROJECTED_YEARS: Readonly<Record<number, HolidayYear>> = {
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
