import { dossierStatus, isRatableStatus } from '@hcc/sdk';
import type { Lang } from '../shell/language.js';

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
  return `${status}. ${dossierStatus(status)?.label[lang] ?? ''}`.trim();
}

/** Whether a dossier in this status can be rated. */
export const canBeRated = isRatableStatus;

/** The traits worth showing, in the reader's language; an overdue dossier is not also called late. */
export function traitLabels(traits: readonly string[], lang: Lang): string[] {
  const shown = traits.includes('overdue') ? traits.filter((trait) => trait !== 'late') : traits;
  return shown.flatMap((trait) => TRAIT_LABELS[lang][trait] ?? []);
}
