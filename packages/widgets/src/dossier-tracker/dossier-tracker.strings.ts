import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';
import { type Locale, type Message, type Translate, lazyTranslations } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';

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

const vi = {
  title: 'Tra cứu hồ sơ',
  intro: 'Nhập mã hồ sơ và 4 số cuối điện thoại ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  'field.code': 'Mã hồ sơ',
  'field.code.help':
    'In trên giấy tiếp nhận, ví dụ 000.00.14.H56-250612-0118. Có thể dán cả đường dẫn trong mã QR của giấy tiếp nhận.',
  'field.verifier': '4 số cuối điện thoại',
  'field.verifier.help': 'Bốn chữ số cuối của số điện thoại ghi trên giấy tiếp nhận, ví dụ 4821.',
  submit: 'Tra cứu',
  'problem.code.empty': 'Nhập mã hồ sơ.',
  'problem.code.too-short': 'Mã hồ sơ quá ngắn. Mã hồ sơ có dạng 000.00.14.H56-250612-0118.',
  'problem.code.bad-format':
    'Mã hồ sơ không đúng dạng. Mã gồm mã cơ quan, ngày tiếp nhận (6 chữ số) và số thứ tự, ví dụ 000.00.14.H56-250612-0118.',
  'problem.code.bad-date':
    'Phần ngày tiếp nhận trong mã (6 chữ số ở giữa, dạng năm tháng ngày) không phải là ngày có thật. Kiểm tra lại mã trên giấy tiếp nhận.',
  'problem.verifier.empty': 'Nhập 4 số cuối điện thoại.',
  'problem.verifier.not-four-digits': 'Nhập đúng 4 chữ số, ví dụ 4821.',
  /** Over the shared "Đang tải…": what the loading state says while a dossier is looked up. */
  loading: 'Đang tra cứu hồ sơ…',
  'failure.not-found':
    'Không tìm thấy hồ sơ với mã và 4 số điện thoại này. Vui lòng kiểm tra lại cả hai trên giấy tiếp nhận.',
  'failure.locked': {
    zero: 'Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    other: 'Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau {count} phút.',
  },
  'failure.offline': 'Thiết bị đang không có kết nối mạng. Kiểm tra kết nối rồi bấm “Thử lại”.',
  'failure.network': 'Không kết nối được tới hệ thống. Vui lòng thử lại.',
  'failure.unavailable': 'Hệ thống đang bận hoặc bảo trì. Vui lòng thử lại sau ít phút.',
  'failure.invalid': 'Mã hồ sơ hoặc 4 số cuối điện thoại không hợp lệ.',
  'failure.unexpected': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
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

/** A key of the tracker's string table. */
export type TrackerStringKey = keyof typeof vi;

/** The tracker's `t`: its own strings over the shared ones (`retry`, `error.*`…), as `HccElement.translator` makes it. */
export type TrackerTranslate = Translate<TrackerStringKey | SharedStringKey>;

/**
 * The tracker's words in Vietnamese and English. Vietnamese terms follow the national portals (GLOSSARY.md), so a
 * citizen recognises them from the receipt; status names are the 10 national ones.
 */
export const trackerStrings = lazyTranslations(vi, () => import('./dossier-tracker.strings.en.js'));
