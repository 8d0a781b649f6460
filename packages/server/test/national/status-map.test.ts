import { describe, expect, it } from 'vitest';
import { checkStatusMap, OPENCPS_STATUS_MAP, resolveStatus } from '../../src/national/index.js';

describe('the status map', () => {
  it('ships the OpenCPS table: every national code once, in order', () => {
    expect(Object.values(OPENCPS_STATUS_MAP)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(OPENCPS_STATUS_MAP.releasing).toBe(9);
    expect(checkStatusMap(OPENCPS_STATUS_MAP)).toEqual([]);
  });

  it('says what is wrong with a table', () => {
    expect(checkStatusMap({ done: 10, odd: 0, half: 4.5, text: '4', ' ': 1 })).toEqual([
      'status "odd" maps to 0, not a code from 1 to 10',
      'status "half" maps to 4.5, not a code from 1 to 10',
      'status "text" maps to "4", not a code from 1 to 10',
      'the status map has an empty key',
    ]);
    expect(checkStatusMap([])).toEqual(['the status map is not an object']);
  });

  it('resolves status/subStatus, then status, then a national code', () => {
    const map = { ...OPENCPS_STATUS_MAP, 'processing/waiting-payment': 6 };
    expect(resolveStatus('processing/waiting-payment', map)).toEqual({ value: 6 });
    expect(resolveStatus('processing/checking', map)).toEqual({ value: 4 });
    expect(resolveStatus(' done ', map)).toEqual({ value: 10 });
    expect(resolveStatus(3, map)).toEqual({ value: 3 });
    expect(resolveStatus('constructor', map)).toHaveProperty('error');
    expect(resolveStatus('04', undefined)).toEqual({ value: 4 });
    expect(resolveStatus(true, undefined)).toHaveProperty('error');
  });
});
