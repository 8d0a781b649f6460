import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from './support/databases.js';
import { TEST_DOSSIERS, verifierOf } from './support/national-items.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe.each(DB_KINDS)('the public API on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

  it('searches the bundled catalogue with the SDK engine', async () => {
    const response = await get('/api/v1/procedures?q=dang%20ky%20khai%20sinh&pageSize=5');
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0].code).toBe('1.001193');
  });

  it('serves a whole procedure from its official record', async () => {
    const body = (await get('/api/v1/procedures/1.001193')).json();
    expect(body.sampleData).toBe(false);
    expect(body.results).toContain('Giấy khai sinh');
  });

  it('unlocks a pushed dossier with the last four digits of its phone', async () => {
    const dossier = TEST_DOSSIERS.processing;
    const response = await get(`/api/v1/dossiers/${dossier.code}`, { 'x-verifier': verifierOf(dossier) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: dossier.code,
      status: { code: 4 },
      applicant: { name: expect.not.stringContaining('Văn An') },
      agency: { id: 'xa-tien-du' },
    });
  });

  it('answers an unknown code and a wrong verifier with the same 404', async () => {
    const wrong = await get(`/api/v1/dossiers/${TEST_DOSSIERS.returned.code}`, { 'x-verifier': '0000' });
    const unknown = await get('/api/v1/dossiers/000.75.30.H56-261120-9999', { 'x-verifier': '1234' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
  });
});
