import { lazyTranslations } from '../shared/i18n.js';
import type { FeedbackStringKey } from './page-feedback.strings.js';
import type { OutcomeStringKey } from './survey-outcome.strings.js';

/** Vietnamese, the default language: always part of the widget. */
const vi = {
  title: 'Đánh giá mức độ hài lòng',
  'dossier.heading': 'Hồ sơ {code}',
  'verifier.label': '4 số cuối số điện thoại',
  'verifier.hint': 'Số điện thoại người nộp hồ sơ, ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  optional: '(không bắt buộc)',
  'comment.left': { other: 'Còn {count} ký tự' },
  'comment.over': { other: 'Vượt quá {count} ký tự' },
  submit: 'Gửi đánh giá',
  sending: 'Đang gửi…',
  'error.dossier': 'Mã hồ sơ “{code}” không hợp lệ nên chưa thể đánh giá.',
  'failed.title': 'Chưa gửi được đánh giá',
  'failed.back': 'Quay lại phiếu đánh giá',
  'empty.survey': 'Hiện chưa có phiếu đánh giá.',
  'feedback.failed': 'Chưa gửi được góp ý.',
};

/**
 * The survey's own strings. Question labels, options and the comment warning come from `GET /survey` in both
 * languages; these are the words around them. Terms follow the glossary (Đánh giá mức độ hài lòng, Gửi đánh giá,
 * Cảm ơn bạn đã đánh giá, Trang này có hữu ích không?).
 */
export const surveyStrings = lazyTranslations(vi, () => import('./satisfaction-survey.strings.en.js'));

/** Keys of the strings the survey ships with: the rating form, its checks, and a failure to send. */
export type SurveyOwnStringKey = keyof typeof vi;

/** Keys of the survey's strings: its own, and those that arrive with page feedback and with the outbox. */
export type SurveyStringKey = SurveyOwnStringKey | FeedbackStringKey | OutcomeStringKey;
