import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toVietnamDateTime } from '../../src/domain/vietnam-time.js';

describe('toVietnamDateTime', () => {
  it('reads a date-time without offset as Vietnam time', () => {
    expect(toVietnamDateTime('2025-06-12T09:30:00')).toBe('2025-06-12T09:30:00+07:00');
  });

  it('moves other offsets and instants to +07:00', () => {
    expect(toVietnamDateTime('2025-06-12T02:30:00Z')).toBe('2025-06-12T09:30:00+07:00');
    expect(toVietnamDateTime('2025-06-11T23:00:00-05:00')).toBe('2025-06-12T11:00:00+07:00');
    expect(toVietnamDateTime(new Date(Date.UTC(2025, 0, 31, 20, 0, 0)))).toBe('2025-02-01T03:00:00+07:00');
  });

  it('refuses dates and times that do not exist', () => {
    expect(() => toVietnamDateTime('2025-02-29T10:00:00')).toThrow(RangeError);
    expect(() => toVietnamDateTime('2025-06-12T24:00:00')).toThrow(RangeError);
    expect(() => toVietnamDateTime('12/06/2025')).toThrow(RangeError);
  });

  it('gives back the same instant it was given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          expect(new Date(toVietnamDateTime(whole)).getTime()).toBe(whole.getTime());
        },
      ),
    );
  });
});
