import type { DossierStatus, DossierStatusKey } from '@hcc/sdk';

/** The 10 national dossier statuses (see the glossary). */
export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

const STATUSES: readonly (readonly [DossierStatusKey, string, string])[] = [
  ['registered', 'Mới đăng ký', 'Newly registered'],
  ['received', 'Được tiếp nhận', 'Received'],
  ['rejected', 'Không được tiếp nhận', 'Not accepted'],
  ['processing', 'Đang xử lý', 'Being processed'],
  ['supplement-requested', 'Yêu cầu bổ sung giấy tờ', 'Supplement requested'],
  ['payment-requested', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Payment requested'],
  ['withdrawn', 'Công dân yêu cầu rút hồ sơ', 'Withdrawn by the applicant'],
  ['stopped', 'Dừng xử lý', 'Processing stopped'],
  ['processed', 'Đã xử lý xong', 'Processed (result ready)'],
  ['returned', 'Đã trả kết quả', 'Result returned'],
];

export const STATUS_CODES = STATUSES.map((_, index) => (index + 1) as StatusCode);

export function statusOf(code: StatusCode): DossierStatus {
  const [key, vi, en] = STATUSES[code - 1] as (typeof STATUSES)[number];
  return { code, key, label: { vi, en } };
}

/** Statuses after which nothing more happens to a dossier, which is when it can be rated. */
export const FINISHED_STATUSES: readonly StatusCode[] = [3, 8, 9, 10];
export const isFinished = (status: StatusCode) => FINISHED_STATUSES.includes(status);
