import { describe, expect, it } from 'vitest';
import { isPartialMonth, lastTwelveMonths, vietnamToday } from '../../src/dashboard/default-range.js';

describe('the dashboard’s default period', () => {
  it('is today in Vietnam, even when it is still yesterday in UTC', () => {
    expect(vietnamToday(new Date('2026-12-02T18:30:00Z'))).toBe('2026-12-03');
    expect(vietnamToday(new Date('2026-12-02T16:59:00Z'))).toBe('2026-12-02');
  });

  it('covers the last 12 months, this one included', () => {
    expect(lastTwelveMonths('2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-12-03' });
    expect(lastTwelveMonths('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});

describe('isPartialMonth', () => {
  it('marks the month of the period’s last day while that month is running', () => {
    expect(isPartialMonth('2026-12', '2026-12-03')).toBe(true);
    expect(isPartialMonth('2026-02', '2026-02-27')).toBe(true);
  });

  it('leaves whole months alone, the period’s last month too when it ends on its last day', () => {
    expect(isPartialMonth('2026-11', '2026-12-03')).toBe(false);
    expect(isPartialMonth('2026-11', '2026-11-30')).toBe(false);
    expect(isPartialMonth('2024-02', '2024-02-29')).toBe(false);
  });
});
