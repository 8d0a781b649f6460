import { calendarCoverage } from '@hcc/sdk';
import { type NationalDateProblem, readNationalDateTime } from './national-dates.js';

/** A pushed item, as far as the readers look into it. */
export type Item = Record<string, unknown>;

const DATE_PROBLEMS: Record<NationalDateProblem, string> = {
  format: 'phải là ngày giờ dạng yyyyMMddHHmmss (giờ Việt Nam)',
  impossible: 'không phải ngày giờ có thật',
  'outside-calendar': `ngoài các năm ${calendarCoverage.firstYear}–${calendarCoverage.lastYear} của lịch ngày làm việc`,
};

/** Whether a value counts as "not given": absent, null or blank text, as one-stop systems send optional fields. */
export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

export const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the fields of one pushed item and collects every problem as `FIELD: what is wrong` (Vietnamese, like the
 * API's `errors[].detail`), so that one answer lists all of an item's problems at once.
 * @param prefix put before field names, for items inside lists (`DanhSachHoSoBoSung[0].`)
 * @param reasons where to collect the problems (an enclosing item's list, for items inside lists)
 */
export function createItemReader(item: Item, prefix = '', reasons: string[] = []) {
  const fail = (field: string, detail: string) => {
    reasons.push(`${prefix}${field}: ${detail}`);
  };
  const required = (field: string, isRequired: boolean) => {
    if (isRequired) fail(field, 'bắt buộc');
    return null;
  };

  /** A text field (numbers are taken as their digits), trimmed with spaces collapsed; null when blank. */
  function text(field: string, { isRequired = false, max = 500 } = {}): string | null {
    const value = item[field];
    if (isBlank(value)) return required(field, isRequired);
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail(field, 'phải là chuỗi');
      return null;
    }
    const clean = String(value).replace(/\s+/g, ' ').trim();
    if (clean.length > max) {
      fail(field, `dài tối đa ${max} ký tự`);
      return null;
    }
    return clean;
  }

  /** A national `yyyyMMddHHmmss` date-time as RFC 3339 in `+07:00`; null when blank. */
  function dateTime(field: string, { isRequired = false } = {}): string | null {
    const value = item[field];
    if (isBlank(value)) return required(field, isRequired);
    const read = readNationalDateTime(value);
    if ('problem' in read) {
      fail(field, DATE_PROBLEMS[read.problem]);
      return null;
    }
    return read.value;
  }

  /** A list field; an empty list when blank. */
  function list(field: string): unknown[] {
    const value = item[field];
    if (isBlank(value)) return [];
    if (!Array.isArray(value)) {
      fail(field, 'phải là danh sách');
      return [];
    }
    return value;
  }

  /** Checks that `later` (a date-time) is not before `earlier`. */
  function notBefore(laterField: string, later: string | null, earlierField: string, earlier: string | null): void {
    if (later && earlier && Date.parse(later) < Date.parse(earlier)) fail(laterField, `trước ${earlierField}`);
  }

  return { reasons, fail, text, dateTime, list, notBefore };
}

export type ItemReader = ReturnType<typeof createItemReader>;
