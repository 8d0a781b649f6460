/** Kinds of personal data a comment seems to contain. */
export type PersonalDataKind = 'phone' | 'id-number' | 'email';

// E-mail addresses; 12-digit citizen ID numbers (CCCD) and 9-digit old ID cards (CMND); Vietnamese phone numbers
// (0 or +84, then 9–10 digits, spaces, dots or dashes allowed between them).
const PATTERNS: ReadonlyArray<[PersonalDataKind, RegExp]> = [
  ['email', /[^\s@]+@[^\s@]+\.[^\s@]+/],
  ['id-number', /(?<!\d)\d{12}(?!\d)|(?<!\d)\d{9}(?!\d)/],
  ['phone', /(?<![\d+])(?:\+84|0)(?:[\s.-]?\d){9,10}(?!\d)/],
];

/**
 * The kinds of personal data a comment seems to hold, so the form can warn before it is sent. A hint, never a block:
 * the citizen decides.
 */
export function findPersonalData(text: string): PersonalDataKind[] {
  const compact = text.normalize('NFKC');
  return PATTERNS.filter(([, pattern]) => pattern.test(compact)).map(([kind]) => kind);
}
