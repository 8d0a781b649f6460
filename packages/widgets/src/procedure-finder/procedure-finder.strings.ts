import { type Translate, lazyTranslations } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
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
  'empty.title': 'Không tìm thấy thủ tục phù hợp',
  'empty.hint': 'Bạn có thể thử:',
  'empty.spelling': 'kiểm tra chính tả hoặc gõ ít từ hơn',
  'empty.code': 'tìm theo mã thủ tục, ví dụ 1.001193',
  'empty.filters': 'bỏ bớt bộ lọc',
  'empty.examples': 'hoặc tìm một thủ tục thường gặp:',
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

/** Keys of the finder's strings: its own, and the detail's that arrive with the detail view. */
export type FinderStringKey = FinderOwnStringKey | DetailStringKey;

/** The finder's `t`: its own strings over the shared ones, as `HccElement.translator` makes it. */
export type FinderTranslate = Translate<FinderStringKey | SharedStringKey>;
