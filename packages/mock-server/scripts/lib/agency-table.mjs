/**
 * The reviewed table of agencies and their official identifiers.
 *
 * Identifiers follow the dossier-code form `000.XX.YY.H56` (the receiving agency's part of `000.00.14.H56-200203-0118`).
 * They are SAMPLE identifiers assigned here by hand — the real ones are not public in our sources — and they are data:
 * nothing computes them at run time. Names and validity dates come from `bacninh-agencies.json` and
 * `admin-units/bacninh-2025-communes.json`.
 */

/** The day the centre opened (first snapshot) and the day the two-tier structure began (second snapshot). */
export const CENTRE_OPENED = '2017-05-17';
export const TWO_TIER_FROM = '2025-07-01';
export const THREE_TIER_TO = '2025-06-30';

/**
 * Province-level bodies: [id, identifier, name, kind, validFrom, validTo, parentId].
 * Departments present in both snapshots keep one record valid from 2017. The People's Committee itself is not an
 * agency here: its procedures are prepared by its office (Văn phòng UBND tỉnh) and received at the centre.
 */
export const PROVINCE_AGENCIES = [
  [
    'trung-tam-hcc-2017',
    '000.00.01.H56',
    'Trung tâm Hành chính công tỉnh Bắc Ninh',
    'centre',
    CENTRE_OPENED,
    THREE_TIER_TO,
    null,
  ],
  [
    'trung-tam-phvhcc',
    '000.00.02.H56',
    'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh',
    'centre',
    TWO_TIER_FROM,
    null,
    null,
  ],
  ['van-phong-ubnd-tinh', '000.00.03.H56', 'Văn phòng Ủy ban nhân dân tỉnh', 'department', TWO_TIER_FROM, null, null],
  ['so-noi-vu', '000.00.04.H56', 'Sở Nội vụ', 'department', CENTRE_OPENED, null, null],
  ['so-tu-phap', '000.00.05.H56', 'Sở Tư pháp', 'department', CENTRE_OPENED, null, null],
  ['so-tai-chinh', '000.00.06.H56', 'Sở Tài chính', 'department', CENTRE_OPENED, null, null],
  ['so-xay-dung', '000.00.07.H56', 'Sở Xây dựng', 'department', CENTRE_OPENED, null, null],
  [
    'so-nong-nghiep-va-moi-truong',
    '000.00.08.H56',
    'Sở Nông nghiệp và Môi trường',
    'department',
    TWO_TIER_FROM,
    null,
    null,
  ],
  ['so-cong-thuong', '000.00.09.H56', 'Sở Công Thương', 'department', CENTRE_OPENED, null, null],
  ['so-khoa-hoc-va-cong-nghe', '000.00.10.H56', 'Sở Khoa học và Công nghệ', 'department', CENTRE_OPENED, null, null],
  ['so-giao-duc-va-dao-tao', '000.00.11.H56', 'Sở Giáo dục và Đào tạo', 'department', CENTRE_OPENED, null, null],
  ['so-y-te', '000.00.12.H56', 'Sở Y tế', 'department', CENTRE_OPENED, null, null],
  [
    'so-van-hoa-the-thao-va-du-lich',
    '000.00.13.H56',
    'Sở Văn hóa, Thể thao và Du lịch',
    'department',
    CENTRE_OPENED,
    null,
    null,
  ],
  ['thanh-tra-tinh', '000.00.14.H56', 'Thanh tra tỉnh', 'department', TWO_TIER_FROM, null, null],
  [
    'ban-quan-ly-cac-khu-cong-nghiep',
    '000.00.15.H56',
    'Ban Quản lý các Khu công nghiệp',
    'department',
    CENTRE_OPENED,
    null,
    null,
  ],
  [
    'van-phong-dang-ky-dat-dai',
    '000.01.08.H56',
    'Văn phòng Đăng ký đất đai tỉnh Bắc Ninh',
    'department',
    TWO_TIER_FROM,
    null,
    'so-nong-nghiep-va-moi-truong',
  ],
  ['so-ke-hoach-va-dau-tu', '000.00.16.H56', 'Sở Kế hoạch và Đầu tư', 'department', CENTRE_OPENED, THREE_TIER_TO, null],
  ['so-giao-thong-van-tai', '000.00.17.H56', 'Sở Giao thông vận tải', 'department', CENTRE_OPENED, THREE_TIER_TO, null],
  [
    'so-tai-nguyen-va-moi-truong',
    '000.00.18.H56',
    'Sở Tài nguyên và Môi trường',
    'department',
    CENTRE_OPENED,
    THREE_TIER_TO,
    null,
  ],
  [
    'so-nong-nghiep-va-phat-trien-nong-thon',
    '000.00.19.H56',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'department',
    CENTRE_OPENED,
    THREE_TIER_TO,
    null,
  ],
  [
    'so-thong-tin-va-truyen-thong',
    '000.00.20.H56',
    'Sở Thông tin và Truyền thông',
    'department',
    CENTRE_OPENED,
    THREE_TIER_TO,
    null,
  ],
  [
    'so-lao-dong-thuong-binh-va-xa-hoi',
    '000.00.21.H56',
    'Sở Lao động - Thương binh và Xã hội',
    'department',
    CENTRE_OPENED,
    THREE_TIER_TO,
    null,
  ],
  ['so-ngoai-vu', '000.00.22.H56', 'Sở Ngoại vụ', 'department', CENTRE_OPENED, THREE_TIER_TO, null],
  ['cong-an-tinh', '000.00.23.H56', 'Công an tỉnh Bắc Ninh', 'vertical', CENTRE_OPENED, null, null],
  ['cuc-thue-tinh', '000.00.24.H56', 'Cục Thuế tỉnh Bắc Ninh', 'vertical', CENTRE_OPENED, THREE_TIER_TO, null],
  ['thue-tinh', '000.00.25.H56', 'Thuế tỉnh Bắc Ninh', 'vertical', TWO_TIER_FROM, null, null],
  ['bao-hiem-xa-hoi-tinh', '000.00.26.H56', 'Bảo hiểm xã hội tỉnh Bắc Ninh', 'vertical', CENTRE_OPENED, null, null],
];

