import type { DossierStatus } from '../client/types.js';

/** The 10 national dossier statuses, as receipts and portals word them, in the order of their numbers (1–10). */
export const dossierStatuses: readonly DossierStatus[] = [
  { code: 1, key: 'registered', label: { vi: 'Mới đăng ký', en: 'Newly registered' } },
  { code: 2, key: 'received', label: { vi: 'Được tiếp nhận', en: 'Received' } },
  { code: 3, key: 'rejected', label: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  { code: 4, key: 'processing', label: { vi: 'Đang xử lý', en: 'Being processed' } },
  { code: 5, key: 'supplement-requested', label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' } },
  { code: 6, key: 'payment-requested', label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested' } },
  { code: 7, key: 'withdrawn', label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' } },
  { code: 8, key: 'stopped', label: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  { code: 9, key: 'processed', label: { vi: 'Đã xử lý xong', en: 'Processed (result ready)' } },
  { code: 10, key: 'returned', label: { vi: 'Đã trả kết quả', en: 'Result returned' } },
];

/** The status numbered `code` (1–10), or undefined. */
export function dossierStatus(code: number): DossierStatus | undefined {
  return dossierStatuses[code - 1];
}

/**
 * Whether a citizen can rate a dossier in this status: processing is over, with a result or without one (not
 * accepted, stopped, processed, returned). A withdrawn dossier was never resolved, so it is not rated.
 */
export function isRatableStatus(code: number): boolean {
  return code === 3 || code === 8 || code === 9 || code === 10;
}
