import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { itRefusesAsTheContractSays } from './refusals.js';

export { assertConforms } from './assert-conforms.js';
export { type ApiResponse, call } from './call.js';

/** A dossier an implementation under test knows, with the verifier that unlocks it. */
export interface KnownDossier {
  code: string;
  verifier: string;
  status: number;
}

/** An implementation of the public API to test, and what it is known to hold. */
export interface ConformanceTarget {
  /** Read when the tests run (the target may start in a `beforeAll`): the base URL, ending in `/api/v1`. */
  baseUrl: () => string;
  /** A dossier of any status. */
  dossier: () => KnownDossier;
  /** A finished dossier nobody has rated (the suite rates it once). */
  ratable: () => KnownDossier;
  /** A period and an agency with dossiers received in its first month. */
  stats: { agency: string; from: string; to: string };
}

/**
 * The contract's behaviour, the same for every implementation (the Bắc Ninh catalogue and agencies are the bundled
 * data of both). Every response is also checked against `openapi.yaml` by `call`.
 */
export function describeConformance(name: string, target: ConformanceTarget) {
  const api = (method: 'GET' | 'POST', path: string, init?: Parameters<typeof call>[3]) =>
    call(target.baseUrl(), method, path, init);

  describe(`${name}: every endpoint answers as openapi.yaml says`, () => {
    it('lists the agencies valid today, and the former district agencies on request', async () => {
      const today = await api('GET', '/agencies');
      const all = await api('GET', '/agencies?includeFormer=true');
      expect(today.body.items.some((agency: { kind: string }) => agency.kind === 'district')).toBe(false);
      expect(all.body.items.filter((agency: { kind: string }) => agency.kind === 'district')).toHaveLength(8);
      expect(today.body.items.filter((agency: { kind: string }) => agency.kind === 'commune')).toHaveLength(99);
    });

    it('lists the agencies valid on a day before July 2025', async () => {
      const { body } = await api('GET', '/agencies?at=2024-03-15&level=district');
      expect(body.items.map((agency: { name: string }) => agency.name)).toContain('Ủy ban nhân dân huyện Tiên Du');
    });

    it('lists fields with their procedure counts, most first', async () => {
      const { body } = await api('GET', '/fields');
      const counts = body.items.map((field: { procedureCount: number }) => field.procedureCount);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
      expect(body.items.find((field: { id: string }) => field.id === 'ho-tich')?.name).toBe('Hộ tịch');
    });

    it('searches procedures with facets and pagination', async () => {
      const { body } = await api('GET', '/procedures?q=dang%20ky%20khai%20sinh&pageSize=5');
      expect(body.items[0].code).toBe('1.001193');
      expect(body.items).toHaveLength(5);
      expect(body.facets.level.map((facet: { value: string }) => facet.value).sort()).toEqual(['commune', 'province']);
    });

    it('returns a whole procedure from its official record', async () => {
      const { body } = await api('GET', '/procedures/1.001193');
      expect(body.sampleData).toBe(false);
      expect(body.results).toContain('Giấy khai sinh');
    });

    it('returns a dossier for its code and verifier', async () => {
      const dossier = target.dossier();
      const { status, body } = await api('GET', `/dossiers/${dossier.code}`, {
        headers: { 'X-Verifier': dossier.verifier },
      });
      expect(status).toBe(200);
      expect(body.status.code).toBe(dossier.status);
    });

    it('answers a wrong verifier exactly like an unknown code', async () => {
      const dossier = target.dossier();
      const wrongVerifier = String((Number(dossier.verifier) + 1) % 10_000).padStart(4, '0');
      const wrong = await api('GET', `/dossiers/${dossier.code}`, { headers: { 'X-Verifier': wrongVerifier } });
      const unknown = await api('GET', '/dossiers/000.00.14.H56-991231-9999', { headers: { 'X-Verifier': '1234' } });
      expect(wrong.status).toBe(404);
      expect(wrong.text).toBe(unknown.text);
    });

    it('returns the survey form in Vietnamese and English', async () => {
      const { body } = await api('GET', '/survey');
      expect(body.overall.options.map((option: { label: { vi: string } }) => option.label.vi)).toEqual([
        'Rất hài lòng',
        'Hài lòng',
        'Không hài lòng',
      ]);
    });

    it('records a rating of a finished dossier (201), and replays it for the same key', async () => {
      const dossier = target.ratable();
      const send = () =>
        api('POST', `/dossiers/${dossier.code}/ratings`, {
          headers: { 'X-Verifier': dossier.verifier, 'Idempotency-Key': 'conformance-key-1' },
          body: { overall: 'satisfied', answers: { staff: 'good' }, comment: 'Nhanh gọn.' },
        });
      const first = await send();
      const again = await send();
      expect(first.status).toBe(201);
      expect(first.body.overall).toBe('satisfied');
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const otherBody = await api('POST', `/dossiers/${dossier.code}/ratings`, {
        headers: { 'X-Verifier': dossier.verifier, 'Idempotency-Key': 'conformance-key-1' },
        body: { overall: 'satisfied', answers: { staff: 'good' }, comment: 'Một nội dung khác.' },
      });
      expect(otherBody.status).toBe(422);
      expect(otherBody.body.type).toMatch(/idempotency-key-reused$/);
    });

    it('records anonymous page feedback (201)', async () => {
      const { status, body } = await api('POST', '/feedback', {
        body: { useful: false, reasons: ['incomplete'], pageUrl: 'https://tiendu.bacninh.gov.vn/thu-tuc', lang: 'vi' },
      });
      expect(status).toBe(201);
      expect(body.id).toMatch(/^feedback-/);
    });

    it('computes the figures for a period and an agency', async () => {
      const { agency, from, to } = target.stats;
      const { body } = await api('GET', `/stats?from=${from}&to=${to}&agency=${agency}`);
      expect(body.agency).toBe(agency);
      expect(body.totals.received).toBeGreaterThan(0);
      expect(body.byMonth[0].month).toBe(from.slice(0, 7));
    });

    it('names every invalid parameter in a 400 problem', async () => {
      const { status, body } = await api('GET', '/procedures?pageSize=0&level=district&colour=red');
      expect(status).toBe(400);
      expect(body.errors.map((error: { name: string }) => error.name).sort()).toEqual(['colour', 'level', 'pageSize']);
    });

    it('answers an unknown path with a problem document', async () => {
      const response = await fetch(`${target.baseUrl()}/nothing-here`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    });

    itRefusesAsTheContractSays(target.baseUrl);
  });
}
