import type { Translations } from './i18n.js';

/** Strings every widget uses: states and errors. Widgets add their own tables on top. */
export const sharedStrings = {
  vi: {
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
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    'error.title': 'The data could not be loaded',
    'error.notFound': 'The requested information was not found.',
    'error.tooManyRequests': 'Too many attempts. Please try again later.',
    'error.tooManyRequestsWait': {
      one: 'Too many attempts. Please try again in {count} second.',
      other: 'Too many attempts. Please try again in {count} seconds.',
    },
    'error.unavailable': 'The service is busy or under maintenance. Please try again in a few minutes.',
    'error.unavailableWait': {
      one: 'The service is busy or under maintenance. Please try again in {count} second.',
      other: 'The service is busy or under maintenance. Please try again in {count} seconds.',
    },
    'error.timeout': 'The server took too long to answer. Please try again.',
    'error.invalid': 'The information sent was not valid.',
    'error.server': 'The service ran into a problem. Please try again later.',
    'error.unknown': 'Something went wrong. Please try again.',
    'error.config': 'This widget is not set up correctly. Please contact the website administrator.',
    'offline.title': 'No network connection',
    'offline.detail': 'Please check your Internet connection and try again.',
    'empty.title': 'Nothing to show',
  },
} satisfies Translations<string>;

/** Keys of the shared strings. */
export type SharedStringKey = keyof (typeof sharedStrings)['vi'];
