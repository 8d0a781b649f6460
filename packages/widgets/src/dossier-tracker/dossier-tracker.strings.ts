import { type Message, type Translate, lazyTranslations } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import type { ResultStringKey } from './dossier-result.strings.js';

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
} satisfies Record<string, Message>;

/** A key of the strings the tracker ships with: the look-up form and its failures. */
export type TrackerOwnStringKey = keyof typeof vi;

/** A key of the tracker's strings: its own, and the result's that arrive with the result view. */
export type TrackerStringKey = TrackerOwnStringKey | ResultStringKey;

/** The tracker's `t`: its own strings over the shared ones (`retry`, `error.*`…), as `HccElement.translator` makes it. */
export type TrackerTranslate = Translate<TrackerStringKey | SharedStringKey>;

/**
 * The tracker's words in Vietnamese and English. Vietnamese terms follow the national portals (GLOSSARY.md), so a
 * citizen recognises them from the receipt; status names are the 10 national ones.
 */
export const trackerStrings = lazyTranslations(vi, () => import('./dossier-tracker.strings.en.js'));
