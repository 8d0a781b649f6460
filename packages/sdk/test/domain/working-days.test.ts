import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS } from '../../src/domain/holidays.js';
import {
  addWorkingDays,
  calendarCoverage,
  holidaysIn,
  isHoliday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src/domain/working-days.js';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A day of the covered years, leaving a month at the end so that adding working days stays inside. */
const coveredDay = fc
  .integer({ min: Date.UTC(2017, 0, 1) / DAY_MS, max: Date.UTC(2030, 10, 30) / DAY_MS })
  .map((day) => iso(day * DAY_MS));
const smallCount = fc.integer({ min: 0, max: 15 });

/** An independent reading of the raw data: weekdays, minus listed days off, plus listed working Saturdays. */
function workingByTheData(day: string): boolean {
  const table = HOLIDAY_YEARS[Number(day.slice(0, 4))];
  if (table?.workingSaturdays.includes(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !table?.daysOff.some(([date]) => date === day);
}

describe('isWorkingDay', () => {
  it('is true on an ordinary Monday and false on a weekend', () => {
    expect(isWorkingDay('2024-03-04')).toBe(true);
    expect(isWorkingDay('2024-03-02')).toBe(false);
    expect(isWorkingDay('2024-03-03')).toBe(false);
  });

  it('is true on a Saturday worked to make up a bridge day (4 May 2024)', () => {
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2024-04-29')).toBe(false);
  });

  it('reads date-times in Vietnam time whatever their offset', () => {
    // 17:30 UTC on 7 February is 00:30 on 8 February in Vietnam: the first day of the Tết break.
    expect(isWorkingDay('2024-02-07T17:30:00Z')).toBe(false);
    expect(isWorkingDay('2024-02-07T16:59:59Z')).toBe(true);
    expect(isWorkingDay('2024-02-07T23:59:00+07:00')).toBe(true);
    expect(isWorkingDay('2024-02-08T00:00:00+07:00')).toBe(false);
    expect(isWorkingDay('2024-02-07T23:59')).toBe(true);
    expect(isWorkingDay(new Date('2024-02-07T17:30:00Z'))).toBe(false);
  });

  it('agrees with a plain reading of the holiday table on every day of the covered years', () => {
    for (let ms = Date.UTC(2017, 0, 1); ms <= Date.UTC(2030, 11, 31); ms += DAY_MS) {
      const day = iso(ms);
      if (isWorkingDay(day) !== workingByTheData(day)) expect.fail(`${day} disagrees with the table`);
    }
    expect(isWorkingDay('2030-12-31')).toBe(true);
  });

  it('rejects malformed and impossible dates with a RangeError', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('30/04/2025')).toThrow(RangeError);
    expect(() => isWorkingDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('years outside the calendar', () => {
  it('throw a RangeError that names the covered years', () => {
    expect(calendarCoverage).toEqual({ firstYear: 2017, lastYear: 2030 });
    expect(() => isWorkingDay('2016-12-30')).toThrow('covers 2017–2030');
    expect(() => isHoliday('2031-01-01')).toThrow(RangeError);
    expect(() => holidaysIn(2031)).toThrow('covers 2017–2030');
    expect(() => addWorkingDays('2030-12-30', 5)).toThrow('covers 2017–2030');
    expect(() => workingDaysBetween('2016-12-31', '2017-01-03')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend: Friday + 1 is Monday', () => {
    expect(addWorkingDays('2024-03-01', 1)).toBe('2024-03-04');
  });

  it('skips the Tết break: 7 February 2024 + 1 is 15 February', () => {
    expect(addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(addWorkingDays('2024-02-07', 3)).toBe('2024-02-19');
  });

  it('counts a make-up Saturday: 3 May 2024 + 1 is Saturday 4 May', () => {
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
  });

  it('crosses from one year into the next over the New Year holiday', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
  });

  it('with 0 returns a working day itself, and moves a day off to the next working day', () => {
    expect(addWorkingDays('2024-03-04', 0)).toBe('2024-03-04');
    expect(addWorkingDays('2024-02-10', 0)).toBe('2024-02-15');
    expect(addWorkingDays('2024-02-10', 1)).toBe('2024-02-15');
  });

  it('rejects negative and fractional counts', () => {
    expect(() => addWorkingDays('2024-03-04', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-03-04', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-08')).toBe(4);
    expect(workingDaysBetween('2024-03-04', '2024-03-04')).toBe(0);
    expect(workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1);
  });

  it('is negative when the second date is earlier', () => {
    expect(workingDaysBetween('2024-03-08', '2024-03-04')).toBe(-4);
  });
});

describe('nextWorkingDay', () => {
  it('is the first working day strictly after the date', () => {
    expect(nextWorkingDay('2024-03-04')).toBe('2024-03-05');
    expect(nextWorkingDay('2025-04-29')).toBe('2025-05-05');
  });
});

describe('calendar properties', () => {
  it('addWorkingDays always lands on a working day', () => {
    fc.assert(fc.property(coveredDay, smallCount, (day, count) => isWorkingDay(addWorkingDays(day, count))));
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) is n for a working day d', () => {
    fc.assert(
      fc.property(coveredDay, smallCount, (day, count) => {
        fc.pre(isWorkingDay(day));
        expect(workingDaysBetween(day, addWorkingDays(day, count))).toBe(count);
      }),
    );
  });

  it('addWorkingDays is monotonic in the count and in the start date', () => {
    fc.assert(
      fc.property(coveredDay, coveredDay, smallCount, smallCount, (a, b, m, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [few, many] = m <= n ? [m, n] : [n, m];
        expect(addWorkingDays(early, few) <= addWorkingDays(early, many)).toBe(true);
        expect(addWorkingDays(early, few) <= addWorkingDays(late, few)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween is antisymmetric and adds up over consecutive spans', () => {
    fc.assert(
      fc.property(coveredDay, coveredDay, coveredDay, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });
});
