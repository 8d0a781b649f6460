import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../src/shared/format.js';

describe('formatDate', () => {
  it('shows a calendar date as dd/MM/yyyy without shifting it across time zones', () => {
    expect(formatDate('2025-06-13')).toBe('13/06/2025');
  });

  it('shows a date-time on its day in Vietnam', () => {
    // 20:30 UTC on 12 June is 03:30 on 13 June in Hà Nội.
    expect(formatDate('2025-06-12T20:30:00Z')).toBe('13/06/2025');
  });

  it('shows a date-time as HH:mm dd/MM/yyyy in Vietnam time', () => {
    expect(formatDateTime('2025-06-12T09:30:00+07:00')).toBe('09:30 12/06/2025');
  });

  it('writes the month in English, so 12 June never reads as 6 December', () => {
    expect(formatDate('2025-06-12', 'en')).toBe('12 Jun 2025');
    expect(formatDate('2025-06-12', 'vi')).toBe('12/06/2025');
    expect(formatDate('2025-01-05T20:30:00Z', 'en')).toBe('6 Jan 2025');
    expect(formatDateTime('2025-12-31T09:30:00+07:00', 'en')).toBe('09:30 31 Dec 2025');
  });
});

describe('formatMoney', () => {
  it('writes đồng the Vietnamese way', () => {
    expect(formatMoney(1_000_000, 'vi', 'Miễn phí').replace(/\s/g, ' ')).toBe('1.000.000 ₫');
  });

  it('writes đồng with the currency code in English', () => {
    expect(formatMoney(8_000, 'en', 'Free').replace(/\s/g, ' ')).toBe('VND 8,000');
  });

  it('says free for 0', () => {
    expect(formatMoney(0, 'vi', 'Miễn phí')).toBe('Miễn phí');
  });
});

describe('formatNumber', () => {
  it('groups thousands for the locale', () => {
    expect(formatNumber(5670, 'vi')).toBe('5.670');
    expect(formatNumber(5670, 'en')).toBe('5,670');
  });
});
