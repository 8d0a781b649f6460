import { h } from '../shell/dom.js';

/** A table that carries the same figures as a chart, for screen readers and for readers who prefer numbers. */
export interface TableSpec {
  caption: string;
  columns: ReadonlyArray<{ label: string; numeric?: boolean }>;
  /** One array of cell texts per row; the first cell is the row's header. */
  rows: ReadonlyArray<readonly string[]>;
}

export function dataTable(spec: TableSpec): HTMLTableElement {
  const numeric = (column: number) => Boolean(spec.columns[column]?.numeric);
  return h(
    'table',
    {},
    h('caption', {}, spec.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...spec.columns.map((column) =>
          h('th', { scope: 'col', class: column.numeric ? 'number' : null }, column.label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...spec.rows.map((cells) =>
        h(
          'tr',
          {},
          ...cells.map((cell, column) =>
            column === 0
              ? h('th', { scope: 'row' }, cell)
              : h('td', { class: numeric(column) ? 'number' : null }, cell),
          ),
        ),
      ),
    ),
  );
}
