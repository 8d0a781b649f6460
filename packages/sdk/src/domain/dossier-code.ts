/**
 * Dossier codes (mã hồ sơ / số biên nhận) such as `000.00.14.H56-200203-0118`: the receiving agency's identifier,
 * the receipt date as `yymmdd` and a running number of four or more digits.
 */

/** Why an input is not a dossier code; widgets translate these machine reasons. */
export type DossierCodeFailure = 'empty' | 'too-short' | 'bad-format' | 'bad-date';

/** A dossier code that was found and understood. */
export interface ParsedDossierCode {
  ok: true;
  /** The code in canonical form: upper case, ASCII hyphens, no spaces. */
  code: string;
  /** The receiving agency's identifier, e.g. `000.00.14.H56`. */
  agencyId: string;
  /** The receipt date as `YYYY-MM-DD` (Vietnam calendar day). */
  receivedOn: string;
  /** The running number, e.g. `118` for `0118`. */
  sequence: number;
}

/** An input in which no valid dossier code was found. */
export interface DossierCodeError {
  ok: false;
  reason: DossierCodeFailure;
  /** An English explanation for logs and developers (not for citizens). */
  message: string;
}

/** The outcome of {@link parseDossierCode}. */
export type DossierCodeResult = ParsedDossierCode | DossierCodeError;

/** The parts {@link formatDossierCode} assembles into a code. */
export interface DossierCodeParts {
  agencyId: string;
  /** The receipt date as `YYYY-MM-DD`, between 2000 and 2099. */
  receivedOn: string;
  /** A non-negative integer, printed with at least four digits. */
  sequence: number;
}

// Hyphen look-alikes that scanners, word processors and phone keyboards produce.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const AGENCY = String.raw`[0-9A-Z]+(?:\s*\.\s*[0-9A-Z]+)+`;
const CODE_BODY = String.raw`(${AGENCY})\s*-\s*(\d{6})\s*-\s*(\d{4,10})(?!\d)`;
const CODE_ANYWHERE = new RegExp(CODE_BODY);
const CODE_ONLY = new RegExp(String.raw`^\s*${CODE_BODY}\s*$`);
const AGENCY_ONLY = /^[0-9A-Z]+(?:\.[0-9A-Z]+)+$/;
const WHITESPACE = /\s+/g;
// The shortest possible code: `A.B-yymmdd-nnnn`.
const SHORTEST_CODE = 15;

/**
 * Finds and validates a dossier code in what a citizen typed, pasted or scanned.
 *
 * Tolerates lower case, spaces around the separators, en and em dashes, and surrounding text such as a receipt
 * line (`Mã hồ sơ: 000.00.14.H56-200203-0118`) or the URL in a receipt's QR code (`…?ma-ho-so=…&x=1`). Never throws.
 *
 * @example parseDossierCode(' 000.00.14.h56 – 200203 – 0118 ')
 * // { ok: true, code: '000.00.14.H56-200203-0118', agencyId: '000.00.14.H56', receivedOn: '2020-02-03', sequence: 118 }
 */
export function parseDossierCode(input: string): DossierCodeResult {
  return parseWith(CODE_ANYWHERE, input);
}

/**
 * Whether the whole input is one dossier code (any case, spacing or dash), with nothing around it and a real
 * receipt date. Use it to validate a form field or a path parameter; use {@link parseDossierCode} to dig a code
 * out of a URL or a receipt line.
 */
export function isDossierCode(input: string): boolean {
  return parseWith(CODE_ONLY, input).ok;
}

/**
 * Assembles a canonical dossier code from its parts.
 *
 * @throws RangeError when the agency identifier is not dotted groups of digits and letters, the date is not a
 * calendar date between 2000 and 2099, or the sequence is not a non-negative integer of at most ten digits.
 * @example formatDossierCode({ agencyId: '000.00.14.H56', receivedOn: '2020-02-03', sequence: 118 })
 * // '000.00.14.H56-200203-0118'
 */
export function formatDossierCode(parts: DossierCodeParts): string {
  const agencyId = parts.agencyId.trim().toUpperCase();
  if (!AGENCY_ONLY.test(agencyId)) {
    throw new RangeError(`Agency identifier "${parts.agencyId}" is not dotted groups of digits and letters.`);
  }
  const date = /^20(\d{2})-(\d{2})-(\d{2})$/.exec(parts.receivedOn);
  if (!date || !isCalendarDate(2000 + Number(date[1]), Number(date[2]), Number(date[3]))) {
    throw new RangeError(`Receipt date "${parts.receivedOn}" is not a YYYY-MM-DD date between 2000 and 2099.`);
  }
  const { sequence } = parts;
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence >= 1e10) {
    throw new RangeError(`Sequence ${sequence} is not an integer from 0 to 9999999999.`);
  }
  return `${agencyId}-${date[1]}${date[2]}${date[3]}-${String(sequence).padStart(4, '0')}`;
}

function parseWith(pattern: RegExp, input: string): DossierCodeResult {
  const text = normalize(input);
  if (text.length === 0) return failure('empty', 'The input is empty.');
  const match = pattern.exec(text);
  if (!match) {
    return text.replace(WHITESPACE, '').length < SHORTEST_CODE
      ? failure('too-short', 'The input is shorter than the shortest dossier code (A.B-yymmdd-nnnn).')
      : failure('bad-format', 'No code of the form AGENCY-yymmdd-nnnn was found.');
  }
  const [, agency = '', yymmdd = '', digits = ''] = match;
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!isCalendarDate(year, month, day)) {
    return failure('bad-date', `The receipt date ${yymmdd} (yymmdd) is not a calendar date.`);
  }
  const agencyId = agency.replace(WHITESPACE, '');
  return {
    ok: true,
    code: `${agencyId}-${yymmdd}-${digits}`,
    agencyId,
    receivedOn: `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`,
    sequence: Number(digits),
  };
}

function normalize(input: unknown): string {
  if (typeof input !== 'string') return '';
  // NFKC turns full-width digits, letters and hyphens into ASCII; decoding reveals codes in percent-encoded URLs.
  return decodePercents(input).normalize('NFKC').replace(DASHES, '-').toUpperCase().trim();
}

function decodePercents(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function failure(reason: DossierCodeFailure, message: string): DossierCodeError {
  return { ok: false, reason, message };
}
