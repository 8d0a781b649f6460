import type { Lang } from '../shell/language.js';

/**
 * An instant as a citizen reads it, in Vietnam's time: `09:30 12/06/2025` in Vietnamese, `12 Jun 2025, 09:30` in
 * English (a month name, so the day and the month cannot be mistaken for each other).
 */
export function formatInstant(instant: string, lang: Lang): string {
  const date = new Date(instant);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', ...options }).format(
      date,
    );
  const time = part({ hour: '2-digit', minute: '2-digit', hour12: false });
  return lang === 'vi'
    ? `${time} ${part({ day: '2-digit', month: '2-digit', year: 'numeric' })}`
    : `${part({ day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}
