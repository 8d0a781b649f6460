import type { InvalidParam } from '@hcc/sdk';

/**
 * Strict input checks shared by the handlers: each parser returns the value or an error message (Vietnamese, shown
 * in `errors[].detail`), and unknown or repeated query parameters are errors too.
 */
type Parse<T> = (raw: string) => { value: T } | { error: string };

export const text =
  (maxLength: number, pattern?: RegExp, patternHint = 'không đúng định dạng'): Parse<string> =>
  (raw) => {
    if (raw.length > maxLength) return { error: `dài tối đa ${maxLength} ký tự` };
    if (pattern && !pattern.test(raw)) return { error: patternHint };
    return { value: raw };
  };

export const integer =
  (min: number, max: number): Parse<number> =>
  (raw) =>
    /^-?\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
      ? { value: Number(raw) }
      : { error: `phải là số nguyên từ ${min} đến ${max}` };

export const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw)
      ? { value: raw as T }
      : { error: `phải là một trong: ${values.join(', ')}` };

export const boolean: Parse<boolean> = (raw) =>
  raw === 'true' || raw === 'false' ? { value: raw === 'true' } : { error: 'phải là true hoặc false' };

/** A civil date `YYYY-MM-DD` that exists. */
export const date: Parse<string> = (raw) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day && day.toISOString().slice(0, 10) === raw ? { value: raw } : { error: 'phải là ngày dạng YYYY-MM-DD' };
};

type Schema = Record<string, Parse<unknown>>;
type Parsed<S extends Schema> = { [K in keyof S]?: S[K] extends Parse<infer T> ? T : never };

/** Checks every query parameter against a schema; unknown and repeated parameters are errors. */
export function parseQuery<S extends Schema>(url: URL, schema: S): { query: Parsed<S>; errors: InvalidParam[] } {
  const query: Record<string, unknown> = {};
  const errors: InvalidParam[] = [];
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    const parse = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!parse) errors.push({ in: 'query', name, detail: 'tham số không được hỗ trợ' });
    else if (values.length > 1) errors.push({ in: 'query', name, detail: 'chỉ được truyền một lần' });
    else {
      const result = parse(values[0] as string);
      if ('error' in result) errors.push({ in: 'query', name, detail: result.error });
      else query[name] = result.value;
    }
  }
  return { query: query as Parsed<S>, errors };
}

/** Checks one header; `required` headers that are missing are errors. */
export function parseHeader(
  headers: Headers,
  name: string,
  parse: Parse<string>,
  required: boolean,
): { value?: string; error?: InvalidParam } {
  const raw = headers.get(name);
  if (raw === null) return required ? { error: { in: 'header', name, detail: 'bắt buộc' } } : {};
  const result = parse(raw);
  return 'error' in result ? { error: { in: 'header', name, detail: result.error } } : { value: result.value };
}

/** Checks one path parameter. */
export function parsePath(name: string, raw: string, parse: Parse<string>): { value?: string; error?: InvalidParam } {
  const result = parse(raw);
  return 'error' in result ? { error: { in: 'path', name, detail: result.error } } : { value: result.value };
}

// Patterns of the contract's parameters (components/parameters in openapi.yaml).
export const PROCEDURE_CODE = text(40, /^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'chỉ gồm chữ, số, dấu chấm và gạch ngang');
export const DOSSIER_CODE = (raw: string) =>
  raw.length < 10
    ? { error: 'dài tối thiểu 10 ký tự' }
    : text(60, /^[0-9A-Z.]+-[0-9]{6}-[0-9]{4,}$/, 'phải có dạng 000.00.14.H56-250612-0118')(raw);
export const VERIFIER = text(4, /^[0-9]{4}$/, 'phải gồm đúng 4 chữ số');
export const IDEMPOTENCY_KEY = (raw: string) =>
  raw.length < 8
    ? { error: 'dài từ 8 đến 128 ký tự' }
    : text(128, /^[A-Za-z0-9_.:-]+$/, 'chỉ gồm chữ, số và các ký tự _ . : -')(raw);
