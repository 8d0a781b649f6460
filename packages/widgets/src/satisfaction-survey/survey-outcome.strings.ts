import { lazyTranslations } from '../shared/i18n.js';

/** Vietnamese, the default language: loaded with the outbox, before an answer is checked or sent. */
const vi = {
  'errors.title': 'Vui lòng kiểm tra lại',
  'error.overall.required': 'Vui lòng chọn mức độ hài lòng.',
  'error.question.required': 'Vui lòng trả lời: {label}.',
  'error.comment.too-long': 'Góp ý không được dài quá {max} ký tự.',
  'error.verifier.required': 'Vui lòng nhập 4 số cuối số điện thoại.',
  'error.verifier.not-four-digits': 'Vui lòng nhập đúng 4 chữ số.',
  'error.verifier.not-found': 'Mã hồ sơ và 4 số cuối số điện thoại không khớp. Vui lòng kiểm tra lại.',
  'error.field.server': '{label}: thông tin chưa hợp lệ.',
  'error.form.server': 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra lại.',
  'field.comment': 'Góp ý',
  'comment.personalData': 'Nội dung có vẻ chứa {kinds}. Vui lòng xoá trước khi gửi.',
  'personal.phone': 'số điện thoại',
  'personal.id-number': 'số giấy tờ tùy thân',
  'personal.email': 'địa chỉ email',
  'personal.and': ' và ',
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
  'feedback.sent': 'Cảm ơn bạn đã góp ý.',
  'feedback.sentDetail': 'Ý kiến của bạn giúp chúng tôi hoàn thiện trang này.',
  'feedback.queued': 'Đã lưu góp ý, sẽ gửi khi có kết nối.',
};

/**
 * What a submit can answer: the fields to fix, and the panels that replace the form once an answer is sent, stored
 * or refused (thank you, saved, already rated, not finished). They arrive with the outbox, which loads when the
 * citizen starts answering.
 */
export const outcomeStrings = lazyTranslations(vi, () => import('./survey-outcome.strings.en.js'));

/** Keys of the outcome panels' strings. */
export type OutcomeStringKey = keyof typeof vi;
