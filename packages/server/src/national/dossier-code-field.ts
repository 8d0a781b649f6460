import { isDossierCode, parseDossierCode } from '@hcc/sdk';
import type { ItemReader } from './item-reader.js';

const FAILURES: Record<string, string> = {
  empty: 'bắt buộc',
  'too-short': 'không phải mã hồ sơ (ngắn hơn mã ngắn nhất A.B-yymmdd-nnnn)',
  'bad-format': 'không phải mã hồ sơ dạng ĐƠNVỊ-yymmdd-nnnn',
  'bad-date': 'ngày tiếp nhận trong mã (yymmdd) không phải ngày có thật',
};

/**
 * Reads MaHoSo with the SDK's dossier-code rules: the whole value must be one code, given back in canonical form with
 * its receiving agency's identifier.
 */
export function readDossierCode(reader: ItemReader, field = 'MaHoSo'): { code: string; agencyId: string } | null {
  const raw = reader.text(field, { isRequired: true, max: 60 });
  if (raw === null) return null;
  const parsed = parseDossierCode(raw);
  if (!parsed.ok) {
    reader.fail(field, FAILURES[parsed.reason] ?? 'không phải mã hồ sơ');
    return null;
  }
  // parseDossierCode also finds a code inside other text; a pushed code must be nothing else.
  if (!isDossierCode(raw)) {
    reader.fail(field, 'phải chỉ gồm mã hồ sơ, không kèm chữ khác');
    return null;
  }
  return { code: parsed.code, agencyId: parsed.agencyId };
}
