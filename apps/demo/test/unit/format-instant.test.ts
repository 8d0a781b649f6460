import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/try/format-instant.js';

describe('formatInstant', () => {
  it('writes Vietnam’s time, day before month, in Vietnamese', () => {
    expect(formatInstant('2025-06-12T02:30:00Z', 'vi')).toBe('09:30 12/06/2025');
  });

  it('names the month in English, so 12 June cannot be read as 6 December', () => {
    expect(formatInstant('2025-06-12T09:30:00+07:00', 'en')).toBe('12 Jun 2025, 09:30');
  });
});
