import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';
import { type Locale, type Message, lazyTranslations } from '../shared/i18n.js';

/**
 * The 10 national status names as `status.KEY`: the SDK words them once, as receipts and portals do, in both
 * languages.
 */
export function statusNames(locale: Locale): Record<`status.${DossierStatusKey}`, string> {
  return Object.fromEntries(dossierStatuses.map(({ key, label }) => [`status.${key}`, label[locale]])) as Record<
    `status.${DossierStatusKey}`,
    string
  >;
}

/** Vietnamese, the default language: loaded with the result view, on the first look-up. */
const vi = {
  'result.heading': 'Hồ sơ {code}',
  'result.status': 'Trạng thái',
  'result.timeliness': 'Tiến độ',
  'result.procedure': 'Thủ tục',
  'result.agency': 'Cơ quan tiếp nhận',
  'result.agency.former-district': 'Cơ quan cấp huyện trước đây (cấp huyện không còn từ ngày 01/7/2025)',
  'result.agency.former': 'Cơ quan trước đây, nay không còn hoạt động',
  'result.applicant': 'Người nộp hồ sơ',
  'result.received': 'Ngày tiếp nhận',
  'result.appointment': 'Ngày hẹn trả kết quả',
  'result.finished': 'Ngày xử lý xong',
  'result.returned': 'Ngày trả kết quả',
  ...statusNames('vi'),
  'timeliness.days-left': { zero: 'Đến hạn trả kết quả hôm nay', other: 'Còn {count} ngày làm việc' },
  'timeliness.overdue': { zero: 'Quá hạn', other: 'Quá hạn {count} ngày làm việc' },
  'timeliness.late': { zero: 'Trả kết quả trễ hạn', other: 'Trả kết quả trễ hạn {count} ngày làm việc' },
  'timeliness.early': { zero: 'Trả kết quả trước hạn', other: 'Trả kết quả trước hạn {count} ngày làm việc' },
  'timeliness.repeated-supplement': 'Tính là trễ hạn vì hồ sơ phải bổ sung giấy tờ nhiều lần.',
  'timeliness.on-time': 'Trả kết quả đúng hạn',
  'timeliness.paused': 'Tạm dừng tính thời hạn: đang chờ bổ sung hồ sơ',
  'timeliness.requested': 'Yêu cầu bổ sung: {reason}',
  'timeliness.requested-at': 'Ngày yêu cầu: {date}',
  'timeliness.moved-due-date': 'Hạn trả sau khi trừ thời gian bổ sung: {date}',
  'timeline.heading': 'Quá trình xử lý',
  'timeline.empty': 'Chưa có bước xử lý nào.',
  'timeline.done': 'Đã hoàn thành',
  'timeline.current': 'Đang thực hiện',
  'timeline.pending': 'Chưa thực hiện',
  'timeline.finished-at': 'Hoàn thành lúc {date}',
  'timeline.started-at': 'Bắt đầu lúc {date}',
  'timeline.progress': 'Đã hoàn thành {done}/{count} bước',
  'actions.check-again': 'Kiểm tra lại',
  'actions.checked-at': 'Cập nhật lúc {time}',
  'actions.polling': 'Tự động cập nhật mỗi {count} phút khi trang đang mở.',
  'rate.invitation': 'Hồ sơ của bạn đã giải quyết xong. Mời bạn đánh giá mức độ hài lòng.',
  'rate.action': 'Đánh giá mức độ hài lòng',
  'announce.loaded': 'Đã tìm thấy hồ sơ {code}. Trạng thái: {status}.',
  'announce.unchanged': 'Hồ sơ không có thay đổi.',
  'announce.status': 'Trạng thái hồ sơ đã thay đổi: {status}.',
  'announce.step': 'Hồ sơ đang ở bước: {step}.',
  'announce.supplement': 'Có yêu cầu bổ sung hồ sơ: {reason}.',
  'announce.timeliness': 'Tiến độ hồ sơ đã được cập nhật: {timeliness}.',
} satisfies Record<string, Message>;

/**
 * The words of a dossier shown (its facts, status, on-time state, steps, the invitation to rate) and of the
 * announcements of its changes: they arrive with the result view, so a page that only shows the look-up form does not
 * carry them.
 */
export const resultStrings = lazyTranslations(vi, () => import('./dossier-result.strings.en.js'));

/** A key of the result's strings. */
export type ResultStringKey = keyof typeof vi;
