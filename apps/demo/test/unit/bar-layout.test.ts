import { describe, expect, it } from 'vitest';
import { barShares } from '../../src/dashboard/bar-layout.js';

describe('barShares', () => {
  it('gives the largest value the whole plot and the others their share', () => {
    expect(barShares([[50], [100], [25]]).map((bar) => bar.percent)).toEqual([50, 100, 25]);
  });

  it('scales to a fixed maximum, such as 100 for rates', () => {
    expect(barShares([[40]], 200)[0]?.percent).toBe(20);
  });

  it('draws no bars for a chart of zeros instead of dividing by zero', () => {
    const bars = barShares([[0], [0]]);
    expect(bars.every((bar) => bar.percent === 0)).toBe(true);
  });

  it('keeps one bar per series in each row, in order', () => {
    const bars = barShares([
      [3, 2],
      [1, 4],
    ]);
    expect(bars.map((bar) => [bar.row, bar.series, bar.value])).toEqual([
      [0, 0, 3],
      [0, 1, 2],
      [1, 0, 1],
      [1, 1, 4],
    ]);
    expect(bars[3]?.percent).toBe(100);
  });

  it('never draws past the plot for values above the maximum, nor below zero', () => {
    expect(barShares([[150], [-5]], 100).map((bar) => bar.percent)).toEqual([100, 0]);
  });
});
