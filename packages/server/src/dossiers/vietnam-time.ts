/** The Vietnam civil date (`YYYY-MM-DD`) of an instant. */
export const vietnamDate = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** An instant as RFC 3339 in Vietnam time: `2026-11-25T16:59:02+07:00` (the form every stored date-time has). */
export const vietnamTimestamp = (instant: Date) =>
  `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
