import { type Translate, lazyTranslations } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import type { NoResultsStringKey } from './no-results.strings.js';
import type { DetailStringKey } from './procedure-detail.strings.js';

/** Vietnamese, the default language: always part of the widget. */
const vi = {
  title: 'Tra cứu thủ tục hành chính',
  'search.label': 'Tìm thủ tục',
  'search.placeholder': 'Ví dụ: đăng ký khai sinh, sổ đỏ, 1.001193',
  'search.hint': 'Gõ tên thủ tục, từ khóa hoặc mã thủ tục; không cần gõ dấu.',
  'search.clear': 'Xóa nội dung tìm kiếm',
  'filters.label': 'Bộ lọc',
  'filter.field': 'Lĩnh vực',
  'filter.level': 'Cấp thực hiện',
  'filter.online': 'Dịch vụ công trực tuyến',
  'filter.audience': 'Đối tượng thực hiện',
  'filter.all': 'Tất cả',
  'filter.option': '{label} ({count})',
  'filter.clear': 'Bỏ tất cả bộ lọc',
  'level.province': 'Cấp tỉnh',
  'level.commune': 'Cấp xã',
  'online.full': 'Toàn trình',
  'online.partial': 'Một phần',
  'online.none': 'Không trực tuyến',
  'audience.citizen': 'Công dân',
  'audience.business': 'Doanh nghiệp',
  'audience.organisation': 'Tổ chức',
  'results.label': 'Kết quả tìm kiếm',
  'results.count': { zero: 'Không tìm thấy thủ tục nào', other: 'Tìm thấy {count} thủ tục' },
  'results.shown': 'Đang hiển thị {shown}/{count} thủ tục',
  'results.more': 'Xem thêm thủ tục',
  'results.code': 'Mã thủ tục',
  'results.time': 'Thời hạn giải quyết',
  'detail.back': 'Quay lại danh sách',
  'duration.working-day': '{count} ngày làm việc',
  'duration.day': '{count} ngày',
  'duration.hour': '{count} giờ',
  'duration.month': '{count} tháng',
  'duration.immediate': 'Giải quyết ngay',
  'duration.unspecified': 'Theo quy định của thủ tục',
};

/** The finder's strings, in the words of GLOSSARY.md. */
export const finderStrings = lazyTranslations(vi, () => import('./procedure-finder.strings.en.js'));

/** Keys of the strings the finder ships with (the list, the search and its states). */
export type FinderOwnStringKey = keyof typeof vi;

/** Keys of the strings that arrive later: with the detail view, and with the first search that finds nothing. */
export type FinderLateStringKey = DetailStringKey | NoResultsStringKey;

/** Keys of the finder's strings: its own, and those that arrive later. */
export type FinderStringKey = FinderOwnStringKey | FinderLateStringKey;

/** The finder's `t`: its own strings over the shared ones, as `HccElement.translator` makes it. */
export type FinderTranslate = Translate<FinderStringKey | SharedStringKey>;
