import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/dashboard/bar-layout.js';

const options = { width: 500, barHeight: 10, labelHeight: 20, rowGap: 5, valueWidth: 100 };

describe('layoutBars', () => {
  it('gives the largest value the whole plot width and the others their share', () => {
    const { bars } = layoutBars([[50], [100], [25]], options);
    expect(bars.map((bar) => bar.width)).toEqual([200, 400, 100]);
  });

  it('scales to a fixed maximum, such as 100 for rates', () => {
    const { bars } = layoutBars([[50]], { ...options, max: 100 });
    expect(bars[0]?.width).toBe(200);
  });

  it('draws no bars for a chart of zeros instead of dividing by zero', () => {
    const { bars } = layoutBars([[0], [0]], options);
    expect(bars.every((bar) => bar.width === 0 && Number.isFinite(bar.width))).toBe(true);
  });

  it('puts each row’s bars under its label, one bar per series, without overlap', () => {
    const layout = layoutBars(
      [
        [3, 2],
        [1, 4],
      ],
      options,
    );
    expect(layout.bars.map((bar) => [bar.row, bar.series, bar.y])).toEqual([
      [0, 0, 20],
      [0, 1, 30],
      [1, 0, 65],
      [1, 1, 75],
    ]);
    expect(layout.height).toBe(90);
    expect(layout.labels.map((label) => label.row)).toEqual([0, 1]);
  });

  it('never draws past the plot for values above the maximum', () => {
    const { bars } = layoutBars([[150]], { ...options, max: 100 });
    expect(bars[0]?.width).toBe(400);
  });
});
