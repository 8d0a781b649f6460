import { h, s } from '../shell/dom.js';
import { layoutBars } from './bar-layout.js';
import { type TableSpec, dataTable } from './data-table.js';

/** A horizontal bar chart with its data table. */
export interface ChartSpec {
  id: string;
  title: string;
  /** One label per series (bars in each row), in drawing order. */
  series: readonly string[];
  rows: ReadonlyArray<{ label: string; values: readonly number[] }>;
  formatValue: (value: number) => string;
  /** The value that fills the width (100 for rates); defaults to the largest value. */
  max?: number;
  /** "Show the data table", in the reader's language. */
  tableToggle: string;
  table: TableSpec;
}

const WIDTH = 640;
/** Rows described in the chart's text alternative; the table has them all. */
const DESCRIBED_ROWS = 12;

/**
 * A `<figure>`: the chart as one SVG image (`role="img"`, named by its `<title>`, described by its `<desc>`), a legend,
 * and a `<details>` holding the real table, so nothing is conveyed by the drawing alone.
 */
export function chartFigure(spec: ChartSpec): HTMLElement {
  const layout = layoutBars(
    spec.rows.map((row) => row.values),
    {
      width: WIDTH,
      barHeight: 16,
      labelHeight: 22,
      rowGap: 10,
      valueWidth: 80,
      ...(spec.max ? { max: spec.max } : {}),
    },
  );
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const svg = s(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${WIDTH} ${layout.height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    s('title', { id: titleId }, spec.title),
    s('desc', { id: descId }, describe(spec)),
    ...layout.labels.map((label) =>
      s('text', { class: 'chart__label', x: 0, y: label.y }, spec.rows[label.row]?.label),
    ),
    ...layout.bars.flatMap((bar) => [
      s('rect', {
        class: `chart__bar chart__bar--${bar.series}`,
        x: 0,
        y: bar.y + 2,
        width: bar.width,
        height: bar.height - 4,
      }),
      s('text', { class: 'chart__value', x: bar.width + 6, y: bar.y + bar.height - 4 }, spec.formatValue(bar.value)),
    ]),
  );
  const legend =
    spec.series.length > 1
      ? h(
          'ul',
          { class: 'chart-legend' },
          ...spec.series.map((label, index) =>
            h(
              'li',
              {},
              h('span', { class: `chart-legend__swatch chart__bar--${index}`, 'aria-hidden': 'true' }),
              label,
            ),
          ),
        )
      : null;
  return h(
    'figure',
    { class: 'chart-figure', id: spec.id },
    h('figcaption', { class: 'chart-figure__caption' }, spec.title),
    legend,
    svg,
    h('details', { class: 'chart-figure__table' }, h('summary', {}, spec.tableToggle), dataTable(spec.table)),
  );
}

function describe(spec: ChartSpec): string {
  const described = spec.rows.slice(0, DESCRIBED_ROWS).map((row) => {
    const values = row.values.map((value, index) =>
      spec.series.length > 1 ? `${spec.series[index]} ${spec.formatValue(value)}` : spec.formatValue(value),
    );
    return `${row.label}: ${values.join(', ')}`;
  });
  return `${described.join('; ')}${spec.rows.length > DESCRIBED_ROWS ? '; …' : '.'}`;
}
