import type { Stats } from '@hcc/sdk';
import { h } from '../shell/dom.js';
import { type Lang, interpolate } from '../shell/language.js';
import { chartFigure } from './chart-figure.js';
import { dashboardStrings } from './dashboard.strings.js';
import { isPartialMonth } from './default-range.js';
import { formatCount, formatDay, formatMonth, formatRate } from './format.js';

const RATING_LEVELS = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;
/** The agency chart draws the busiest agencies; its table lists them all. */
const TOP_AGENCIES = 12;

/** The figures of one `GET /stats` answer: headline rates, then a chart (with its table) per breakdown. */
export function statsView(stats: Stats, lang: Lang): HTMLElement[] {
  const text = dashboardStrings[lang];
  const count = (value: number) => formatCount(value, lang);
  const rate = (value: number | null) => formatRate(value, lang);

  const byAgency = [...stats.byAgency].sort((a, b) => b.received - a.received);
  const monthLabel = (month: string) =>
    isPartialMonth(month, stats.to)
      ? interpolate(text['month-so-far'], { month: formatMonth(month, lang), day: formatDay(stats.to, lang) })
      : formatMonth(month, lang);
  const period = h(
    'p',
    { class: 'dashboard__period' },
    interpolate(text.period, { from: formatDay(stats.from, lang), to: formatDay(stats.to, lang) }),
  );
  const kpis = h(
    'ul',
    { class: 'kpis' },
    kpi(
      'onTime',
      text['on-time'],
      stats.rates.onTime,
      rate,
      interpolate(text['on-time-detail'], {
        count: count(stats.totals.early + stats.totals.onTime),
        total: count(stats.totals.finished),
      }),
    ),
    kpi(
      'online',
      text.online,
      stats.rates.online,
      rate,
      interpolate(text['online-detail'], { count: count(stats.totals.online), total: count(stats.totals.received) }),
    ),
    kpi(
      'satisfaction',
      text.satisfaction,
      stats.rates.satisfaction,
      rate,
      interpolate(text['satisfaction-detail'], { total: count(stats.totals.rated) }),
    ),
  );
  const empty = stats.totals.received === 0 ? h('p', { class: 'status-message' }, text['no-data']) : null;

  const charts = h(
    'div',
    { class: 'charts' },
    chartFigure({
      id: 'chart-status',
      title: text['by-status'],
      series: [text.dossiers],
      rows: stats.byStatus.map((entry) => ({
        label: `${entry.status.code}. ${entry.status.label[lang]}`,
        values: [entry.count],
      })),
      formatValue: count,
      tableToggle: text['show-table'],
      table: {
        caption: text['by-status'],
        columns: [{ label: text.status }, { label: text.dossiers, numeric: true }],
        rows: stats.byStatus.map((entry) => [`${entry.status.code}. ${entry.status.label[lang]}`, count(entry.count)]),
      },
    }),
    chartFigure({
      id: 'chart-ratings',
      title: text.ratings,
      series: [text.dossiers],
      rows: RATING_LEVELS.map((level) => ({ label: text[level], values: [stats.ratings[level]] })),
      formatValue: count,
      tableToggle: text['show-table'],
      table: {
        caption: text.ratings,
        columns: [{ label: text['rating-level'] }, { label: text.dossiers, numeric: true }],
        rows: RATING_LEVELS.map((level) => [text[level], count(stats.ratings[level])]),
      },
    }),
    chartFigure({
      id: 'chart-agency',
      title: byAgency.length
        ? interpolate(text['by-agency'], { count: Math.min(TOP_AGENCIES, byAgency.length) })
        : text['by-agency-none'],
      series: [text.received, text.finished],
      rows: byAgency
        .slice(0, TOP_AGENCIES)
        .map((entry) => ({ label: entry.name, values: [entry.received, entry.finished] })),
      formatValue: count,
      tableToggle: text['show-table'],
      table: {
        caption: interpolate(text['agency-table'], { count: byAgency.length }),
        columns: breakdownColumns(text.agency, text),
        rows: byAgency.map((entry) => [entry.name, ...breakdownCells(entry, count, rate)]),
      },
    }),
    chartFigure({
      id: 'chart-month',
      title: text['by-month'],
      series: [text.received, text.finished],
      rows: stats.byMonth.map((entry) => ({
        label: monthLabel(entry.month),
        values: [entry.received, entry.finished],
        partial: isPartialMonth(entry.month, stats.to),
      })),
      formatValue: count,
      tableToggle: text['show-table'],
      table: {
        caption: text['by-month'],
        columns: breakdownColumns(text.month, text),
        rows: stats.byMonth.map((entry) => [monthLabel(entry.month), ...breakdownCells(entry, count, rate)]),
      },
    }),
  );
  return [period, kpis, ...(empty ? [empty] : []), charts];
}

function kpi(
  name: string,
  label: string,
  value: number | null,
  rate: (value: number | null) => string,
  detail: string,
): HTMLLIElement {
  return h(
    'li',
    { class: 'kpi', 'data-kpi': name, 'data-value': value === null ? '' : value },
    h('p', { class: 'kpi__label' }, label),
    h('p', { class: 'kpi__value' }, rate(value)),
    h('p', { class: 'kpi__detail' }, detail),
  );
}

type Breakdown = { received: number; finished: number; rates: Stats['rates'] };

function breakdownColumns(first: string, text: (typeof dashboardStrings)[Lang]) {
  return [
    { label: first },
    { label: text.received, numeric: true },
    { label: text.finished, numeric: true },
    { label: text['rate-on-time'], numeric: true },
    { label: text['rate-online'], numeric: true },
    { label: text['rate-satisfaction'], numeric: true },
  ];
}

function breakdownCells(entry: Breakdown, count: (value: number) => string, rate: (value: number | null) => string) {
  return [
    count(entry.received),
    count(entry.finished),
    rate(entry.rates.onTime),
    rate(entry.rates.online),
    rate(entry.rates.satisfaction),
  ];
}
