import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const fixture = () =>
  mock.db.fixtures.find((candidate) => candidate.status === 10 && !candidate.traits.includes('rated'));
const VALID_KEY = 'validation-key-0001';

describe('bad input answers 400 with errors[] naming each invalid parameter', () => {
  const cases: [string, 'GET' | 'POST', () => string, Record<string, string>, unknown, string, string][] = [
    ['pageSize above 500', 'GET', () => '/procedures?pageSize=501', {}, undefined, 'query', 'pageSize'],
    ['a page that is not a number', 'GET', () => '/procedures?page=two', {}, undefined, 'query', 'page'],
    ['an unknown level', 'GET', () => '/procedures?level=district', {}, undefined, 'query', 'level'],
    ['an unknown field id', 'GET', () => '/procedures?field=no-such-field', {}, undefined, 'query', 'field'],
    ['an unknown agency id', 'GET', () => '/procedures?agency=no-such-agency', {}, undefined, 'query', 'agency'],
    ['an unknown query parameter', 'GET', () => '/procedures?order=name', {}, undefined, 'query', 'order'],
    [
      'a repeated query parameter',
      'GET',
      () => '/procedures?level=province&level=commune',
      {},
      undefined,
      'query',
      'level',
    ],
    ['a query over 200 characters', 'GET', () => `/procedures?q=${'a'.repeat(201)}`, {}, undefined, 'query', 'q'],
    ['an impossible date', 'GET', () => '/agencies?at=2025-02-30', {}, undefined, 'query', 'at'],
    [
      'includeFormer that is not a boolean',
      'GET',
      () => '/agencies?includeFormer=yes',
      {},
      undefined,
      'query',
      'includeFormer',
    ],
    ['from after to', 'GET', () => '/stats?from=2026-01-01&to=2025-01-01', {}, undefined, 'query', 'from'],
    ['a procedure code with a space', 'GET', () => '/procedures/1.001193%20x', {}, undefined, 'path', 'code'],
    [
      'a lower-case dossier code',
      'GET',
      () => `/dossiers/${fixture()?.code.toLowerCase()}`,
      { 'X-Verifier': '1234' },
      undefined,
      'path',
      'code',
    ],
    ['a missing verifier', 'GET', () => `/dossiers/${fixture()?.code}`, {}, undefined, 'header', 'X-Verifier'],
    [
      'a verifier of three digits',
      'GET',
      () => `/dossiers/${fixture()?.code}`,
      { 'X-Verifier': '123' },
      undefined,
      'header',
      'X-Verifier',
    ],
    [
      'a rating without Idempotency-Key',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234' },
      { overall: 'satisfied' },
      'header',
      'Idempotency-Key',
    ],
    [
      'a rating with an unknown overall',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234', 'Idempotency-Key': VALID_KEY },
      { overall: 'ok' },
      'body',
      '/overall',
    ],
    [
      'a rating with an unknown member',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234', 'Idempotency-Key': VALID_KEY },
      { overall: 'satisfied', stars: 5 },
      'body',
      '/stars',
    ],
    [
      'a rating answering an unknown question',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234', 'Idempotency-Key': VALID_KEY },
      { overall: 'satisfied', answers: { mood: 'good' } },
      'body',
      '/answers/mood',
    ],
    [
      'a rating with an option the question lacks',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234', 'Idempotency-Key': VALID_KEY },
      { overall: 'satisfied', answers: { staff: 'great' } },
      'body',
      '/answers/staff',
    ],
    [
      'a comment over 1000 characters',
      'POST',
      () => `/dossiers/${fixture()?.code}/ratings`,
      { 'X-Verifier': '1234', 'Idempotency-Key': VALID_KEY },
      { overall: 'satisfied', comment: 'x'.repeat(1001) },
      'body',
      '/comment',
    ],
    ['a body that is not JSON', 'POST', () => '/feedback', {}, '{not json', 'body', ''],
    ['feedback without pageUrl', 'POST', () => '/feedback', {}, { useful: true }, 'body', '/pageUrl'],
    [
      'feedback with a relative pageUrl',
      'POST',
      () => '/feedback',
      {},
      { useful: true, pageUrl: '/thu-tuc' },
      'body',
      '/pageUrl',
    ],
    [
      'feedback with an unknown reason',
      'POST',
      () => '/feedback',
      {},
      { useful: false, pageUrl: 'https://a.vn/', reasons: ['ugly'] },
      'body',
      '/reasons',
    ],
  ];

  it.each(cases)('rejects %s', async (_name, method, path, headers, body, where, name) => {
    const response = await call(method, path(), { headers, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ in: where, name }));
  });

  it('lists every invalid parameter at once', async () => {
    const { body } = await call('GET', '/procedures?page=0&pageSize=0&online=yes');
    expect(body.errors.map((error: { name: string }) => error.name).sort()).toEqual(['online', 'page', 'pageSize']);
  });

  it('rejects a JSON body sent as text/plain', async () => {
    const response = await fetch('http://hcc.test/api/v1/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ useful: true, pageUrl: 'https://a.vn/' }),
    });
    expect(response.status).toBe(400);
  });

  it('does not count a malformed look-up as a failed attempt', async () => {
    const code = fixture()?.code as string;
    for (let attempt = 0; attempt < 6; attempt++)
      await call('GET', `/dossiers/${code}`, { headers: { 'X-Verifier': 'abcd' } });
    const { status } = await call('GET', `/dossiers/${code}`, {
      headers: { 'X-Verifier': fixture()?.verifier as string },
    });
    expect(status).toBe(200);
  });
});
