import type { Lang } from '../shell/language.js';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A count, grouped as the reader's language writes it (`1.234` in Vietnamese, `1,234` in English). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A rate from 0 to 100 with at most one decimal (`92,5%`), or a dash where there was nothing to count. */
export function formatRate(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A `YYYY-MM` month as the reader's language writes it (`tháng 3/2025`, `Mar 2025`). */
export function formatMonth(month: string, lang: Lang): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  if (lang === 'vi') return `${String(monthNumber).padStart(2, '0')}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthNumber - 1, 1),
  );
}

/** A `YYYY-MM-DD` date as `dd/mm/yyyy` (Vietnamese) or `d Mon yyyy` (English). */
export function formatDay(day: string, lang: Lang): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  const style: Intl.DateTimeFormatOptions =
    lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(LOCALES[lang], { ...style, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}
