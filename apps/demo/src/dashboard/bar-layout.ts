/** How long each bar of a horizontal bar chart is, as a share of the plot's width. */
export interface BarShare {
  row: number;
  series: number;
  value: number;
  /** 0 to 100: the bar's length in percent of the plot's width. */
  percent: number;
}

/**
 * Gives each value its share of the plot (one bar per series in each row). The largest value fills the plot unless
 * `max` is given (100 for percentages); values above it stop at the edge, and a chart of zeros draws no bars instead
 * of dividing by zero. Lengths are percentages, so the chart follows its container and the reader's text size.
 */
export function barShares(rows: ReadonlyArray<readonly number[]>, max?: number): BarShare[] {
  const top = max ?? Math.max(0, ...rows.flat());
  return rows.flatMap((values, row) =>
    values.map((value, series) => ({
      row,
      series,
      value,
      percent: top > 0 ? (Math.min(Math.max(value, 0), top) / top) * 100 : 0,
    })),
  );
}
