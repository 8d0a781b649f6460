/**
 * One reviewed synonym rule: when a query contains one of the `everyday` phrases (what citizens type: plain words,
 * abbreviations, old names), the search also tries each `official` phrase (the wording of procedure names) in its
 * place. The original query is always tried too, so a rule can only add results.
 */
export interface SynonymRule {
  readonly everyday: readonly string[];
  readonly official: readonly string[];
}

/**
 * Everyday Vietnamese words and abbreviations for the official wording of procedure names. Reviewed against the
 * Bắc Ninh catalogue: every `official` phrase occurs in procedure names.
 */
export const procedureSynonyms: readonly SynonymRule[] = [
  { everyday: ['bằng lái', 'bằng lái xe', 'GPLX', 'bằng xe máy', 'bằng ô tô'], official: ['giấy phép lái xe'] },
  {
    everyday: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'sổ đất', 'GCNQSDĐ', 'QSDĐ', 'giấy tờ đất', 'giấy tờ nhà đất'],
    official: ['giấy chứng nhận quyền sử dụng đất', 'giấy chứng nhận đất đai'],
  },
  { everyday: ['hộ khẩu', 'sổ hộ khẩu'], official: ['thường trú'] },
  { everyday: ['nhập hộ khẩu', 'nhập khẩu về nhà', 'đăng ký hộ khẩu'], official: ['đăng ký thường trú'] },
  { everyday: ['KT3', 'đăng ký tạm vắng'], official: ['đăng ký tạm trú'] },
  { everyday: ['cắt khẩu', 'cắt hộ khẩu', 'chuyển khẩu'], official: ['xóa đăng ký thường trú'] },
  {
    everyday: ['CCCD', 'CMND', 'CMT', 'chứng minh nhân dân', 'chứng minh thư', 'căn cước công dân', 'thẻ CCCD'],
    official: ['thẻ căn cước'],
  },
  { everyday: ['VNeID', 'định danh'], official: ['định danh điện tử'] },
  { everyday: ['ĐKKD', 'giấy phép kinh doanh', 'GPKD'], official: ['đăng ký kinh doanh', 'đăng ký doanh nghiệp'] },
  { everyday: ['mở công ty', 'thành lập công ty', 'lập công ty'], official: ['đăng ký thành lập doanh nghiệp'] },
  { everyday: ['mở quán', 'mở cửa hàng', 'HKD', 'kinh doanh hộ gia đình'], official: ['hộ kinh doanh'] },
  { everyday: ['công chứng', 'sao y', 'photo công chứng'], official: ['chứng thực'] },
  {
    everyday: ['giấy khai sinh', 'làm khai sinh', 'khai sinh cho con', 'khai sinh cho bé'],
    official: ['đăng ký khai sinh'],
  },
  { everyday: ['giấy kết hôn', 'giấy đăng ký kết hôn', 'đăng ký cưới', 'làm đám cưới'], official: ['đăng ký kết hôn'] },
  { everyday: ['giấy chứng tử', 'báo tử', 'giấy báo tử'], official: ['đăng ký khai tử'] },
  {
    everyday: ['giấy độc thân', 'xác nhận độc thân', 'giấy xác nhận độc thân', 'chứng nhận độc thân'],
    official: ['xác nhận tình trạng hôn nhân'],
  },
  { everyday: ['xây nhà', 'GPXD', 'phép xây nhà', 'sửa nhà'], official: ['giấy phép xây dựng nhà ở riêng lẻ'] },
  { everyday: ['passport', 'làm hộ chiếu'], official: ['hộ chiếu'] },
  { everyday: ['BHYT', 'thẻ bảo hiểm'], official: ['bảo hiểm y tế'] },
  { everyday: ['BHXH'], official: ['bảo hiểm xã hội'] },
  { everyday: ['UBND'], official: ['ủy ban nhân dân'] },
  { everyday: ['GCN'], official: ['giấy chứng nhận'] },
  { everyday: ['nhận con nuôi', 'xin con nuôi'], official: ['nuôi con nuôi'] },
  {
    everyday: ['đổi tên', 'sửa tên', 'sửa giấy khai sinh', 'sai tên'],
    official: ['thay đổi cải chính bổ sung thông tin hộ tịch'],
  },
  { everyday: ['làm lại', 'bị mất', 'mất', 'đánh mất', 'bị hỏng'], official: ['cấp lại'] },
  { everyday: ['biển số xe', 'biển số', 'đăng ký xe máy', 'đăng ký ô tô'], official: ['đăng ký xe'] },
  { everyday: ['tàn tật'], official: ['khuyết tật'] },
  { everyday: ['người già'], official: ['người cao tuổi'] },
  { everyday: ['bố mẹ', 'ba mẹ'], official: ['cha mẹ'] },
  { everyday: ['tiền thất nghiệp', 'bảo hiểm thất nghiệp'], official: ['trợ cấp thất nghiệp'] },
];

/**
 * Words citizens add around what they look for (`làm`, `xin`, `thủ tục`, `cho con`, `ở đâu`, `như thế nào` …).
 * They still match, so that `lâm nghiệp` typed as `lam nghiep` is found, but barely count. Folded single words that
 * are often content words (`cần`/`căn`, `em` in `trẻ em`, `để`/`đề`, `đi`/`di chúc`, `cách`/`cách mạng`) are not
 * listed alone.
 */
export const queryFillers: readonly string[] = [
  'thủ tục',
  'làm thế nào',
  'như thế nào',
  'thế nào',
  'ở đâu',
  'làm sao',
  'cần gì',
  'cần những gì',
  'giấy tờ gì',
  'hồ sơ gồm',
  'bao lâu',
  'mất bao lâu',
  'bao nhiêu',
  'bao nhiêu tiền',
  'hướng dẫn',
  'cách làm',
  'làm cách nào',
  'làm',
  'xin',
  'muốn',
  'nộp',
  'tôi',
  'mình',
  'cho con',
  'cho bé',
  'cho mình',
  'cho tôi',
  'cho em',
  'cho bố',
  'cho mẹ',
  'cho ông',
  'cho bà',
  'cho vợ',
  'cho chồng',
  'ạ',
  'nhé',
  'với',
  'gì',
  'online',
];
