import { lazyTranslations } from '../shared/i18n.js';

/** Vietnamese, the default language: loaded with the detail view, the first time a procedure is opened. */
const vi = {
  'detail.channels': 'Cách thức thực hiện, thời hạn giải quyết và phí, lệ phí',
  'detail.channel': 'Cách thức',
  'detail.fees': 'Phí, lệ phí',
  'channel.online': 'Trực tuyến',
  'channel.in-person': 'Trực tiếp',
  'channel.postal': 'Qua dịch vụ bưu chính',
  'fee.fee': 'Phí',
  'fee.charge': 'Lệ phí',
  'fee.other': 'Khoản thu khác',
  'detail.documents': 'Thành phần hồ sơ',
  'detail.documentsHint': 'Đánh dấu những giấy tờ bạn đã chuẩn bị.',
  'detail.case': 'Trường hợp: {name}',
  'detail.prepared': 'Đã chuẩn bị {done}/{count} giấy tờ',
  'detail.originals': 'Bản chính: {count}',
  'detail.copies': 'Bản sao: {count}',
  'detail.form': 'Mẫu đơn, tờ khai: {name}',
  'detail.eform': 'Có biểu mẫu điện tử',
  'detail.print': 'In danh sách giấy tờ',
  'detail.steps': 'Trình tự thực hiện',
  'detail.conditions': 'Yêu cầu, điều kiện',
  'detail.noConditions': 'Không có yêu cầu, điều kiện riêng.',
  'detail.legalBasis': 'Căn cứ pháp lý',
  'detail.results': 'Kết quả thực hiện',
  'detail.agencies': 'Cơ quan thực hiện',
  'detail.places': 'Địa chỉ tiếp nhận hồ sơ',
  'detail.essentials': 'Thông tin chính',
  'detail.where': 'Cách thức nộp hồ sơ',
  'detail.feeRange': 'Từ {low} đến {high}, tùy cách thức',
  'detail.apply': 'Nộp hồ sơ trực tuyến',
  'detail.applyNote': '(mở trang Dịch vụ công trong cửa sổ mới)',
  'detail.sample': 'Một phần thông tin của thủ tục này là dữ liệu minh họa.',
  'detail.loaded': 'Đã mở thủ tục {name}',
  'print.title': 'Danh sách giấy tờ cần chuẩn bị',
  free: 'Miễn phí',
};

/**
 * The words of a procedure's detail and its printable checklist, in the words of GLOSSARY.md: they arrive with the
 * detail view, so a finder that only shows the list does not carry them.
 */
export const detailStrings = lazyTranslations(vi, () => import('./procedure-detail.strings.en.js'));

/** Keys of the detail's strings. */
export type DetailStringKey = keyof typeof vi;
