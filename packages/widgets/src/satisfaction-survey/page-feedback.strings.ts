import { lazyTranslations } from '../shared/i18n.js';

/** Vietnamese, the default language: loaded with the page-feedback form. */
const vi = {
  'feedback.question': 'Trang này có hữu ích không?',
  'feedback.yes': 'Có',
  'feedback.no': 'Không',
  'feedback.reasons': 'Điều gì chưa tốt?',
  'feedback.reason.hard-to-understand': 'Nội dung khó hiểu',
  'feedback.reason.incomplete': 'Thiếu thông tin',
  'feedback.reason.outdated': 'Thông tin đã cũ',
  'feedback.reason.not-found': 'Không tìm thấy thông tin cần tìm',
  'feedback.reason.technical-problem': 'Trang bị lỗi',
  'feedback.reason.other': 'Lý do khác',
  'feedback.comment': 'Góp ý thêm',
  'feedback.warning':
    'Không ghi số điện thoại, số căn cước hay thông tin cá nhân khác. Góp ý này không được trả lời riêng.',
  'feedback.send': 'Gửi góp ý',
};

/**
 * The words of "Trang này có hữu ích không?" and its reasons: they arrive with the page-feedback form, so a survey
 * with a dossier to rate does not carry them.
 */
export const feedbackStrings = lazyTranslations(vi, () => import('./page-feedback.strings.en.js'));

/** Keys of the page-feedback form's strings. */
export type FeedbackStringKey = keyof typeof vi;
