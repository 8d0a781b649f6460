import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/national/index.js';
import { insertToken, revokeToken } from '../src/stores/token-store.js';
import { DB_KINDS } from './support/databases.js';
import { dossierBatch, nationalDate, type TestDossier, verifierOf } from './support/national-items.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const NEW_DOSSIER: TestDossier = {
  code: '000.75.30.H56-261124-0100',
  phone: '0977 654 321',
  status: 2,
  received: '2026-11-24T08:30',
  appointment: '2026-11-26T17:00',
};

describe.each(DB_KINDS)('the ingest API on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const push = (path: string, body: unknown, token = server.token) =>
    server.app.inject({
      method: 'POST',
      url: `/ingest/v1/${path}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const lookUp = (dossier: TestDossier) =>
    server.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossier.code}`,
      headers: { 'x-verifier': verifierOf(dossier) },
    });

  it('refuses a push without a valid token (401 problem)', async () => {
    const missing = await server.app.inject({ method: 'POST', url: '/ingest/v1/dossiers', payload: '[]' });
    const wrong = await push('dossiers', [], 'hcc_ingest_not-a-real-token');
    expect([missing.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(missing.headers['content-type']).toBe('application/problem+json');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
  });

  it('accepts a DongBoHoSoMC batch item by item, and the citizen can then look the dossier up', async () => {
    const response = await push('dossiers', {
      ...dossierBatch([NEW_DOSSIER]),
      data: [...dossierBatch([NEW_DOSSIER]).data, { MaHoSo: 'not a code', TrangThaiHoSo: '4' }],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.accepted).toBe(1);
    expect(body.rejected).toEqual([{ index: 1, code: 'not a code', reasons: expect.any(Array) }]);
    const dossier = await lookUp(NEW_DOSSIER);
    expect(dossier.statusCode).toBe(200);
    expect(dossier.json()).toMatchObject({ status: { code: 2 }, receivedAt: '2026-11-24T08:30:00+07:00' });
  });

  it('changes nothing when the same batch is sent twice', async () => {
    await push('dossiers', dossierBatch([NEW_DOSSIER]));
    const before = await server.db.query('SELECT updated_at, content_hash FROM dossiers WHERE code = $1', [
      NEW_DOSSIER.code,
    ]);
    const again = await push('dossiers', dossierBatch([NEW_DOSSIER]));
    const after = await server.db.query('SELECT updated_at, content_hash FROM dossiers WHERE code = $1', [
      NEW_DOSSIER.code,
    ]);
    expect(again.json()).toEqual({ accepted: 1, rejected: [] });
    expect(after.rows).toEqual(before.rows);
  });

  it('stores neither the phone number nor the full name', async () => {
    const { rows } = await server.db.query('SELECT * FROM dossiers WHERE code = $1', [NEW_DOSSIER.code]);
    const stored = JSON.stringify(rows[0]);
    expect(rows).toHaveLength(1);
    // The number in every form it could be kept in; not a fragment as short as '654', which a hash can contain.
    for (const form of ['0977 654 321', '0977654321', '977654321', '654 321', '654321']) {
      expect(stored).not.toContain(form);
    }
    expect(stored).not.toContain('Văn An');
    expect(stored).not.toContain('example.vn');
  });

  it('turns CapNhatTienDoHoSoMC items into the timeline, once each', async () => {
    const step = {
      MaHoSo: NEW_DOSSIER.code,
      NguoiXuLy: 'Vũ Thị Hằng',
      ChucDanh: 'Công chức Văn phòng - Thống kê',
      ThoiDiemXuLy: nationalDate('2026-11-24T09:00'),
      PhongBanXuLy: 'Bộ phận Một cửa',
      NoiDungXuLy: 'Tiếp nhận hồ sơ',
      TrangThai: '2',
      NgayBatDau: nationalDate('2026-11-24T08:30'),
    };
    const unknown = { ...step, MaHoSo: '000.75.30.H56-261124-0999' };
    const first = await push('progress', { service: 'CapNhatTienDoHoSoMC', isUpdating: true, data: [step, unknown] });
    await push('progress', [step]);
    expect(first.json()).toMatchObject({ accepted: 1, rejected: [{ index: 1, code: unknown.MaHoSo }] });
    const steps = (await lookUp(NEW_DOSSIER)).json().steps;
    expect(steps).toEqual([
      {
        name: 'Tiếp nhận hồ sơ',
        unit: 'Bộ phận Một cửa',
        state: 'done',
        startedAt: '2026-11-24T08:30:00+07:00',
        finishedAt: '2026-11-24T09:00:00+07:00',
      },
    ]);
    expect(JSON.stringify(steps)).not.toContain('Hằng');
  });

  it('lets a token limited to an agency write only that agency’s dossiers (403 item)', async () => {
    const { token, hash } = createToken();
    await insertToken(server.db, `scoped-${kind}`, hash, ['000.00.05.H56']);
    const other = { ...NEW_DOSSIER, code: '000.00.05.H56-261124-0200' };
    const response = await push('dossiers', dossierBatch([NEW_DOSSIER, other]), token);
    expect(response.json()).toEqual({
      accepted: 1,
      rejected: [{ index: 0, code: NEW_DOSSIER.code, reasons: [expect.stringContaining('403')] }],
    });
    await revokeToken(server.db, `scoped-${kind}`);
    expect((await push('dossiers', dossierBatch([other]), token)).statusCode).toBe(401);
  });

  it('refuses a body that is not a batch, and a batch over the ingest limit', async () => {
    const notBatch = await push('dossiers', { service: 'CapNhatTienDoHoSoMC', data: [] });
    expect(notBatch.statusCode).toBe(400);
    expect(notBatch.json().errors[0].name).toBe('/service');
    const huge = await server.app.inject({
      method: 'POST',
      url: '/ingest/v1/dossiers',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(Array.from({ length: 1 }, () => ({ pad: 'x'.repeat(11 * 1024 * 1024) }))),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('ranks procedures with pushed dossiers first when sorted by popularity', async () => {
    const { items } = (
      await server.app.inject({ method: 'GET', url: '/api/v1/procedures?sort=popular&pageSize=1' })
    ).json();
    expect(items[0].code).toBe('1.001193');
  });
});

describe('a one-stop system that numbers statuses its own way', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite', {
      statusMap: { processing: 4, 'processing/waiting-payment': 6, done: 10 },
    });
  });
  afterAll(() => server.close());

  it('has its statuses mapped to the national codes by the configured table', async () => {
    const dossier = { ...NEW_DOSSIER, code: '000.75.30.H56-261124-0300' };
    const item = { ...dossierBatch([dossier]).data[0], TrangThaiHoSo: 'processing/waiting-payment' };
    const unknown = { ...item, MaHoSo: '000.75.30.H56-261124-0301', TrangThaiHoSo: 'paused' };
    const response = await server.app.inject({
      method: 'POST',
      url: '/ingest/v1/dossiers',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify([item, unknown]),
    });
    expect(response.json()).toMatchObject({ accepted: 1, rejected: [{ index: 1 }] });
    const lookUp = await server.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossier.code}`,
      headers: { 'x-verifier': verifierOf(dossier) },
    });
    expect(lookUp.json().status.key).toBe('payment-requested');
  });
});
