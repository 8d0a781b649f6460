import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

// The HTTP layer does not depend on the database: one PGlite is enough here.
describe('malformed and unexpected requests', () => {
  let server: TestServer;
  let base = '';
  beforeAll(async () => {
    server = await startTestServer('pglite');
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return response.json();
  };

  it('answers a body over 64 kB with 413', async () => {
    const response = await fetch(`${base}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ useful: true, pageUrl: 'https://example.vn/', comment: 'x'.repeat(70_000) }),
    });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).type).toMatch(/content-too-large$/);
  });

  it('answers another method on a known path with 405 and Allow', async () => {
    const response = await fetch(`${base}/api/v1/procedures`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await problemOf(response)).status).toBe(405);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${base}/api/v1/fields`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers a CORS pre-flight on any API path', async () => {
    const response = await fetch(`${base}/api/v1/dossiers/000.75.30.H56-261120-0001`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://tiendu.bacninh.gov.vn', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('X-Verifier');
  });

  it.each([
    ['a broken percent-escape in the path', '/api/v1/procedures/%E0%A4%A'],
    ['a broken percent-escape in the query', '/api/v1/procedures?q=%E0%A4%A'],
    ['a path with a lone percent', '/api/v1/dossiers/%'],
    ['an overlong code', `/api/v1/procedures/${'1'.repeat(5000)}`],
  ])('never answers 500 to %s', async (_name, path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) await problemOf(response);
  });

  it('answers a body that is not JSON with 400 naming the body', async () => {
    const response = await fetch(`${base}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"useful": tru',
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([{ in: 'body', name: '', detail: 'không phải JSON hợp lệ' }]);
  });

  it('answers a header the HTTP parser refuses with a 400 problem', async () => {
    const { port } = new URL(base);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = createConnection(Number(port), '127.0.0.1', () => {
        socket.write('GET /api/v1/fields HTTP/1.1\r\nHost: x\r\nBad Header: \u0001\r\n\r\n');
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk;
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toContain('application/problem+json');
  });

  it('says the database is reachable on /readyz and the process is alive on /healthz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready', database: 'pglite' });
  });
});

describe('CORS with a list of allowed origins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite', { corsOrigins: ['https://tiendu.bacninh.gov.vn'] });
  });
  afterAll(() => server.close());

  it('allows the listed origins only', async () => {
    const from = (origin: string) => server.app.inject({ method: 'GET', url: '/api/v1/survey', headers: { origin } });
    expect((await from('https://tiendu.bacninh.gov.vn')).headers['access-control-allow-origin']).toBe(
      'https://tiendu.bacninh.gov.vn',
    );
    expect((await from('https://elsewhere.example')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets a listed origin read the problem of a URL the router cannot read', async () => {
    const origin = 'https://tiendu.bacninh.gov.vn';
    const answer = await server.app.inject({ method: 'GET', url: '/api/v1/procedures/%E0%A4%A', headers: { origin } });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(answer.headers['content-type']).toBe('application/problem+json');
  });
});
