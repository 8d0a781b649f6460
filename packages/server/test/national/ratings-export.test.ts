import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentShares, type RatingRow, summariseRatings } from '../../src/national/index.js';

const rating = (agencyIdentifier: string, overall: RatingRow['overall'], ratedAt: string): RatingRow => ({
  agencyIdentifier,
  overall,
  ratedAt,
});

describe('summariseRatings: the DongBoDanhGia summary', () => {
  it('counts a month per agency, in code order, with shares of each level', () => {
    const rows = [
      rating('000.75.30.H56', 'very-satisfied', '2025-12-01T08:00:00+07:00'),
      rating('000.75.30.H56', 'satisfied', '2025-12-15T10:00:00+07:00'),
      rating('000.75.30.H56', 'dissatisfied', '2025-12-31T23:30:00+07:00'),
      rating('000.00.05.H56', 'very-satisfied', '2025-12-02T09:00:00+07:00'),
      rating('000.00.05.H56', 'very-satisfied', '2025-11-30T16:59:59Z'), // 23:59:59 on 30 November in Vietnam
      rating('000.00.05.H56', 'satisfied', '2025-11-30T17:00:00Z'), // midnight, 1 December in Vietnam
    ];
    expect(summariseRatings(rows, '2025-12')).toEqual({
      service: 'DongBoDanhGia',
      version: 1,
      KyDanhGia: '2025-12',
      data: [
        {
          MaDonVi: '000.00.05.H56',
          KyDanhGia: '2025-12',
          SoNguoiDanhGia: 2,
          TyLeRatHaiLong: 50,
          TyLeHaiLong: 50,
          TyLeKhongHaiLong: 0,
        },
        {
          MaDonVi: '000.75.30.H56',
          KyDanhGia: '2025-12',
          SoNguoiDanhGia: 3,
          TyLeRatHaiLong: 33.34,
          TyLeHaiLong: 33.33,
          TyLeKhongHaiLong: 33.33,
        },
      ],
    });
  });

  it('takes timestamps as Date objects too, as database drivers give them', () => {
    const rows = [rating('000.75.30.H56', 'satisfied', '2025-12-01T00:00:00+07:00')];
    const asDate = [{ ...rows[0], ratedAt: new Date('2025-11-30T17:00:00Z') } as RatingRow];
    expect(summariseRatings(asDate, '2025-12')).toEqual(summariseRatings(rows, '2025-12'));
  });

  it('gives an empty list for a month without ratings', () => {
    expect(summariseRatings([], '2026-01').data).toEqual([]);
  });

  it.each(['2025-13', '2025-1', 'December'])('refuses the month "%s"', (month) => {
    expect(() => summariseRatings([], month)).toThrow(RangeError);
  });
});

describe('percentShares', () => {
  it('adds up to exactly 100 % for any counts, each share within a hundredth of the exact one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 5 }), (counts) => {
        const total = counts.reduce((sum, count) => sum + count, 0);
        const shares = percentShares(counts);
        const hundredths = shares.reduce((sum, share) => sum + Math.round(share * 100), 0);
        expect(hundredths).toBe(total ? 10_000 : 0);
        shares.forEach((share, index) => {
          const exact = total ? ((counts[index] as number) * 100) / total : 0;
          expect(Math.abs(share - exact)).toBeLessThan(0.01 + 1e-9);
          expect(Math.round(share * 100)).toBeCloseTo(share * 100, 6);
        });
      }),
    );
  });
});
