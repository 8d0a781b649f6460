import { describe, expect, it } from 'vitest';
import type { Agency } from '../../src/index.js';
import { dossierAgencyOf, isAgencyOpenOn, selectAgencies } from '../../src/index.js';

const agency = (id: string, level: Agency['level'], validFrom: string, validTo: string | null): Agency =>
  ({ id, identifier: id.toUpperCase(), name: id, level, kind: level, validFrom, validTo }) as Agency;

const district = agency('huyen-tien-du', 'district', '2008-08-01', '2025-06-30');
const commune = agency('xa-tien-du', 'commune', '2025-07-01', null);
const centre = agency('trung-tam', 'province', '2017-05-17', null);

describe('isAgencyOpenOn', () => {
  it('is open from its first to its last day, both included', () => {
    expect(isAgencyOpenOn(district, '2025-06-30')).toBe(true);
    expect(isAgencyOpenOn(district, '2025-07-01')).toBe(false);
    expect(isAgencyOpenOn(commune, '2025-06-30')).toBe(false);
    expect(isAgencyOpenOn(commune, '2026-12-03')).toBe(true);
  });
});

describe('selectAgencies', () => {
  const all = [district, commune, centre];
  const ids = (agencies: Agency[]) => agencies.map((item) => item.id);

  it('lists the agencies open today, on another day, or every one with includeFormer', () => {
    expect(ids(selectAgencies(all, {}, '2026-12-03'))).toEqual(['xa-tien-du', 'trung-tam']);
    expect(ids(selectAgencies(all, { at: '2024-03-15' }, '2026-12-03'))).toEqual(['huyen-tien-du', 'trung-tam']);
    expect(ids(selectAgencies(all, { includeFormer: true, level: 'district' }, '2026-12-03'))).toEqual([
      'huyen-tien-du',
    ]);
  });
});

describe('dossierAgencyOf', () => {
  it('marks an agency closed before today as former', () => {
    expect(dossierAgencyOf(district, '2026-12-03')).toEqual({
      id: 'huyen-tien-du',
      identifier: 'HUYEN-TIEN-DU',
      name: 'huyen-tien-du',
      level: 'district',
      former: true,
      validTo: '2025-06-30',
    });
    expect(dossierAgencyOf(district, '2025-06-30').former).toBe(false);
    expect(dossierAgencyOf(commune, '2026-12-03').former).toBe(false);
  });
});
