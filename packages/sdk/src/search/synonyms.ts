/** `bố mất`, `bố tôi mất`, `bố mình mất`, `bố em mất` for each relative: how citizens say someone in the family died. */
function deathOf(relatives: readonly string[]): string[] {
  return relatives.flatMap((who) => [`${who} mất`, `${who} tôi mất`, `${who} mình mất`, `${who} em mất`]);
}

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
  {
    everyday: ['xin sổ đỏ', 'làm sổ đỏ', 'cấp sổ đỏ', 'xin sổ hồng', 'làm sổ hồng', 'cấp sổ hồng'],
    official: ['đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất lần đầu'],
  },
  {
    everyday: ['mất sổ đỏ', 'mất sổ hồng', 'làm lại sổ đỏ', 'làm lại sổ hồng'],
    official: ['cấp lại giấy chứng nhận do bị mất'],
  },
  {
    everyday: [
      'sang tên sổ đỏ',
      'sang tên sổ hồng',
      'sang tên đất',
      'mua bán đất',
      'bán đất',
      'mua đất',
      'thừa kế đất',
    ],
    official: ['đăng ký biến động chuyển nhượng quyền sử dụng đất', 'chứng thực giao dịch quyền sử dụng đất'],
  },
  {
    everyday: ['tách sổ', 'tách sổ đỏ', 'gộp sổ', 'gộp sổ đỏ', 'tách đất', 'chia đất'],
    official: ['tách thửa hợp thửa đất'],
  },
  {
    everyday: [
      'lên thổ cư',
      'chuyển lên thổ cư',
      'đất thổ cư',
      'lên đất ở',
      'chuyển đất vườn',
      'chuyển đất nông nghiệp',
    ],
    official: ['chuyển mục đích sử dụng đất'],
  },
  { everyday: ['hộ khẩu', 'sổ hộ khẩu'], official: ['thường trú'] },
  { everyday: ['nhập hộ khẩu', 'nhập khẩu về nhà', 'đăng ký hộ khẩu'], official: ['đăng ký thường trú'] },
  { everyday: ['KT3', 'đăng ký tạm vắng', 'ở trọ', 'thuê trọ', 'nhà trọ', 'phòng trọ'], official: ['đăng ký tạm trú'] },
  {
    everyday: ['xác nhận nơi ở', 'giấy xác nhận nơi ở', 'xác nhận cư trú', 'giấy xác nhận cư trú', 'CT07'],
    official: ['xác nhận thông tin về cư trú'],
  },
  { everyday: ['cắt khẩu', 'cắt hộ khẩu', 'chuyển khẩu'], official: ['xóa đăng ký thường trú'] },
  {
    everyday: ['CCCD', 'CMND', 'CMT', 'chứng minh nhân dân', 'chứng minh thư', 'căn cước công dân', 'thẻ CCCD'],
    official: ['thẻ căn cước'],
  },
  { everyday: ['VNeID', 'định danh'], official: ['định danh điện tử'] },
  { everyday: ['ĐKKD', 'giấy phép kinh doanh', 'GPKD'], official: ['đăng ký kinh doanh', 'đăng ký doanh nghiệp'] },
  { everyday: ['mở công ty', 'thành lập công ty', 'lập công ty'], official: ['đăng ký thành lập doanh nghiệp'] },
  {
    everyday: ['mở quán', 'mở cửa hàng', 'mở tiệm', 'mở shop', 'mở sạp', 'mở tiệm tạp hóa', 'bán tạp hóa', 'HKD'],
    official: ['hộ kinh doanh'],
  },
  {
    everyday: ['nghỉ kinh doanh', 'nghỉ bán', 'đóng cửa hàng', 'đóng cửa quán', 'dẹp quán'],
    official: ['tạm ngừng kinh doanh', 'chấm dứt hoạt động hộ kinh doanh'],
  },
  {
    everyday: ['quán net', 'tiệm net', 'quán game', 'phòng game', 'mở quán net', 'mở tiệm net', 'mở quán game'],
    official: ['điểm cung cấp dịch vụ trò chơi điện tử công cộng'],
  },
  { everyday: ['MST', 'làm mã số thuế', 'xin mã số thuế', 'mã số thuế cá nhân'], official: ['đăng ký thuế lần đầu'] },
  { everyday: ['công chứng', 'sao y', 'photo công chứng'], official: ['chứng thực'] },
  {
    everyday: [
      'giấy khai sinh',
      'làm khai sinh',
      'khai sinh cho con',
      'khai sinh cho bé',
      'con mới sinh',
      'bé mới sinh',
      'trẻ sơ sinh',
      'mới sinh con',
    ],
    official: ['đăng ký khai sinh'],
  },
  {
    everyday: [
      'giấy kết hôn',
      'giấy đăng ký kết hôn',
      'đăng ký cưới',
      'làm đám cưới',
      'cưới vợ',
      'lấy vợ',
      'lấy chồng',
    ],
    official: ['đăng ký kết hôn'],
  },
  {
    everyday: [
      'giấy chứng tử',
      'báo tử',
      'giấy báo tử',
      'qua đời',
      'người chết',
      ...deathOf(['người thân', 'người nhà', 'bố', 'mẹ', 'cha', 'ông', 'bà', 'vợ', 'chồng', 'con']),
    ],
    official: ['đăng ký khai tử'],
  },
  { everyday: ['ma chay', 'đám tang', 'đám ma', 'chôn cất', 'tang lễ'], official: ['mai táng'] },
  {
    everyday: ['giấy độc thân', 'xác nhận độc thân', 'giấy xác nhận độc thân', 'chứng nhận độc thân'],
    official: ['xác nhận tình trạng hôn nhân'],
  },
  { everyday: ['xây nhà', 'GPXD', 'phép xây nhà'], official: ['giấy phép xây dựng nhà ở riêng lẻ'] },
  {
    everyday: ['sửa nhà', 'sửa chữa nhà', 'cải tạo nhà', 'cơi nới nhà', 'nâng tầng nhà'],
    official: ['giấy phép xây dựng sửa chữa cải tạo'],
  },
  { everyday: ['passport', 'làm hộ chiếu'], official: ['hộ chiếu'] },
  { everyday: ['BHYT', 'thẻ bảo hiểm'], official: ['bảo hiểm y tế'] },
  { everyday: ['BHXH'], official: ['bảo hiểm xã hội'] },
  {
    everyday: ['rút bảo hiểm', 'rút BHXH', 'rút sổ bảo hiểm'],
    official: ['hưởng bảo hiểm xã hội một lần'],
  },
  { everyday: ['1 lần'], official: ['một lần'] },
  { everyday: ['về hưu', 'nghỉ hưu'], official: ['hưởng lương hưu'] },
  { everyday: ['đi bộ đội', 'đi lính', 'nhập ngũ', 'đi nghĩa vụ'], official: ['đăng ký nghĩa vụ quân sự lần đầu'] },
  { everyday: ['UBND'], official: ['ủy ban nhân dân'] },
  { everyday: ['GCN'], official: ['giấy chứng nhận'] },
  { everyday: ['nhận con nuôi', 'xin con nuôi'], official: ['nuôi con nuôi'] },
  {
    everyday: ['đổi tên', 'sửa tên', 'sửa giấy khai sinh', 'sai tên'],
    official: ['thay đổi cải chính bổ sung thông tin hộ tịch'],
  },
  { everyday: ['làm lại', 'bị mất', 'mất', 'đánh mất', 'bị hỏng'], official: ['cấp lại'] },
  { everyday: ['biển số xe', 'biển số', 'đăng ký xe máy', 'đăng ký ô tô'], official: ['đăng ký xe'] },
  { everyday: ['bán xe', 'mua xe cũ', 'mua lại xe'], official: ['đăng ký xe thay đổi chủ xe'] },
  { everyday: ['tàn tật'], official: ['khuyết tật'] },
  { everyday: ['người già'], official: ['người cao tuổi'] },
  {
    everyday: ['trợ cấp người già', 'tiền người già', 'lương người già'],
    official: ['trợ cấp hưu trí xã hội', 'trợ cấp xã hội hàng tháng'],
  },
  { everyday: ['bố mẹ', 'ba mẹ'], official: ['cha mẹ'] },
  {
    everyday: ['tiền thất nghiệp', 'bảo hiểm thất nghiệp', 'mất việc', 'bị mất việc', 'nghỉ việc', 'thôi việc'],
    official: ['trợ cấp thất nghiệp'],
  },
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
  'làm giấy tờ',
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
