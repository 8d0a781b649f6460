import type { Lang } from '../shell/language.js';

/** The 10 national dossier statuses as receipts and portals word them (GLOSSARY.md). */
const STATUS_LABELS: Record<Lang, readonly string[]> = {
  vi: [
    'Mới đăng ký',
    'Được tiếp nhận',
    'Không được tiếp nhận',
    'Đang xử lý',
    'Yêu cầu bổ sung giấy tờ',
    'Yêu cầu thực hiện nghĩa vụ tài chính',
    'Công dân yêu cầu rút hồ sơ',
    'Dừng xử lý',
    'Đã xử lý xong',
    'Đã trả kết quả',
  ],
  en: [
    'Newly registered',
    'Received',
    'Not accepted',
    'Being processed',
    'Supplement requested',
    'Payment requested',
    'Withdrawn by the applicant',
    'Processing stopped',
    'Processed',
    'Result returned',
  ],
};

/**
 * Statuses in which the API accepts a rating (the contract: "rate a finished dossier"): not accepted, stopped,
 * processed and returned.
 */
const FINISHED_STATUSES: readonly number[] = [3, 8, 9, 10];

/** What the mock's fixture traits mean to a visitor; traits that repeat the status are not shown. */
const TRAIT_LABELS: Record<Lang, Readonly<Record<string, string>>> = {
  vi: {
    pending: 'Còn trong hạn',
    overdue: 'Quá hạn',
    late: 'Trễ hạn',
    early: 'Trước hạn',
    'on-time': 'Đúng hạn',
    supplement: 'Có yêu cầu bổ sung',
    paused: 'Tạm dừng chờ bổ sung',
    'former-agency': 'Cơ quan cấp huyện cũ',
    rated: 'Đã đánh giá',
  },
  en: {
    pending: 'Within the time limit',
    overdue: 'Overdue',
    late: 'Late',
    early: 'Early',
    'on-time': 'On time',
    supplement: 'Supplement requested',
    paused: 'Paused for a supplement',
    'former-agency': 'Former district agency',
    rated: 'Already rated',
  },
};

/** The status's name in the reader's language (`4. Đang xử lý`). */
export function statusLabel(status: number, lang: Lang): string {
  return `${status}. ${STATUS_LABELS[lang][status - 1] ?? ''}`.trim();
}

/** Whether a dossier in this status can be rated. */
export function canBeRated(status: number): boolean {
  return FINISHED_STATUSES.includes(status);
}

/** The traits worth showing, in the reader's language; an overdue dossier is not also called late. */
export function traitLabels(traits: readonly string[], lang: Lang): string[] {
  const shown = traits.includes('overdue') ? traits.filter((trait) => trait !== 'late') : traits;
  return shown.flatMap((trait) => TRAIT_LABELS[lang][trait] ?? []);
}
