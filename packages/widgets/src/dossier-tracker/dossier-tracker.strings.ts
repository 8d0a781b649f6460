import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';
import type { Locale, Message, Translate, Translations } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';

/**
 * The 10 national status names as `status.KEY`: the SDK words them once, as receipts and portals do, in both
 * languages.
 */
function statusNames(locale: Locale): Record<`status.${DossierStatusKey}`, string> {
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
  'timeliness.late': { zero: 'Trễ hạn', other: 'Trễ hạn {count} ngày làm việc' },
  'timeliness.early': 'Trước hạn',
  'timeliness.repeated-supplement': 'Tính là trễ hạn vì hồ sơ phải bổ sung giấy tờ nhiều lần.',
  'timeliness.on-time': 'Đúng hạn',
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
  'timeline.progress': 'Đã hoàn thành {done}/{total} bước',
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

const en: Record<TrackerStringKey, Message> = {
  title: 'Track a dossier',
  intro: 'Enter the dossier code and the last 4 digits of the phone number on your receipt and appointment slip.',
  'field.code': 'Dossier code',
  'field.code.help':
    'Printed on the receipt, for example 000.00.14.H56-250612-0118. You can also paste the link from the receipt’s QR code.',
  'field.verifier': 'Last 4 digits of phone number',
  'field.verifier.help': 'The last four digits of the phone number on the receipt, for example 4821.',
  submit: 'Track',
  'problem.code.empty': 'Enter the dossier code.',
  'problem.code.too-short': 'The dossier code is too short. A dossier code looks like 000.00.14.H56-250612-0118.',
  'problem.code.bad-format':
    'The dossier code is not in the right form. It has the agency code, the receipt date (6 digits) and a number, for example 000.00.14.H56-250612-0118.',
  'problem.code.bad-date':
    'The receipt date in the code (the 6 digits in the middle, year month day) is not a real date. Check the code on your receipt.',
  'problem.verifier.empty': 'Enter the last 4 digits of the phone number.',
  'problem.verifier.not-four-digits': 'Enter exactly 4 digits, for example 4821.',
  loading: 'Looking up the dossier…',
  'failure.not-found': 'No dossier matches this code and these 4 digits. Please check both against your receipt.',
  'failure.locked': {
    zero: 'Too many unsuccessful attempts. Please try again in a few minutes.',
    one: 'Too many unsuccessful attempts. Please try again in {count} minute.',
    other: 'Too many unsuccessful attempts. Please try again in {count} minutes.',
  },
  'failure.offline': 'This device is offline. Check the connection, then select “Try again”.',
  'failure.network': 'The service could not be reached. Please try again.',
  'failure.unavailable': 'The service is busy or under maintenance. Please try again in a few minutes.',
  'failure.invalid': 'The dossier code or the 4 digits are not valid.',
  'failure.unexpected': 'Something went wrong. Please try again.',
  'result.heading': 'Dossier {code}',
  'result.status': 'Status',
  'result.timeliness': 'Progress',
  'result.procedure': 'Procedure',
  'result.agency': 'Receiving agency',
  'result.agency.former-district': 'Former district agency (the district tier ended on 1 July 2025)',
  'result.agency.former': 'Former agency, no longer in operation',
  'result.applicant': 'Applicant',
  'result.received': 'Received on',
  'result.appointment': 'Appointment date (results due)',
  'result.finished': 'Processing finished on',
  'result.returned': 'Results returned on',
  ...statusNames('en'),
  'timeliness.days-left': {
    zero: 'Results due today',
    one: '{count} working day left',
    other: '{count} working days left',
  },
  'timeliness.overdue': {
    zero: 'Overdue',
    one: 'Overdue by {count} working day',
    other: 'Overdue by {count} working days',
  },
  'timeliness.late': { zero: 'Late', one: 'Late by {count} working day', other: 'Late by {count} working days' },
  'timeliness.early': 'Early',
  'timeliness.repeated-supplement': 'Counted as late because a supplement was requested more than once.',
  'timeliness.on-time': 'On time',
  'timeliness.paused': 'Clock paused: waiting for your supplement',
  'timeliness.requested': 'Supplement requested: {reason}',
  'timeliness.requested-at': 'Requested on {date}',
  'timeliness.moved-due-date': 'Due date after subtracting the supplement time: {date}',
  'timeline.heading': 'Processing steps',
  'timeline.empty': 'No processing step yet.',
  'timeline.done': 'Completed',
  'timeline.current': 'In progress',
  'timeline.pending': 'Not started',
  'timeline.finished-at': 'Completed at {date}',
  'timeline.started-at': 'Started at {date}',
  'timeline.progress': '{done} of {total} steps completed',
  'actions.check-again': 'Check again',
  'actions.checked-at': 'Last checked at {time}',
  'actions.polling': {
    one: 'Updates automatically every minute while this page is open.',
    other: 'Updates automatically every {count} minutes while this page is open.',
  },
  'rate.invitation': 'Your dossier is finished. Please rate your satisfaction.',
  'rate.action': 'Rate your satisfaction',
  'announce.loaded': 'Dossier {code} found. Status: {status}.',
  'announce.unchanged': 'No changes to the dossier.',
  'announce.status': 'The dossier status has changed: {status}.',
  'announce.step': 'The dossier is now at the step: {step}.',
  'announce.supplement': 'A supplement has been requested: {reason}.',
  'announce.timeliness': 'The dossier’s progress has been updated: {timeliness}.',
};

/**
 * The tracker's words in Vietnamese and English. Vietnamese terms follow the national portals (GLOSSARY.md), so a
 * citizen recognises them from the receipt; status names are the 10 national ones.
 */
export const trackerStrings: Translations<TrackerStringKey> = { vi, en };
