import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { parse } from 'yaml';
import { readTextWithin } from '../src/http/body.js';
import { BODY_LIMIT_BYTES } from '../src/http/front-door.js';
import { API_ROUTES } from '../src/http/routes.js';
import { createHandlers } from '../src/index.js';
import { createMockServer } from '../src/node.js';
import { BASE, testClock } from './support/api.js';
import { expectProblem } from './support/problem.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const feedback = JSON.stringify({ useful: true, pageUrl: 'https://bacninh.gov.vn/' });

describe('every request gets a problem document with the right status (MSW)', () => {
  it('answers 400 to a malformed percent-escape in the path', async () => {
    const body = await expectProblem(await fetch(`${BASE}/procedures/%E0%A4%A`), 400);
    expect(body.errors).toEqual([expect.objectContaining({ in: 'path' })]);
  });

  it('answers 404 to a path the contract does not have', async () => {
    await expectProblem(await fetch(`${BASE}/procedure`), 404);
    await expectProblem(await fetch(`${BASE}/dossiers/a/ratings/b`), 404);
    await expectProblem(await fetch(BASE), 404);
  });

  it.each([
    ['DELETE', '/fields', 'GET, HEAD, OPTIONS'],
    ['PUT', '/procedures/1.001193', 'GET, HEAD, OPTIONS'],
    ['GET', '/feedback', 'POST, OPTIONS'],
    ['PATCH', '/dossiers/000.00.05.H56-260101-0001/ratings', 'POST, OPTIONS'],
    ['POST', '/stats', 'GET, HEAD, OPTIONS'],
  ])('answers 405 with Allow to %s %s', async (method, path, allow) => {
    const response = await fetch(`${BASE}${path}`, { method });
    expect(response.headers.get('allow')).toBe(allow);
    await expectProblem(response, 405);
  });

  it('answers HEAD like GET, without a body', async () => {
    const get = await fetch(`${BASE}/fields`);
    const head = await fetch(`${BASE}/fields`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    expect((await fetch(`${BASE}/procedures/0.000000`, { method: 'HEAD' })).status).toBe(404);
  });

  it('answers OPTIONS as a CORS pre-flight with the methods of the path', async () => {
    const response = await fetch(`${BASE}/dossiers/000.00.05.H56-260101-0001`, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Headers': 'x-verifier' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('x-verifier');
  });

  it('answers 413 to a body over 64 kB, and stores nothing', async () => {
    const big = JSON.stringify({ useful: true, pageUrl: 'https://a.vn/', comment: 'x'.repeat(BODY_LIMIT_BYTES) });
    const response = await fetch(`${BASE}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    await expectProblem(response, 413);
    expect(mock.db.feedback.count()).toBe(0);
  });

  it('answers 413 to a streamed body without a length once 64 kB have arrived', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16_384;
        controller.enqueue(new Uint8Array(16_384).fill(32));
      },
    });
    const response = await fetch(`${BASE}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(response, 413);
    expect(sent).toBeLessThan(10 * BODY_LIMIT_BYTES);
  });

  it('still takes a body just under the limit', async () => {
    const response = await fetch(`${BASE}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: feedback,
    });
    expect(response.status).toBe(201);
  });
});

describe('with a baseUrl', () => {
  it('applies the same rules under that base only', async () => {
    const handlers = createHandlers(mock.db, { baseUrl: 'http://narrow.test/hcc/api/v1' });
    const ask = (url: string, method = 'GET') => getResponse(handlers, new Request(url, { method }));
    await expectProblem((await ask('http://narrow.test/hcc/api/v1/procedures/%E0%A4%A')) as Response, 400);
    await expectProblem((await ask('http://narrow.test/hcc/api/v1/fields', 'DELETE')) as Response, 405);
    expect((await ask('http://narrow.test/hcc/api/v1/fields'))?.status).toBe(200);
    expect(await ask('http://other.test/hcc/api/v1/procedures/%E0%A4%A')).toBeUndefined();
  });
});

describe('the route table', () => {
  it('has every path of openapi.yaml with its methods, and nothing else', () => {
    const spec = parse(readFileSync(new URL('../../sdk/openapi.yaml', import.meta.url), 'utf8'));
    const contract = Object.fromEntries(
      Object.entries(spec.paths as Record<string, object>).map(([path, operations]) => [
        path,
        Object.keys(operations)
          .filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key))
          .map((method) => method.toUpperCase()),
      ]),
    );
    expect(API_ROUTES).toEqual(contract);
  });
});

describe('readTextWithin', () => {
  it('stops pulling a body as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1000));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request('http://hcc.test/', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect(await readTextWithin(request, 10_000)).toBeUndefined();
    expect(pulled).toBeLessThanOrEqual(12);
  });

  it('returns the whole text of a body within the limit', async () => {
    const request = new Request('http://hcc.test/', { method: 'POST', body: 'Hồ sơ' });
    expect(await readTextWithin(request, 100)).toBe('Hồ sơ');
  });
});
