import fc from 'fast-check';

/** One request as bytes on the wire, and what it was, for the failure message. */
export interface RawRequest {
  method: string;
  target: string;
  headers: [string, string][];
  body: string;
  /** How Content-Length is sent: right, wrong, not a number, or not at all. */
  length: 'right' | 'short' | 'garbage' | 'none';
}

const FIXTURE_CODE = '000.60.30.H56-260907-9016';
const API_PATHS = [
  '/agencies',
  '/fields',
  '/procedures',
  '/procedures/1.001193',
  `/dossiers/${FIXTURE_CODE}`,
  `/dossiers/${FIXTURE_CODE}/ratings`,
  '/survey',
  '/feedback',
  '/stats',
];

const nastySegment = fc.oneof(
  fc.constantFrom('%E0%A4%A', '%', '%zz', '%00', '%2F', '%C0%AF', '..', '.', '', '%FF%FE', '%E2%82', 'a%20b'),
  fc.string({
    unit: fc.constantFrom('a', 'Z', '9', '.', '-', '%', '_', '~', '!', '$', '(', '*', ';', '='),
    maxLength: 30,
  }),
  fc.stringMatching(/^[0-9A-Z.]{1,20}-[0-9]{6}-[0-9]{4}$/),
);

const path = fc.oneof(
  fc.constantFrom(...API_PATHS),
  fc.tuple(fc.constantFrom(...API_PATHS), nastySegment).map(([known, segment]) => `${known}/${segment}`),
  fc.array(nastySegment, { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join('/')}`),
);

const queryValue = fc.oneof(
  fc.constantFrom(
    '1',
    '0',
    '-1',
    '501',
    'true',
    'yes',
    '2025-02-30',
    '2026-01-01',
    'province',
    'name',
    '%',
    '%E0%A4%A',
  ),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', '%', '+', '=', '&'), maxLength: 250 }),
);
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('q', 'page', 'pageSize', 'level', 'at', 'from', 'to', 'agency', 'field', 'x', 'sort'),
        queryValue,
      ),
      { maxLength: 4 },
    )
    .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`),
);

const target = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(path, query).map(([p, q]) => `/api/v1${p}${q}`) },
  { weight: 1, arbitrary: fc.constantFrom('/', '/api', '/api/v1', '/api/v2/fields', '*', 'http://x/api/v1/fields') },
);

const method = fc.constantFrom(
  'GET',
  'GET',
  'GET',
  'POST',
  'POST',
  'POST',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
  'PATCH',
  'TRACE',
  'PROPFIND',
  'FROB',
  'get',
);

const host = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | undefined>('127.0.0.1') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string | undefined>(undefined, '', 'a b', 'a/b', '[::1', 'x:y:z', 'ä.vn', 'a@b'),
  },
);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'json',
  ';;;',
);

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const body = fc.oneof(
  fc.constant(''),
  fc.constant(JSON.stringify({ useful: true, pageUrl: 'https://bacninh.gov.vn/' })),
  fc.constant(JSON.stringify({ overall: 'satisfied', answers: { staff: 'friendly' } })),
  fc.constantFrom('{', '{"useful":', 'null', '[]', '"x"', '1e999', '{"__proto__":{"x":1}}', '\u0000', '\uFFFD'),
  fc.integer({ min: 1, max: 30_000 }).map(deep),
  fc.integer({ min: 1, max: 70_000 }).map((size) => JSON.stringify({ comment: 'x'.repeat(size) })),
  fc.record({ useful: fc.anything(), pageUrl: fc.anything(), overall: fc.anything() }).map((value) => {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  }),
  fc.json({ maxDepth: 4 }),
);

const extraHeaders = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('X-Verifier'), fc.constantFrom('0000', '6390', 'abcd', '', '1'.repeat(100))),
    fc.tuple(fc.constant('Idempotency-Key'), fc.constantFrom('fuzz-key-0001', 'short', 'bad key!', 'k'.repeat(200))),
    fc.tuple(fc.constant('Origin'), fc.constantFrom('https://a.vn', 'null')),
    fc.tuple(fc.constant('Access-Control-Request-Headers'), fc.constantFrom('x-verifier', 'a,,b', '\u00e9')),
    fc.tuple(
      fc.constant('X-Pad'),
      fc.integer({ min: 1, max: 20_000 }).map((size) => 'a'.repeat(size)),
    ),
  ),
  { maxLength: 3 },
);

/** Requests good and bad: malformed paths and escapes, methods, Host, huge headers, content types, lengths, bodies. */
export const rawRequests: fc.Arbitrary<RawRequest> = fc
  .record({
    method,
    target,
    host,
    contentType,
    extra: extraHeaders,
    body,
    length: fc.constantFrom<RawRequest['length']>('right', 'right', 'right', 'short', 'garbage', 'none'),
  })
  .map(({ method, target, host, contentType, extra, body, length }) => {
    const headers: [string, string][] = [];
    if (host !== undefined) headers.push(['Host', host]);
    if (contentType) headers.push(['Content-Type', contentType]);
    headers.push(...extra, ['Connection', 'close']);
    // Without a Content-Length a body would be read as the next request: send none then.
    return { method, target, headers, body: length === 'none' ? '' : body, length };
  });

/** The request as bytes. A Content-Length never promises more than is sent, which would leave the server waiting. */
export function toWire(request: RawRequest): Buffer {
  const body = Buffer.from(request.body);
  const lengthHeader =
    request.length === 'right'
      ? `Content-Length: ${body.length}\r\n`
      : request.length === 'short'
        ? `Content-Length: ${Math.floor(body.length / 2)}\r\n`
        : request.length === 'garbage'
          ? 'Content-Length: 12abc\r\n'
          : '';
  const head = `${request.method} ${request.target} HTTP/1.1\r\n${request.headers
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}${lengthHeader}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}
