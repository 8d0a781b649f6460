/** A period of `/stats`, as `YYYY-MM-DD` Vietnam calendar days, both included. */
export interface DayRange {
  from: string;
  to: string;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's calendar day in Vietnam (UTC+7 all year), whatever the reader's own time zone. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The dashboard's default period: the last 12 months, this one included — from the first day of the month eleven
 * months back to today. A year is what a reader compares; the whole history since 2017 would bury this year.
 */
export function lastTwelveMonths(today: string): DayRange {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/**
 * Whether the month `YYYY-MM` is only partly counted by a period that ends on `to`: the month of `to`, unless `to`
 * is its last day. Its figures are still growing, so the chart must not draw them as a drop.
 */
export function isPartialMonth(month: string, to: string): boolean {
  if (to.slice(0, 7) !== month) return false;
  const [year = 1970, monthNumber = 1, day = 1] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return day < lastDay;
}
