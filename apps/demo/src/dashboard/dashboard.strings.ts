import type { EnglishStrings, Strings } from '../shell/language.js';

/** English for dashboard.html's marked elements. */
export const dashboardEnglish: EnglishStrings = {
  description: 'On-time, online and satisfaction rates of the Bắc Ninh Public Administration Service Centre.',
  title: 'Public performance figures – Bắc Ninh Public Administration Service Centre',
  skip: 'Skip to main content',
  heading: 'Public figures on administrative procedures',
  intro:
    'The share of dossiers resolved on time, the share received online and citizens’ satisfaction, in the spirit of the national scorecard for serving citizens and businesses (Decision 766/QĐ-TTg).',
  agency: 'Agency',
  'all-agencies': 'Whole province',
  from: 'From',
  to: 'To',
  apply: 'Show figures',
};

type DashboardKey =
  | 'loading'
  | 'failed'
  | 'failed-network'
  | 'failed-timeout'
  | 'failed-http'
  | 'agencies-failed'
  | 'retry'
  | 'month-so-far'
  | 'by-agency-none'
  | 'period'
  | 'no-data'
  | 'current-agencies'
  | 'former-agencies'
  | 'on-time'
  | 'on-time-detail'
  | 'online'
  | 'online-detail'
  | 'satisfaction'
  | 'satisfaction-detail'
  | 'by-status'
  | 'by-agency'
  | 'by-month'
  | 'agency-table'
  | 'ratings'
  | 'show-table'
  | 'status'
  | 'dossiers'
  | 'agency'
  | 'month'
  | 'received'
  | 'finished'
  | 'rate-on-time'
  | 'rate-online'
  | 'rate-satisfaction'
  | 'rating-level'
  | 'very-satisfied'
  | 'satisfied'
  | 'dissatisfied';

/** Strings the dashboard's script renders. */
export const dashboardStrings: Strings<DashboardKey> = {
  vi: {
    loading: 'Đang tải số liệu…',
    failed: 'Không tải được số liệu.',
    'failed-network': 'Không tải được số liệu: không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    'failed-timeout': 'Không tải được số liệu: máy chủ không trả lời kịp.',
    'failed-http': 'Không tải được số liệu: máy chủ báo lỗi %{status} (%{title}).',
    'agencies-failed': 'Không tải được danh sách cơ quan; số liệu toàn tỉnh vẫn xem được.',
    'month-so-far': '%{month} (đến %{day}, chưa hết tháng)',
    'by-agency-none': 'Hồ sơ theo cơ quan',
    retry: 'Thử lại',
    period: 'Hồ sơ tiếp nhận từ %{from} đến %{to}',
    'no-data': 'Chưa có hồ sơ nào trong kỳ này.',
    'current-agencies': 'Cơ quan hiện nay',
    'former-agencies': 'Cơ quan cấp huyện (đến 30/6/2025)',
    'on-time': 'Giải quyết đúng hạn',
    'on-time-detail': '%{count} trên %{total} hồ sơ đã giải quyết',
    online: 'Tiếp nhận trực tuyến',
    'online-detail': '%{count} trên %{total} hồ sơ tiếp nhận',
    satisfaction: 'Hài lòng',
    'satisfaction-detail': 'trên %{total} lượt đánh giá',
    'by-status': 'Hồ sơ theo trạng thái',
    'by-agency': '%{count} cơ quan tiếp nhận nhiều hồ sơ nhất',
    'agency-table': 'Hồ sơ của tất cả %{count} cơ quan',
    'by-month': 'Hồ sơ theo tháng',
    ratings: 'Mức độ hài lòng',
    'show-table': 'Xem bảng số liệu',
    status: 'Trạng thái',
    dossiers: 'Số hồ sơ',
    agency: 'Cơ quan',
    month: 'Tháng',
    received: 'Tiếp nhận',
    finished: 'Đã giải quyết',
    'rate-on-time': 'Đúng hạn',
    'rate-online': 'Trực tuyến',
    'rate-satisfaction': 'Hài lòng',
    'rating-level': 'Mức đánh giá',
    'very-satisfied': 'Rất hài lòng',
    satisfied: 'Hài lòng',
    dissatisfied: 'Không hài lòng',
  },
  en: {
    loading: 'Loading the figures…',
    failed: 'Could not load the figures.',
    'failed-network':
      'Could not load the figures: the server could not be reached. Check the connection and try again.',
    'failed-timeout': 'Could not load the figures: the server did not answer in time.',
    'failed-http': 'Could not load the figures: the server answered with error %{status} (%{title}).',
    'agencies-failed': 'Could not load the list of agencies; the figures for the whole province are still available.',
    'month-so-far': '%{month} (to %{day}, month not over)',
    'by-agency-none': 'Dossiers by agency',
    retry: 'Try again',
    period: 'Dossiers received from %{from} to %{to}',
    'no-data': 'No dossiers in this period.',
    'current-agencies': 'Current agencies',
    'former-agencies': 'District agencies (until 30 June 2025)',
    'on-time': 'Resolved on time',
    'on-time-detail': '%{count} of %{total} processed dossiers',
    online: 'Received online',
    'online-detail': '%{count} of %{total} received dossiers',
    satisfaction: 'Satisfied',
    'satisfaction-detail': 'of %{total} ratings',
    'by-status': 'Dossiers by status',
    'by-agency': 'The %{count} agencies receiving the most dossiers',
    'agency-table': 'Dossiers of all %{count} agencies',
    'by-month': 'Dossiers by month',
    ratings: 'Satisfaction',
    'show-table': 'Show the data table',
    status: 'Status',
    dossiers: 'Dossiers',
    agency: 'Agency',
    month: 'Month',
    received: 'Received',
    finished: 'Processed',
    'rate-on-time': 'On time',
    'rate-online': 'Online',
    'rate-satisfaction': 'Satisfied',
    'rating-level': 'Rating',
    'very-satisfied': 'Very satisfied',
    satisfied: 'Satisfied',
    dissatisfied: 'Dissatisfied',
  },
};
