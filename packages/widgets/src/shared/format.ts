import { type Locale, intlLocale } from './i18n.js';

/** Dates and times are shown as the citizen's receipt shows them: Vietnam time, whatever the browser's zone. */
const vietnamTimeZone = 'Asia/Ho_Chi_Minh';
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a date as `dd/MM/yyyy` (both languages: it is what receipts print). Accepts an ISO date (`2025-06-13`, a
 * calendar day, never shifted by time zones), an ISO date-time or a `Date` (shown in Vietnam time).
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const match = dateOnly.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: vietnamTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** Formats a date-time as `HH:mm dd/MM/yyyy` in Vietnam time. */
export function formatDateTime(value: string | Date): string {
  const date = new Date(value);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: vietnamTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${time} ${formatDate(date)}`;
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
