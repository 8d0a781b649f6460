import { toVietnamDateTime } from '@hcc/sdk';

/** The version of our DongBoDanhGia field names; a change of names or meaning gets a new version. */
export const DONG_BO_DANH_GIA_VERSION = 1;

/** One agency's month in the DongBoDanhGia summary (field names: see docs/national-formats.md). */
export interface DongBoDanhGiaItem {
  /** The agency's official identifier (the start of its dossier codes). */
  MaDonVi: string;
  /** The period, `YYYY-MM` (Vietnam time). */
  KyDanhGia: string;
  /** How many people rated (one rating per dossier). */
  SoNguoiDanhGia: number;
  /** Shares in percent with two decimals; the three add up to exactly 100. */
  TyLeRatHaiLong: number;
  TyLeHaiLong: number;
  TyLeKhongHaiLong: number;
}

/** The monthly satisfaction summary, shaped for the national portal's DongBoDanhGia service. */
export interface DongBoDanhGiaSummary {
  service: 'DongBoDanhGia';
  version: typeof DONG_BO_DANH_GIA_VERSION;
  KyDanhGia: string;
  data: DongBoDanhGiaItem[];
}

export type OverallRating = 'very-satisfied' | 'satisfied' | 'dissatisfied';
export interface RatingRow {
  agencyIdentifier: string;
  overall: OverallRating;
  /** An RFC 3339 date-time or a `Date` (as database drivers give timestamps). */
  ratedAt: string | Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Shares in hundredths of a percent that add up to exactly 10,000, by the largest remainder: each count's exact share
 * rounded down, and the hundredths left over given to the largest remainders (ties in the order given).
 */
export function percentShares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (!total) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 10_000) / total);
  const shares = exact.map(Math.floor);
  let left = 10_000 - shares.reduce((sum, share) => sum + share, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  order.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left-- <= 0) break;
    shares[index] = (shares[index] as number) + 1;
  }
  return shares.map((hundredths) => hundredths / 100);
}

/**
 * Summarises a month of ratings per agency (by the Vietnam month of `ratedAt`), agencies in code order; rows of other
 * months are left out.
 * @throws RangeError when `month` is not `YYYY-MM` or a row's `ratedAt` is not a date-time
 */
export function summariseRatings(rows: readonly RatingRow[], month: string): DongBoDanhGiaSummary {
  if (!MONTH.test(month)) throw new RangeError(`The month "${month}" is not YYYY-MM.`);
  const counts = new Map<string, Record<OverallRating, number>>();
  for (const row of rows) {
    if (toVietnamDateTime(row.ratedAt).slice(0, 7) !== month) continue;
    const agency = counts.get(row.agencyIdentifier) ?? { 'very-satisfied': 0, satisfied: 0, dissatisfied: 0 };
    agency[row.overall]++;
    counts.set(row.agencyIdentifier, agency);
  }
  const data = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, count]): DongBoDanhGiaItem => {
      const [very = 0, satisfied = 0, dissatisfied = 0] = percentShares([
        count['very-satisfied'],
        count.satisfied,
        count.dissatisfied,
      ]);
      return {
        MaDonVi: code,
        KyDanhGia: month,
        SoNguoiDanhGia: count['very-satisfied'] + count.satisfied + count.dissatisfied,
        TyLeRatHaiLong: very,
        TyLeHaiLong: satisfied,
        TyLeKhongHaiLong: dissatisfied,
      };
    });
  return { service: 'DongBoDanhGia', version: DONG_BO_DANH_GIA_VERSION, KyDanhGia: month, data };
}
