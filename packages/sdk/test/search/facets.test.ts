import { describe, expect, it } from 'vitest';
import { countFacet } from '../../src/search/index.js';

const items = [
  { code: 'a', levels: ['commune'] },
  { code: 'b', levels: ['province', 'commune'] },
  { code: 'c', levels: ['commune', 'commune'] },
];
const labels = [
  ['province', 'Cấp tỉnh'],
  ['commune', 'Cấp xã'],
  ['district', 'Cấp huyện'],
] as const;

describe('countFacet', () => {
  it('counts each item once per value, most first, with its label', () => {
    expect(countFacet(items, (item) => item.levels, labels)).toEqual([
      { value: 'commune', label: 'Cấp xã', count: 3 },
      { value: 'province', label: 'Cấp tỉnh', count: 1 },
    ]);
  });

  it('keeps values nobody carries when asked, for fixed enumerations', () => {
    expect(countFacet(items, (item) => item.levels, labels, true).at(-1)).toEqual({
      value: 'district',
      label: 'Cấp huyện',
      count: 0,
    });
  });

  it('ignores values that have no label', () => {
    expect(countFacet([{ levels: ['elsewhere'] }], (item) => item.levels, labels)).toEqual([]);
  });
});
