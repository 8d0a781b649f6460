import { maskPersonName } from '@hcc/sdk';
import { type BatchResult, batchItems, readBatch } from './batch.js';
import { readDossierCode } from './dossier-code-field.js';
import { createItemReader, isItem, type ItemReader } from './item-reader.js';
import { vietnamDayOf } from './national-dates.js';
import { assertStatusMap, resolveStatus, type StatusMap } from './status-map.js';
import { type IngestedSupplement, readSupplements } from './supplements.js';
import { hashVerifier, verifierFromPhone } from './verifier.js';

/** The contract's `Channel` values. */
export type DossierChannel = 'in-person' | 'online' | 'postal';

/** A dossier pushed with DongBoHoSoMC, reduced to what the public answer needs (nothing personal in clear). */
export interface IngestedDossier {
  /** MaHoSo in canonical form. */
  code: string;
  procedureCode: string;
  procedureName: string;
  /** The receiving agency's identifier: the dossier code before its first `-`. */
  agencyIdentifier: string;
  /** DonViXuLy: the processing agency's name. */
  agencyName: string | null;
  /** ChuHoSo masked with `maskPersonName` (`''` when absent); the full name is never kept. */
  applicantMasked: string;
  /** `hashVerifier(last four digits of SoDienThoai, key)`; null without a phone number. */
  verifierHash: string | null;
  /** National status 1–10. */
  status: number;
  channel: DossierChannel;
  /** NgayTiepNhan, RFC 3339 in `+07:00`. */
  receivedAt: string;
  /** NgayHenTra's Vietnam calendar day, `YYYY-MM-DD`. */
  appointmentDate: string;
  /** NgayKetThucXuLy, RFC 3339 in `+07:00`. */
  finishedAt: string | null;
  /** NgayTra, RFC 3339 in `+07:00`. */
  returnedAt: string | null;
  supplements: IngestedSupplement[];
}

/** How dossiers are read: the secret key of verifier hashes, and a table for statuses that are not national codes. */
export interface DossierIngestOptions {
  verifierKey: string;
  statusMap?: StatusMap;
}

export const DOSSIER_SERVICE = 'DongBoHoSoMC';

/** HinhThuc: `0` at the counter, `1` any other way (the national format does not tell online from post). */
const CHANNELS: Record<string, DossierChannel> = {
  '0': 'in-person',
  '1': 'online',
  'in-person': 'in-person',
  online: 'online',
  postal: 'postal',
};

/**
 * Reads a DongBoHoSoMC push: the envelope `{ service, isUpdating, data: [...] }` or a bare array of items. Each item
 * is accepted or rejected on its own; unknown fields are ignored. Email, Fax, TrichYeuHoSo, GhiChu, ThongTinKhac,
 * the submitted files and fees are never read; the phone number only gives the verifier hash.
 * @throws InvalidBatchError when the body is not a batch; RangeError when the options are unusable
 */
export function parseDossierBatch(body: unknown, options: DossierIngestOptions): BatchResult<IngestedDossier> {
  if (!options.verifierKey) throw new RangeError('The verifier key is empty: configure a secret key.');
  assertStatusMap(options.statusMap);
  return readBatch(batchItems(body, DOSSIER_SERVICE), (item) => readDossier(item, options));
}

/** Reads one DongBoHoSoMC item. */
export function readDossier(
  item: unknown,
  options: DossierIngestOptions,
): { value: IngestedDossier } | { reasons: string[] } {
  if (!isItem(item)) return { reasons: ['phải là đối tượng JSON'] };
  const reader = createItemReader(item);
  const dossierCode = readDossierCode(reader);
  const procedureCode = reader.text('MaTTHC', { isRequired: true, max: 50 });
  const procedureName = reader.text('TenTTHC', { isRequired: true, max: 1000 });
  const agencyName = reader.text('DonViXuLy', { max: 500 });
  const applicant = reader.text('ChuHoSo', { max: 200 });
  const verifierHash = verifierHashOf(reader, options.verifierKey);
  const status = statusOf(reader, item.TrangThaiHoSo, options.statusMap);
  const channel = channelOf(reader, item.HinhThuc);
  const receivedAt = reader.dateTime('NgayTiepNhan', { isRequired: true });
  const appointment = reader.dateTime('NgayHenTra', { isRequired: true });
  const finishedAt = reader.dateTime('NgayKetThucXuLy');
  const returnedAt = reader.dateTime('NgayTra');
  const supplements = readSupplements(reader.list('DanhSachHoSoBoSung'), reader.reasons);
  if (appointment && receivedAt && vietnamDayOf(appointment) < vietnamDayOf(receivedAt)) {
    reader.fail('NgayHenTra', 'trước ngày tiếp nhận (NgayTiepNhan)');
  }
  reader.notBefore('NgayKetThucXuLy', finishedAt, 'NgayTiepNhan', receivedAt);
  reader.notBefore('NgayTra', returnedAt, 'NgayTiepNhan', receivedAt);
  supplements.forEach((supplement, index) => {
    if (receivedAt && Date.parse(supplement.requestedAt) < Date.parse(receivedAt)) {
      reader.fail(`DanhSachHoSoBoSung[${index}].NgayBoSung`, 'trước NgayTiepNhan');
    }
  });
  if (
    reader.reasons.length ||
    !dossierCode ||
    !procedureCode ||
    !procedureName ||
    status === null ||
    !channel ||
    !receivedAt ||
    !appointment
  ) {
    return { reasons: reader.reasons };
  }
  return {
    value: {
      code: dossierCode.code,
      procedureCode,
      procedureName,
      agencyIdentifier: dossierCode.agencyId,
      agencyName,
      applicantMasked: applicant ? maskPersonName(applicant) : '',
      verifierHash,
      status,
      channel,
      receivedAt,
      appointmentDate: vietnamDayOf(appointment),
      finishedAt,
      returnedAt,
      supplements,
    },
  };
}

function verifierHashOf(reader: ItemReader, key: string): string | null {
  const phone = reader.text('SoDienThoai', { max: 30 });
  if (phone === null) return null;
  const verifier = verifierFromPhone(phone);
  if ('error' in verifier) {
    reader.fail('SoDienThoai', verifier.error);
    return null;
  }
  return hashVerifier(verifier.value, key);
}

function statusOf(reader: ItemReader, raw: unknown, map: StatusMap | undefined): number | null {
  if (raw === undefined || raw === null || raw === '') {
    reader.fail('TrangThaiHoSo', 'bắt buộc');
    return null;
  }
  const status = resolveStatus(raw, map);
  if ('error' in status) {
    reader.fail('TrangThaiHoSo', status.error);
    return null;
  }
  return status.value;
}

function channelOf(reader: ItemReader, raw: unknown): DossierChannel | null {
  if (raw === undefined || raw === null || raw === '') {
    reader.fail('HinhThuc', 'bắt buộc');
    return null;
  }
  const key = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
  const channel = Object.hasOwn(CHANNELS, key) ? CHANNELS[key] : undefined;
  if (!channel) reader.fail('HinhThuc', 'phải là 0 (trực tiếp) hoặc 1 (trực tuyến, bưu chính)');
  return channel ?? null;
}
