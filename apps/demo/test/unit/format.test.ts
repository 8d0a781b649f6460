import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatMonth, formatRate } from '../../src/dashboard/format.js';

describe('dashboard formatting', () => {
  it('writes rates with a decimal comma in Vietnamese and a point in English', () => {
    expect(formatRate(92.46, 'vi')).toBe('92,5%');
    expect(formatRate(92.46, 'en')).toBe('92.5%');
  });

  it('writes a dash for a rate with nothing to count', () => {
    expect(formatRate(null, 'vi')).toBe('—');
  });

  it('groups thousands as each language does', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('writes months as 03/2025 in Vietnamese and Mar 2025 in English', () => {
    expect(formatMonth('2025-03', 'vi')).toBe('03/2025');
    expect(formatMonth('2025-03', 'en')).toBe('Mar 2025');
  });

  it('writes days as dd/mm/yyyy in Vietnamese', () => {
    expect(formatDay('2025-03-05', 'vi')).toBe('05/03/2025');
    expect(formatDay('2025-03-05', 'en')).toBe('5 Mar 2025');
  });
});
