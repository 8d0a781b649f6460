import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const clock = testClock();
const mock = createMockServer({ now: clock.now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const finished = () => mock.db.fixtures.find((fixture) => fixture.status === 10 && !fixture.traits.includes('rated'));

describe('every endpoint answers as openapi.yaml says', () => {
  it('lists the agencies valid today, and the former district agencies on request', async () => {
    const today = await call('GET', '/agencies');
    const all = await call('GET', '/agencies?includeFormer=true');
    expect(today.body.items.some((agency: { kind: string }) => agency.kind === 'district')).toBe(false);
    expect(all.body.items.filter((agency: { kind: string }) => agency.kind === 'district')).toHaveLength(8);
    expect(today.body.items.filter((agency: { kind: string }) => agency.kind === 'commune')).toHaveLength(99);
  });

  it('lists the agencies valid on a day before July 2025', async () => {
    const { body } = await call('GET', '/agencies?at=2024-03-15&level=district');
    expect(body.items.map((agency: { name: string }) => agency.name)).toContain('Ủy ban nhân dân huyện Tiên Du');
  });

  it('lists fields with their procedure counts, most first', async () => {
    const { body } = await call('GET', '/fields');
    const counts = body.items.map((field: { procedureCount: number }) => field.procedureCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(body.items.find((field: { id: string }) => field.id === 'ho-tich')?.name).toBe('Hộ tịch');
  });

  it('searches procedures with facets and pagination', async () => {
    const { body } = await call('GET', '/procedures?q=dang%20ky%20khai%20sinh&pageSize=5');
    expect(body.items[0].code).toBe('1.001193');
    expect(body.items).toHaveLength(5);
    expect(body.facets.level.map((facet: { value: string }) => facet.value).sort()).toEqual(['commune', 'province']);
  });

  it('returns a whole procedure from its official record', async () => {
    const { body } = await call('GET', '/procedures/1.001193');
    expect(body.sampleData).toBe(false);
    expect(body.results).toContain('Giấy khai sinh');
  });

  it('returns a dossier for its code and verifier', async () => {
    const fixture = mock.db.fixtures[3];
    const { status, body } = await call('GET', `/dossiers/${fixture?.code}`, {
      headers: { 'X-Verifier': fixture?.verifier ?? '' },
    });
    expect(status).toBe(200);
    expect(body.status.code).toBe(fixture?.status);
  });

  it('returns the survey form in Vietnamese and English', async () => {
    const { body } = await call('GET', '/survey');
    expect(body.overall.options.map((option: { label: { vi: string } }) => option.label.vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
  });

  it('records a rating of a finished dossier (201)', async () => {
    const fixture = finished();
    const { status, body } = await call('POST', `/dossiers/${fixture?.code}/ratings`, {
      headers: { 'X-Verifier': fixture?.verifier ?? '', 'Idempotency-Key': 'contract-test-key-1' },
      body: { overall: 'satisfied', answers: { staff: 'good' }, comment: 'Nhanh gọn.' },
    });
    expect(status).toBe(201);
    expect(body.overall).toBe('satisfied');
  });

  it('records anonymous page feedback (201)', async () => {
    const { status, body } = await call('POST', '/feedback', {
      body: { useful: false, reasons: ['incomplete'], pageUrl: 'https://tiendu.bacninh.gov.vn/thu-tuc', lang: 'vi' },
    });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^feedback-/);
  });

  it('computes the figures for a period and an agency', async () => {
    const { body } = await call('GET', '/stats?from=2025-07-01&to=2026-06-30&agency=van-phong-dang-ky-dat-dai');
    expect(body.agency).toBe('van-phong-dang-ky-dat-dai');
    expect(body.totals.received).toBeGreaterThan(0);
    expect(body.byMonth[0].month).toBe('2025-07');
  });

  it('answers an unknown path with a problem document', async () => {
    const response = await fetch('http://hcc.test/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
