import { lazyTranslations } from '../shared/i18n.js';

/** Vietnamese, the default language: always part of the widget. */
const vi = {
  title: 'Đánh giá mức độ hài lòng',
  'dossier.heading': 'Hồ sơ {code}',
  'verifier.label': '4 số cuối số điện thoại',
  'verifier.hint': 'Số điện thoại người nộp hồ sơ, ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  optional: '(không bắt buộc)',
  'comment.left': { other: 'Còn {count} ký tự' },
  'comment.over': { other: 'Vượt quá {count} ký tự' },
  'comment.personalData': 'Nội dung có vẻ chứa {kinds}. Vui lòng xoá trước khi gửi.',
  'personal.phone': 'số điện thoại',
  'personal.id-number': 'số giấy tờ tùy thân',
  'personal.email': 'địa chỉ email',
  'personal.and': ' và ',
  submit: 'Gửi đánh giá',
  sending: 'Đang gửi…',
  'errors.title': 'Vui lòng kiểm tra lại',
  'error.overall.required': 'Vui lòng chọn mức độ hài lòng.',
  'error.question.required': 'Vui lòng trả lời: {label}.',
  'error.comment.too-long': 'Góp ý không được dài quá {max} ký tự.',
  'error.verifier.required': 'Vui lòng nhập 4 số cuối số điện thoại.',
  'error.verifier.not-four-digits': 'Vui lòng nhập đúng 4 chữ số.',
  'error.verifier.not-found': 'Mã hồ sơ và 4 số cuối số điện thoại không khớp. Vui lòng kiểm tra lại.',
  'error.field.server': '{label}: thông tin chưa hợp lệ.',
  'error.form.server': 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra lại.',
  'error.dossier': 'Mã hồ sơ “{code}” không hợp lệ nên chưa thể đánh giá.',
  'field.comment': 'Góp ý',
  'sent.title': 'Cảm ơn bạn đã đánh giá',
  'sent.next':
    'Đánh giá đã được gửi tới Trung tâm Phục vụ hành chính công và được tổng hợp vào kết quả đánh giá mức độ hài lòng công bố hằng tháng. Nếu bạn không hài lòng, cơ quan giải quyết hồ sơ sẽ xem xét ý kiến của bạn.',
  'queued.title': 'Đã lưu đánh giá, sẽ gửi khi có kết nối',
  'queued.detail':
    'Nội dung được lưu trên thiết bị này và sẽ tự động được gửi khi có mạng trở lại hoặc khi bạn mở lại trang.',
  'memory.title': 'Chưa gửi được — vui lòng giữ trang này mở',
  'memory.detail':
    'Trình duyệt không cho lưu trên thiết bị này, nên nội dung chỉ được giữ khi trang còn mở và sẽ tự gửi khi có mạng. Đóng hoặc tải lại trang trước đó sẽ làm mất nội dung.',
  'queued.sendNow': 'Gửi ngay',
  'already.title': 'Hồ sơ này đã được đánh giá',
  'already.detail': 'Mỗi hồ sơ chỉ được đánh giá một lần. Cảm ơn bạn đã dành thời gian góp ý.',
  'notFinished.title': 'Hồ sơ chưa thể đánh giá',
  'notFinished.detail': 'Bạn có thể đánh giá khi hồ sơ đã được giải quyết xong.',
  'failed.title': 'Chưa gửi được đánh giá',
  'failed.back': 'Quay lại phiếu đánh giá',
  'empty.survey': 'Hiện chưa có phiếu đánh giá.',
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
  'feedback.sent': 'Cảm ơn bạn đã góp ý.',
  'feedback.sentDetail': 'Ý kiến của bạn giúp chúng tôi hoàn thiện trang này.',
  'feedback.queued': 'Đã lưu góp ý, sẽ gửi khi có kết nối.',
  'feedback.failed': 'Chưa gửi được góp ý.',
};

/**
 * The survey's own strings. Question labels, options and the comment warning come from `GET /survey` in both
 * languages; these are the words around them. Terms follow the glossary (Đánh giá mức độ hài lòng, Gửi đánh giá,
 * Cảm ơn bạn đã đánh giá, Trang này có hữu ích không?).
 */
export const surveyStrings = lazyTranslations(vi, () => import('./satisfaction-survey.strings.en.js'));

/** Keys of the survey's strings. */
export type SurveyStringKey = keyof typeof vi;
