import type { Strings } from './language.js';

export const demoBarStrings: Strings<
  | 'label'
  | 'portal'
  | 'configurator'
  | 'dashboard'
  | 'try'
  | 'scenario'
  | 'normal'
  | 'slow'
  | 'flaky'
  | 'offline'
  | 'rate-limited'
  | 'empty'
  | 'language'
  | 'apply'
> = {
  vi: {
    label: 'Bản trình diễn hcc',
    portal: 'Cổng thông tin',
    configurator: 'Cấu hình nhúng',
    dashboard: 'Bảng số liệu',
    try: 'Dùng thử',
    scenario: 'Kịch bản mô phỏng',
    normal: 'Bình thường',
    slow: 'Mạng chậm',
    flaky: 'Chập chờn',
    offline: 'Mất kết nối',
    'rate-limited': 'Quá nhiều yêu cầu',
    empty: 'Không có dữ liệu',
    language: 'Ngôn ngữ',
    apply: 'Áp dụng',
  },
  en: {
    label: 'hcc demo',
    portal: 'Portal',
    configurator: 'Embed configurator',
    dashboard: 'Dashboard',
    try: 'Try it',
    scenario: 'Mock scenario',
    normal: 'Normal',
    slow: 'Slow network',
    flaky: 'Flaky',
    offline: 'Offline',
    'rate-limited': 'Rate limited',
    empty: 'No data',
    language: 'Language',
    apply: 'Apply',
  },
};
