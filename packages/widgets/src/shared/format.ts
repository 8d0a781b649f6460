import { type Locale, intlLocale } from './i18n.js';

/** Dates and times are shown as the citizen's receipt shows them: Vietnam time, whatever the browser's zone. */
const vietnamTimeZone = 'Asia/Ho_Chi_Minh';
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar day of `value` in Vietnam: an ISO date as it is (never shifted by time zones), else in Vietnam time. */
function vietnamDay(value: string | Date): { day: string; month: string; year: string } {
  if (typeof value === 'string') {
    const match = dateOnly.exec(value);
    if (match) return { day: match[3] ?? '', month: match[2] ?? '', year: match[1] ?? '' };
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: vietnamTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * Formats a date the way each reader cannot misread it: `12/06/2025` in Vietnamese (what receipts print), `12 Jun
 * 2025` in English (where `06/12` would read as December). Accepts an ISO date (`2025-06-13`, a calendar day), an ISO
 * date-time or a `Date` (shown on its day in Vietnam time).
 */
export function formatDate(value: string | Date, locale: Locale = 'vi'): string {
  const { day, month, year } = vietnamDay(value);
  if (locale === 'en') return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  return `${day}/${month}/${year}`;
}

/** Formats a date-time as `HH:mm dd/MM/yyyy` (`HH:mm 12 Jun 2025` in English) in Vietnam time. */
export function formatDateTime(value: string | Date, locale: Locale = 'vi'): string {
  const date = new Date(value);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: vietnamTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${time} ${formatDate(date, locale)}`;
}

/** Formats a number for the locale: `1.234.567` in Vietnamese, `1,234,567` in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/**
 * Formats an amount in đồng: `1.000.000 ₫` in Vietnamese, `VND 1,000,000` in English; `free` (the caller's
 * translated "Miễn phí") for 0.
 */
export function formatMoney(amount: number, locale: Locale, free: string): string {
  if (amount === 0) return free;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'VND',
    currencyDisplay: locale === 'vi' ? 'symbol' : 'code',
    maximumFractionDigits: 0,
  }).format(amount);
}