/** Former district-level People's Committees (2017 snapshot), by GSO code: identifier `000.00.3N.H56`. */
export const DISTRICT_IDENTIFIERS = new Map([
  ['256', '000.00.31.H56'], // Thành phố Bắc Ninh
  ['258', '000.00.32.H56'], // Huyện Yên Phong
  ['259', '000.00.33.H56'], // Thị xã Quế Võ
  ['260', '000.00.34.H56'], // Huyện Tiên Du
  ['261', '000.00.35.H56'], // Thành phố Từ Sơn
  ['262', '000.00.36.H56'], // Thị xã Thuận Thành
  ['263', '000.00.37.H56'], // Huyện Gia Bình
  ['264', '000.00.38.H56'], // Huyện Lương Tài
]);

/** The 99 communes and wards from 1 July 2025, by statistical code: identifier `000.NN.30.H56`. */
export const COMMUNE_IDENTIFIERS = new Map([
  ['07210', '000.01.30.H56'], // Phường Bắc Giang
  ['07228', '000.02.30.H56'], // Phường Đa Mai
  ['07246', '000.03.30.H56'], // Xã Xuân Lương
  ['07264', '000.04.30.H56'], // Xã Tam Tiến
  ['07282', '000.05.30.H56'], // Xã Đồng Kỳ
  ['07288', '000.06.30.H56'], // Xã Yên Thế
  ['07294', '000.07.30.H56'], // Xã Bố Hạ
  ['07306', '000.08.30.H56'], // Xã Nhã Nam
  ['07330', '000.09.30.H56'], // Xã Phúc Hòa
  ['07333', '000.10.30.H56'], // Xã Quang Trung
  ['07339', '000.11.30.H56'], // Xã Tân Yên
  ['07351', '000.12.30.H56'], // Xã Ngọc Thiện
  ['07375', '000.13.30.H56'], // Xã Lạng Giang
  ['07381', '000.14.30.H56'], // Xã Tiên Lục
  ['07399', '000.15.30.H56'], // Xã Kép
  ['07420', '000.16.30.H56'], // Xã Mỹ Thái
  ['07432', '000.17.30.H56'], // Xã Tân Dĩnh
  ['07444', '000.18.30.H56'], // Xã Lục Nam
  ['07450', '000.19.30.H56'], // Xã Đông Phú
  ['07462', '000.20.30.H56'], // Xã Bảo Đài
  ['07486', '000.21.30.H56'], // Xã Nghĩa Phương
  ['07489', '000.22.30.H56'], // Xã Trường Sơn
  ['07492', '000.23.30.H56'], // Xã Lục Sơn
  ['07498', '000.24.30.H56'], // Xã Bắc Lũng
  ['07519', '000.25.30.H56'], // Xã Cẩm Lý
  ['07525', '000.26.30.H56'], // Phường Chũ
  ['07531', '000.27.30.H56'], // Xã Tân Sơn
  ['07534', '000.28.30.H56'], // Xã Sa Lý
  ['07537', '000.29.30.H56'], // Xã Biên Sơn
  ['07543', '000.30.30.H56'], // Xã Sơn Hải
  ['07552', '000.31.30.H56'], // Xã Kiên Lao
  ['07573', '000.32.30.H56'], // Xã Biển Động
  ['07582', '000.33.30.H56'], // Xã Lục Ngạn
  ['07594', '000.34.30.H56'], // Xã Đèo Gia
  ['07603', '000.35.30.H56'], // Xã Nam Dương
  ['07612', '000.36.30.H56'], // Phường Phượng Sơn
  ['07615', '000.37.30.H56'], // Xã Sơn Động
  ['07616', '000.38.30.H56'], // Xã Tây Yên Tử
  ['07621', '000.39.30.H56'], // Xã Vân Sơn
  ['07627', '000.40.30.H56'], // Xã Đại Sơn
  ['07642', '000.41.30.H56'], // Xã Yên Định
  ['07654', '000.42.30.H56'], // Xã An Lạc
  ['07663', '000.43.30.H56'], // Xã Tuấn Đạo
  ['07672', '000.44.30.H56'], // Xã Dương Hưu
  ['07681', '000.45.30.H56'], // Phường Yên Dũng
  ['07682', '000.46.30.H56'], // Phường Tân An
  ['07696', '000.47.30.H56'], // Phường Tiền Phong
  ['07699', '000.48.30.H56'], // Phường Tân Tiến
  ['07735', '000.49.30.H56'], // Xã Đồng Việt
  ['07738', '000.50.30.H56'], // Phường Cảnh Thụy
  ['07774', '000.51.30.H56'], // Phường Tự Lạn
  ['07777', '000.52.30.H56'], // Phường Việt Yên
  ['07795', '000.53.30.H56'], // Phường Nếnh
  ['07798', '000.54.30.H56'], // Phường Vân Hà
  ['07822', '000.55.30.H56'], // Xã Hoàng Vân
  ['07840', '000.56.30.H56'], // Xã Hiệp Hòa
  ['07864', '000.57.30.H56'], // Xã Hợp Thịnh
  ['07870', '000.58.30.H56'], // Xã Xuân Cẩm
  ['09169', '000.59.30.H56'], // Phường Vũ Ninh
  ['09187', '000.60.30.H56'], // Phường Kinh Bắc
  ['09190', '000.61.30.H56'], // Phường Võ Cường
  ['09193', '000.62.30.H56'], // Xã Yên Phong
  ['09202', '000.63.30.H56'], // Xã Tam Giang
  ['09205', '000.64.30.H56'], // Xã Yên Trung
  ['09208', '000.65.30.H56'], // Xã Tam Đa
  ['09238', '000.66.30.H56'], // Xã Văn Môn
  ['09247', '000.67.30.H56'], // Phường Quế Võ
  ['09253', '000.68.30.H56'], // Phường Nhân Hòa
  ['09265', '000.69.30.H56'], // Phường Phương Liễu
  ['09286', '000.70.30.H56'], // Phường Nam Sơn
  ['09292', '000.71.30.H56'], // Xã Phù Lãng
  ['09295', '000.72.30.H56'], // Phường Bồng Lai
  ['09301', '000.73.30.H56'], // Phường Đào Viên
  ['09313', '000.74.30.H56'], // Xã Chi Lăng
  ['09319', '000.75.30.H56'], // Xã Tiên Du
  ['09325', '000.76.30.H56'], // Phường Hạp Lĩnh
  ['09334', '000.77.30.H56'], // Xã Liên Bão
  ['09340', '000.78.30.H56'], // Xã Đại Đồng
  ['09343', '000.79.30.H56'], // Xã Tân Chi
  ['09349', '000.80.30.H56'], // Xã Phật Tích
  ['09367', '000.81.30.H56'], // Phường Từ Sơn
  ['09370', '000.82.30.H56'], // Phường Tam Sơn
  ['09379', '000.83.30.H56'], // Phường Phù Khê
  ['09385', '000.84.30.H56'], // Phường Đồng Nguyên
  ['09400', '000.85.30.H56'], // Phường Thuận Thành
  ['09409', '000.86.30.H56'], // Phường Mão Điền
  ['09427', '000.87.30.H56'], // Phường Trí Quả
  ['09430', '000.88.30.H56'], // Phường Trạm Lộ
  ['09433', '000.89.30.H56'], // Phường Song Liễu
  ['09445', '000.90.30.H56'], // Phường Ninh Xá
  ['09454', '000.91.30.H56'], // Xã Gia Bình
  ['09466', '000.92.30.H56'], // Xã Cao Đức
  ['09469', '000.93.30.H56'], // Xã Đại Lai
  ['09475', '000.94.30.H56'], // Xã Nhân Thắng
  ['09487', '000.95.30.H56'], // Xã Đông Cứu
  ['09496', '000.96.30.H56'], // Xã Lương Tài
  ['09499', '000.97.30.H56'], // Xã Trung Kênh
  ['09523', '000.98.30.H56'], // Xã Trung Chính
  ['09529', '000.99.30.H56'], // Xã Lâm Thao
]);
