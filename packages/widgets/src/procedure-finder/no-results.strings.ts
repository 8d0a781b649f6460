import { lazyTranslations } from '../shared/i18n.js';

/** Vietnamese, the default language: loaded with the first search that finds nothing. */
const vi = {
  'empty.title': 'Không tìm thấy thủ tục phù hợp',
  'empty.hint': 'Bạn có thể thử:',
  'empty.spelling': 'kiểm tra chính tả hoặc gõ ít từ hơn',
  'empty.code': 'tìm theo mã thủ tục, ví dụ 1.001193',
  'empty.filters': 'bỏ bớt bộ lọc',
  'empty.examples': 'hoặc tìm một thủ tục thường gặp:',
};

/** What to try when nothing matched: they arrive with that view, so a search that finds something does not carry them. */
export const noResultsStrings = lazyTranslations(vi, () => import('./no-results.strings.en.js'));

/** Keys of the "nothing found" strings. */
export type NoResultsStringKey = keyof typeof vi;
