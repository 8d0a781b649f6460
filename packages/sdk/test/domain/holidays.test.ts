import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, LUNAR_DATES } from '../../src/domain/holidays.js';
import { holidaysIn, isHoliday, isWorkingDay, workingSaturdaysIn } from '../../src/domain/working-days.js';

/** What each year's decision says, written out by hand from the sources named in holidays.ts. */
interface YearFacts {
  tet: [first: string, last: string];
  daysOff: number;
  off: string[];
  working: string[];
  workingSaturdays?: string[];
}

const FACTS: Record<number, YearFacts> = {
  2017: {
    tet: ['2017-01-26', '2017-02-01'],
    daysOff: 15,
    off: ['2017-01-02', '2017-04-06', '2017-05-02', '2017-09-04'],
    working: ['2017-02-02', '2017-09-01'],
  },
  2018: {
    tet: ['2018-02-14', '2018-02-20'],
    daysOff: 14,
    off: ['2018-04-25', '2018-09-03', '2018-12-31'],
    working: ['2018-02-21', '2018-04-27'],
  },
  2019: {
    tet: ['2019-02-02', '2019-02-10'],
    daysOff: 16,
    off: ['2019-04-15', '2019-04-29'],
    working: ['2019-02-11', '2019-09-03'],
    workingSaturdays: ['2019-01-05', '2019-05-04'],
  },
  2020: {
    tet: ['2020-01-23', '2020-01-29'],
    daysOff: 12,
    off: ['2020-04-02', '2020-09-02'],
    working: ['2020-01-30', '2020-09-03'],
  },
  2021: {
    tet: ['2021-02-10', '2021-02-16'],
    daysOff: 14,
    off: ['2021-05-03', '2021-09-03'],
    working: ['2021-02-17', '2021-09-06'],
  },
  2022: {
    tet: ['2022-01-29', '2022-02-06'],
    daysOff: 19,
    off: ['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03', '2022-09-01'],
    working: ['2022-02-07', '2022-09-05'],
  },
  2023: {
    tet: ['2023-01-20', '2023-01-26'],
    daysOff: 17,
    off: ['2023-01-02', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-04'],
    working: ['2023-01-27', '2023-09-05'],
  },
  2024: {
    tet: ['2024-02-08', '2024-02-14'],
    daysOff: 14,
    off: ['2024-04-18', '2024-04-29', '2024-09-03'],
    working: ['2024-02-15', '2024-05-02'],
    workingSaturdays: ['2024-05-04'],
  },
  2025: {
    tet: ['2025-01-25', '2025-02-02'],
    daysOff: 16,
    off: ['2025-04-07', '2025-05-02', '2025-09-01'],
    working: ['2025-02-03', '2025-09-03'],
    workingSaturdays: ['2025-04-26'],
  },
  2026: {
    tet: ['2026-02-14', '2026-02-22'],
    daysOff: 18,
    off: ['2026-01-02', '2026-04-27', '2026-09-01', '2026-11-24'],
    working: ['2026-02-23', '2026-04-28', '2026-09-03'],
    workingSaturdays: ['2026-01-10'],
  },
  2027: {
    tet: ['2027-02-04', '2027-02-10'],
    daysOff: 15,
    off: ['2027-04-16', '2027-05-03', '2027-09-03', '2027-11-24'],
    working: ['2027-02-11', '2027-02-03'],
  },
  2028: {
    tet: ['2028-01-22', '2028-01-30'],
    daysOff: 19,
    off: ['2028-01-03', '2028-04-04', '2028-05-02', '2028-09-01', '2028-09-04', '2028-11-24'],
    working: ['2028-01-31', '2028-01-21'],
  },
  2029: {
    tet: ['2029-02-10', '2029-02-18'],
    daysOff: 18,
    off: ['2029-04-23', '2029-09-03', '2029-09-04', '2029-11-26'],
    working: ['2029-02-19', '2029-02-09'],
  },
  2030: {
    tet: ['2030-01-31', '2030-02-06'],
    daysOff: 15,
    off: ['2030-04-12', '2030-09-03', '2030-11-25'],
    working: ['2030-01-30', '2030-02-07'],
  },
};

/** Weekdays off each year by law, before bridges: 10 to 2020, 11 from 2021 (Labour Code 2019), 12 from 2026. */
function statutoryWeekdaysOff(year: number): number {
  if (year >= 2026) return 12;
  return year >= 2021 ? 11 : 10;
}

const isWeekday = (iso: string) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

describe.each(Object.entries(FACTS).map(([year, facts]) => [Number(year), facts] as const))('%i', (year, facts) => {
  it(`lists ${facts.daysOff} days off, in date order, all inside the year`, () => {
    const days = holidaysIn(year).map((holiday) => holiday.date);
    expect(days).toHaveLength(facts.daysOff);
    expect(days).toEqual([...days].sort());
    expect(days.every((day) => day.startsWith(`${year}-`))).toBe(true);
  });

  it(`takes Tết off from ${facts.tet[0]} to ${facts.tet[1]}, around the lunar new year`, () => {
    const tet = holidaysIn(year).filter((holiday) => holiday.kind === 'tet');
    expect(tet[0]?.date).toBe(facts.tet[0]);
    expect(tet.at(-1)?.date).toBe(facts.tet[1]);
    const { newYear } = LUNAR_DATES[year] ?? { newYear: '' };
    expect(tet.map((holiday) => holiday.date)).toContain(newYear);
    expect(isWorkingDay(facts.tet[1])).toBe(false);
    expect(isHoliday(newYear)?.name.vi).toBe('Tết Nguyên đán');
  });

  it("keeps Hùng Kings' day, 1/1, 30/4, 1/5 and 2/9 as holidays", () => {
    const { hungKings } = LUNAR_DATES[year] ?? { hungKings: '' };
    expect(isHoliday(hungKings)).toMatchObject({ holiday: 'hung-kings', kind: 'holiday' });
    for (const [date, holiday] of [
      ['01-01', 'new-year'],
      ['04-30', 'reunification'],
      ['05-01', 'labour-day'],
      ['09-02', 'national-day'],
    ] as const) {
      expect(isHoliday(`${year}-${date}`)).toMatchObject({ holiday, kind: 'holiday' });
    }
    expect(isHoliday(`${year}-11-24`)?.holiday).toBe(year >= 2026 ? 'culture-day' : undefined);
  });

  it(`is off on ${facts.off.join(', ')}`, () => {
    for (const day of facts.off) expect(isWorkingDay(day), day).toBe(false);
  });

  it(`works on ${[...facts.working, ...(facts.workingSaturdays ?? [])].join(', ')}`, () => {
    for (const day of [...facts.working, ...(facts.workingSaturdays ?? [])]) expect(isWorkingDay(day), day).toBe(true);
    expect(workingSaturdaysIn(year)).toEqual(facts.workingSaturdays ?? []);
  });

  it('has as many weekdays off as the law gives, plus bridge days', () => {
    const holidays = holidaysIn(year);
    const weekdaysOff = holidays.filter((holiday) => isWeekday(holiday.date));
    const bridges = holidays.filter((holiday) => holiday.kind === 'bridge');
    expect(weekdaysOff.length - bridges.length).toBe(statutoryWeekdaysOff(year));
    for (const holiday of holidays.filter((day) => day.kind === 'in-lieu' || day.kind === 'bridge')) {
      expect(isWeekday(holiday.date), holiday.date).toBe(true);
    }
  });
});

describe('holiday data', () => {
  it('covers every year from 2017 to 2030', () => {
    expect(Object.keys(HOLIDAY_YEARS).map(Number)).toEqual(Array.from({ length: 14 }, (_, index) => 2017 + index));
  });

  it('makes up every bridge day with a Saturday worked', () => {
    const bridges = Object.values(HOLIDAY_YEARS).flatMap((year) => year.daysOff.filter((day) => day[2] === 'bridge'));
    const saturdays = Object.values(HOLIDAY_YEARS).flatMap((year) => year.workingSaturdays);
    expect(saturdays).toHaveLength(bridges.length);
    for (const saturday of saturdays) expect(new Date(`${saturday}T00:00:00Z`).getUTCDay()).toBe(6);
  });

  it('names each holiday in Vietnamese and English', () => {
    expect(isHoliday('2025-09-02')).toEqual({
      date: '2025-09-02',
      holiday: 'national-day',
      name: { vi: 'Quốc khánh', en: 'National Day' },
      kind: 'holiday',
    });
    expect(isHoliday('2024-05-04')).toBeUndefined();
    expect(isHoliday('2024-05-05')).toBeUndefined();
  });
});
