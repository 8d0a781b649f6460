/** Sizes of a horizontal bar chart, in SVG user units. */
export interface BarLayoutOptions {
  width: number;
  /** Height of one bar. */
  barHeight: number;
  /** Height of the label line above each row's bars. */
  labelHeight: number;
  /** Space after each row. */
  rowGap: number;
  /** Room kept right of the longest bar for its value. */
  valueWidth: number;
  /** The value that fills the width (100 for percentages); defaults to the largest value. */
  max?: number;
}

/** One bar's place. */
export interface BarBox {
  row: number;
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each row's label and bars go. */
export interface BarLayout {
  height: number;
  labels: Array<{ row: number; y: number }>;
  bars: BarBox[];
}

/**
 * Lays out rows of bars (one bar per series in each row) under their labels. Bar lengths are proportional to the
 * values; a chart of zeros draws no bars instead of dividing by zero.
 */
export function layoutBars(rows: ReadonlyArray<readonly number[]>, options: BarLayoutOptions): BarLayout {
  const largest = Math.max(0, ...rows.flat());
  const max = options.max ?? largest;
  const plotWidth = options.width - options.valueWidth;
  const labels: BarLayout['labels'] = [];
  const bars: BarBox[] = [];
  let y = 0;
  rows.forEach((values, row) => {
    labels.push({ row, y: y + options.labelHeight * 0.75 });
    y += options.labelHeight;
    values.forEach((value, series) => {
      const width = max > 0 ? (Math.min(Math.max(value, 0), max) / max) * plotWidth : 0;
      bars.push({ row, series, value, x: 0, y, width, height: options.barHeight });
      y += options.barHeight;
    });
    y += options.rowGap;
  });
  return { height: Math.max(y, 1), labels, bars };
}
