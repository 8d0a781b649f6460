import { createItemReader, isItem } from './item-reader.js';
import { vietnamDayOf } from './national-dates.js';

/** A supplement request (yêu cầu bổ sung) of a pushed dossier, as stored. */
export interface IngestedSupplement {
  /** NgayBoSung: when the supplement was requested. */
  requestedAt: string;
  /** NgayTiepNhanBoSung: when the applicant's supplement was received (processing resumed); null while open. */
  suppliedAt: string | null;
  /** NoiDungBoSung: what the applicant has to supply, shown to the applicant. */
  reason: string | null;
  /** NgayHenTraTruoc / NgayHenTraMoi: the appointment date before and after the request (`YYYY-MM-DD`). */
  previousAppointmentDate: string | null;
  newAppointmentDate: string | null;
}

const FIELD = 'DanhSachHoSoBoSung';

/**
 * Reads DanhSachHoSoBoSung. Officers' names (NguoiYeuCauBoSung, NguoiTiepNhanBoSung), ThongTinTiepNhan and the
 * lists of documents and fees are not kept. Problems are reported as `DanhSachHoSoBoSung[i].FIELD: …`.
 */
export function readSupplements(list: readonly unknown[], reasons: string[]): IngestedSupplement[] {
  const supplements: IngestedSupplement[] = [];
  list.forEach((entry, index) => {
    const prefix = `${FIELD}[${index}]`;
    if (!isItem(entry)) {
      reasons.push(`${prefix}: phải là đối tượng`);
      return;
    }
    const before = reasons.length;
    const reader = createItemReader(entry, `${prefix}.`, reasons);
    const requestedAt = reader.dateTime('NgayBoSung', { isRequired: true });
    const suppliedAt = reader.dateTime('NgayTiepNhanBoSung');
    const reason = reader.text('NoiDungBoSung', { max: 2000 });
    const previous = reader.dateTime('NgayHenTraTruoc');
    const next = reader.dateTime('NgayHenTraMoi');
    reader.notBefore('NgayTiepNhanBoSung', suppliedAt, 'NgayBoSung', requestedAt);
    if (reasons.length > before || !requestedAt) return;
    supplements.push({
      requestedAt,
      suppliedAt,
      reason,
      previousAppointmentDate: previous && vietnamDayOf(previous),
      newAppointmentDate: next && vietnamDayOf(next),
    });
  });
  return supplements.sort((a, b) => Date.parse(a.requestedAt) - Date.parse(b.requestedAt));
}
