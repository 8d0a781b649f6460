import { createHash } from 'node:crypto';
import { type BatchResult, batchItems, readBatch } from './batch.js';
import { readDossierCode } from './dossier-code-field.js';
import { createItemReader, isItem } from './item-reader.js';
import { assertStatusMap, resolveStatus, type StatusMap } from './status-map.js';

/** A processing step pushed with CapNhatTienDoHoSoMC, as stored in the dossier's timeline. */
export interface IngestedStep {
  dossierCode: string;
  /** The same for the same step sent again (dossier, start, what was done, unit): the dedupe key. */
  key: string;
  /** NoiDungXuLy: what was done. */
  name: string;
  /** PhongBanXuLy: the unit in charge. */
  unit: string | null;
  /** NguoiXuLy: the officer's name, only with `showHandlerName`; otherwise null. */
  handler: string | null;
  /** ChucDanh: the officer's title (not personal), e.g. `Chuyên viên`. */
  handlerTitle: string | null;
  /** NgayBatDau, or ThoiDiemXuLy without it; RFC 3339 in `+07:00`. */
  startedAt: string;
  /** ThoiDiemXuLy when NgayBatDau is given (the step ran from one to the other); else null. */
  finishedAt: string | null;
  /** NgayKetThucTheoQuyDinh: when the step is due by the rules. */
  dueAt: string | null;
  /** TrangThai as a national code 1–10 (through the status map); null when not sent. */
  statusCode: number | null;
}

/** How steps are read: whether officers' names are shown, and a table for statuses that are not national codes. */
export interface ProgressIngestOptions {
  showHandlerName?: boolean;
  statusMap?: StatusMap;
}

export const PROGRESS_SERVICE = 'CapNhatTienDoHoSoMC';

/**
 * Reads a CapNhatTienDoHoSoMC push (the envelope or a bare array). Each item is accepted or rejected on its own;
 * unknown fields are ignored; NguoiXuLy is dropped unless `showHandlerName`.
 * @throws InvalidBatchError when the body is not a batch; RangeError when the status map is unusable
 */
export function parseProgressBatch(body: unknown, options: ProgressIngestOptions = {}): BatchResult<IngestedStep> {
  assertStatusMap(options.statusMap);
  return readBatch(batchItems(body, PROGRESS_SERVICE), (item) => readStep(item, options));
}

/** Reads one CapNhatTienDoHoSoMC item. */
export function readStep(
  item: unknown,
  options: ProgressIngestOptions = {},
): { value: IngestedStep } | { reasons: string[] } {
  if (!isItem(item)) return { reasons: ['phải là đối tượng JSON'] };
  const reader = createItemReader(item);
  const dossierCode = readDossierCode(reader);
  const name = reader.text('NoiDungXuLy', { isRequired: true, max: 1000 });
  const unit = reader.text('PhongBanXuLy', { max: 500 });
  const handler = reader.text('NguoiXuLy', { max: 200 });
  const handlerTitle = reader.text('ChucDanh', { max: 200 });
  const actedAt = reader.dateTime('ThoiDiemXuLy', { isRequired: true });
  const startedAt = reader.dateTime('NgayBatDau');
  const dueAt = reader.dateTime('NgayKetThucTheoQuyDinh');
  reader.notBefore('ThoiDiemXuLy', actedAt, 'NgayBatDau', startedAt);
  reader.notBefore('NgayKetThucTheoQuyDinh', dueAt, 'NgayBatDau', startedAt ?? actedAt);
  let statusCode: number | null = null;
  if (item.TrangThai !== undefined && item.TrangThai !== null && item.TrangThai !== '') {
    const status = resolveStatus(item.TrangThai, options.statusMap);
    if ('error' in status) reader.fail('TrangThai', status.error);
    else statusCode = status.value;
  }
  if (reader.reasons.length || !dossierCode || !name || !actedAt) return { reasons: reader.reasons };
  const start = startedAt ?? actedAt;
  return {
    value: {
      dossierCode: dossierCode.code,
      key: stepKey(dossierCode.code, start, name, unit),
      name,
      unit,
      handler: options.showHandlerName ? handler : null,
      handlerTitle,
      startedAt: start,
      finishedAt: startedAt ? actedAt : null,
      dueAt,
      statusCode,
    },
  };
}

/**
 * The dedupe key of a step: a hash of what identifies it once normalised (canonical code, RFC 3339 start, collapsed
 * texts), so a re-sent step — even with its finish or status filled in later — replaces itself instead of doubling.
 */
export function stepKey(dossierCode: string, startedAt: string, name: string, unit: string | null): string {
  return createHash('sha256')
    .update(JSON.stringify([dossierCode, startedAt, name, unit ?? '']))
    .digest('hex')
    .slice(0, 32);
}
