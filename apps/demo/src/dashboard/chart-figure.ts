import { h } from '../shell/dom.js';
import { barShares } from './bar-layout.js';
import { type TableSpec, dataTable } from './data-table.js';

/** One row of a chart: its label, one value per series, and whether its figures are still growing. */
export interface ChartRow {
  label: string;
  values: readonly number[];
  /** A period that has not ended yet (this month): drawn hatched, so a short bar does not read as a collapse. */
  partial?: boolean;
}

/** A horizontal bar chart with its data table. */
export interface ChartSpec {
  id: string;
  title: string;
  /** One label per series (bars in each row), in drawing order. */
  series: readonly string[];
  rows: readonly ChartRow[];
  formatValue: (value: number) => string;
  /** The value that fills the width (100 for rates); defaults to the largest value. */
  max?: number;
  /** "Show the data table", in the reader's language. */
  tableToggle: string;
  table: TableSpec;
}

/** Rows described in the chart's text alternative; the table has them all. */
const DESCRIBED_ROWS = 12;

/**
 * A `<figure>`: the chart as one image (`role="img"`, named by its title and described in words), a legend, and a
 * `<details>` holding the real table, so nothing is conveyed by the drawing alone. The chart is HTML, not SVG: its
 * labels are text at the reader's own size that wraps on a narrow phone, and its bars are percentages of the width.
 */
export function chartFigure(spec: ChartSpec): HTMLElement {
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const shares = barShares(
    spec.rows.map((row) => row.values),
    spec.max,
  );
  const rows = spec.rows.map((row, index) =>
    h(
      'div',
      { class: row.partial ? 'bars__row bars__row--partial' : 'bars__row' },
      h('span', { class: 'bars__label' }, row.label),
      ...shares
        .filter((share) => share.row === index)
        .map((share) => {
          const bar = h('span', { class: `bars__bar chart__bar--${share.series}` });
          // Through the CSSOM, which a strict style-src allows (an inline style attribute it would not).
          bar.style.inlineSize = `${share.percent}%`;
          return h(
            'span',
            { class: 'bars__track' },
            bar,
            h('span', { class: 'bars__value' }, spec.formatValue(share.value)),
          );
        }),
    ),
  );
  const chart = h(
    'div',
    { class: 'bars', role: 'img', 'aria-labelledby': titleId, 'aria-describedby': descId },
    ...rows,
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
    h('figcaption', { class: 'chart-figure__caption', id: titleId }, spec.title),
    legend,
    chart,
    h('p', { class: 'visually-hidden', id: descId }, describe(spec)),
    h(
      'details',
      { class: 'chart-figure__table' },
      h('summary', {}, spec.tableToggle),
      // A wide table scrolls in its own box (reachable by keyboard), so the page itself reflows at 320 px.
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': spec.table.caption },
        dataTable(spec.table),
      ),
    ),
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
