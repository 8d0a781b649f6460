import { lazyTranslations } from './i18n.js';

/** Vietnamese, the default language: always part of the widget. */
const vi = {
  loading: 'Đang tải…',
  retry: 'Thử lại',
  'error.title': 'Không tải được dữ liệu',
  'error.notFound': 'Không tìm thấy thông tin được yêu cầu.',
  'error.tooManyRequests': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.',
  'error.tooManyRequestsWait': {
    other: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {count} giây.',
  },
  'error.unavailable': 'Hệ thống đang bận hoặc bảo trì. Vui lòng thử lại sau ít phút.',
  'error.unavailableWait': { other: 'Hệ thống đang bận hoặc bảo trì. Vui lòng thử lại sau {count} giây.' },
  'error.timeout': 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
  'error.invalid': 'Thông tin gửi đi không hợp lệ.',
  'error.server': 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
  'error.unknown': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'error.config': 'Tiện ích chưa được cấu hình đúng. Vui lòng liên hệ quản trị trang web.',
  'offline.title': 'Không có kết nối mạng',
  'offline.detail': 'Vui lòng kiểm tra kết nối Internet rồi thử lại.',
  'empty.title': 'Không có dữ liệu',
};

/** Strings every widget uses: states and errors. Widgets add their own tables on top. */
export const sharedStrings = lazyTranslations(vi, () => import('./shared.strings.en.js'));

/** Keys of the shared strings. */
export type SharedStringKey = keyof typeof vi;
