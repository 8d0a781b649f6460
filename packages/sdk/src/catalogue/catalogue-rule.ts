/**
 * Which national-catalogue rows are Bắc Ninh's catalogue, at which level, executed by which agency.
 *
 * The rule (documented in the mock server's README):
 * - `SPECIFIC` rows published by `UBND tỉnh Bắc Ninh` are all in;
 * - `STANDARD` rows are in when at least one of their `departments` is a province or commune body below, or when
 *   their `departments` are blank and they are one of the reviewed civil-status procedures below;
 * - ministries, central bodies, and departments naming another province or city never count;
 * - `STANDARD_INTERNAL` rows (procedures between agencies) and other provinces' `SPECIFIC` rows are out.
 * Every accepted department names the Bắc Ninh agency that executes it, so the level and the agency link come from
 * one reviewed table. The mock's data script, its `--catalog` loader and the server's import share this one rule.
 */
import type { Audience, ProcedureLevel } from '../client/types.js';

/** One row of the national catalogue (`national-catalog.jsonl`), as far as the rule reads it. */
export interface NationalCatalogueRow {
  code: string;
  name: string;
  categories?: string[];
  departments?: string[];
  departmentPromulgate?: string;
  formalityTargetType?: string[];
  type?: string;
  state?: string;
}

/** One procedure of the served catalogue (a row of the mock's `data/procedures.json`). */
export interface CatalogueRow {
  code: string;
  name: string;
  fields: string[];
  departments: string[];
  level: ProcedureLevel[];
  /** The province-level agencies that execute it; commune-level procedures are executed by every commune. */
  agencyIds: string[];
  audience: Audience[];
  type: string;
  state: string;
}

/** A Bắc Ninh body that a catalogue department names. */
export type ExecutingBody = { level: 'commune' } | { level: 'province'; agencyId: string };

/** Departments that name a province or city other than Bắc Ninh (`Sở Xây dựng - TP.HCM`, `… Thành phố Hà Nội`). */
const NAMES_ANOTHER_PROVINCE = /(?:Thành phố|TP\.?|[Tt]ỉnh)\s*(?!Bắc Ninh)[A-ZĐ]|Hồ Chí Minh|Hà Nội|Hải Phòng/u;

/** Ministries and central bodies, checked after the commune rules (a commune body may mention `Bộ` in passing). */
const CENTRAL_BODY =
  /^(?:Bộ |Cục |Vụ |Tổng cục|Ngân hàng Nhà nước|Thủ tướng|Ủy ban Chứng khoán|Ban .*Chính phủ|Ban Chỉ huy quân sự cấp sư đoàn)/iu;

/** Commune-level bodies: executed by the People's Committee of each of the 99 communes and wards. */
const COMMUNE_RULES = [
  /cấp xã/iu, // Ủy ban nhân dân cấp xã, Chủ tịch UBND cấp xã, Công an cấp Xã, Ban chỉ huy quân sự cấp Xã, …
  /^UBND (?:Phường|Xã) .*Bắc Ninh/iu, // a named Bắc Ninh ward in the province's own procedures
];

/** Province-level bodies, each with the Bắc Ninh agency (id in the mock's agency table) that executes it. */
const PROVINCE_RULES: readonly (readonly [RegExp, string])[] = [
  [/Văn phòng đăng ký đất đai/iu, 'van-phong-dang-ky-dat-dai'],
  [/^Sở Nội vụ|về (?:nội vụ|lao động) thuộc|^Trung tâm Dịch vụ việc làm$|^Lưu trữ lịch sử .*cấp tỉnh/iu, 'so-noi-vu'],
  [/^(?:Giám đốc )?Sở Tư pháp|^Trung tâm trợ giúp pháp lý nhà nước/iu, 'so-tu-phap'],
  [/^Sở Tài chính/iu, 'so-tai-chinh'],
  [/^Sở Xây dựng/iu, 'so-xay-dung'],
  [
    /^Sở Nông nghiệp và Môi trường|về nông nghiệp và môi trường thuộc Ủy ban nhân dân cấp tỉnh|^Chi cục (?:Kiểm lâm|Lâm nghiệp|Thủy sản|Chăn nuôi|Trồng trọt)/iu,
    'so-nong-nghiep-va-moi-truong',
  ],
  [/^Sở Công thương/iu, 'so-cong-thuong'],
  [/^Sở Khoa học và Công nghệ|^Chi cục Tiêu chuẩn Đo lường/iu, 'so-khoa-hoc-va-cong-nghe'],
  [/^Sở Giáo dục/iu, 'so-giao-duc-va-dao-tao'],
  [/^Sở Y tế|về y tế thuộc|^Hội đồng Giám định Y khoa tỉnh|^Trung tâm Kiểm soát bệnh tật/iu, 'so-y-te'],
  [/^Sở Văn hóa|về thể dục, thể thao thuộc/iu, 'so-van-hoa-the-thao-va-du-lich'],
  [/^Ban quản lý (?:khu công nghiệp|khu kinh tế|các khu công nghiệp)/iu, 'ban-quan-ly-cac-khu-cong-nghiep'],
  [/^Công an cấp tỉnh|^Phòng cảnh sát quản lý hành chính|^Phòng (?:quản lý )?xuất nhập cảnh/iu, 'cong-an-tinh'],
  [/^Thuế tỉnh|^Thuế cơ sở|^Cơ quan thuế$/iu, 'thue-tinh'],
  [/^Bảo hiểm xã hội tỉnh|^Cơ quan bảo hiểm xã hội$/iu, 'bao-hiem-xa-hoi-tinh'],
  // The People's Committee, its chairman and the bodies it designates: prepared by the committee's office.
  [/cấp tỉnh|^Ủy ban nhân dân tỉnh|^Chủ tịch Ủy ban nhân dân tỉnh|^Hội đồng nhân dân tỉnh/iu, 'van-phong-ubnd-tinh'],
];

/**
 * Civil-status procedures of the Ministry of Justice's national templates whose `departments` the catalogue leaves
 * blank, with the Bắc Ninh body the Law on Civil Status (Luật Hộ tịch 2014) and the Law on Adoption give them to.
 * Reviewed by hand, one code at a time; the border-area variants are left out (Bắc Ninh has no border).
 */
const BLANK_DEPARTMENT_BODIES = new Map<string, ExecutingBody[]>([
  ['1.000894', [{ level: 'commune' }]], // Thủ tục đăng ký kết hôn
  ['1.000593', [{ level: 'commune' }]], // Thủ tục đăng ký kết hôn lưu động
  ['1.004746', [{ level: 'commune' }]], // Thủ tục đăng ký lại kết hôn
  ['1.000656', [{ level: 'commune' }]], // Thủ tục đăng ký khai tử
  ['1.000419', [{ level: 'commune' }]], // Thủ tục đăng ký khai tử lưu động
  ['1.005461', [{ level: 'commune' }]], // Đăng ký lại khai tử
  ['1.003583', [{ level: 'commune' }]], // Thủ tục đăng ký khai sinh lưu động
  ['1.004772', [{ level: 'commune' }]], // Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân
  ['1.000689', [{ level: 'commune' }]], // Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con
  ['1.001022', [{ level: 'commune' }]], // Thủ tục đăng ký nhận cha, mẹ, con
  ['2.001263', [{ level: 'commune' }]], // Đăng ký việc nuôi con nuôi trong nước
  ['2.001255', [{ level: 'commune' }]], // Đăng ký lại việc nuôi con nuôi trong nước
  ['1.003179', [{ level: 'province', agencyId: 'so-tu-phap' }]], // Đăng ký lại việc nuôi con nuôi có yếu tố nước ngoài
  ['1.003160', [{ level: 'province', agencyId: 'so-tu-phap' }]], // Người nước ngoài thường trú ở Việt Nam nhận con nuôi
]);

/**
 * Classifies one catalogue department string. One string may name both levels (`… thuộc Ủy ban nhân dân cấp tỉnh
 * hoặc … cấp xã`).
 * @returns the Bắc Ninh bodies it names; empty when it is not a Bắc Ninh body.
 */
export function classifyDepartment(department: string): ExecutingBody[] {
  const name = department.trim();
  if (!name || NAMES_ANOTHER_PROVINCE.test(name)) return [];
  const bodies: ExecutingBody[] = COMMUNE_RULES.some((rule) => rule.test(name)) ? [{ level: 'commune' }] : [];
  if (CENTRAL_BODY.test(name)) return bodies;
  const match = PROVINCE_RULES.find(([rule]) => rule.test(name.replace(/cấp xã.*$/iu, '')));
  if (match) bodies.push({ level: 'province', agencyId: match[1] });
  return bodies;
}

/**
 * A procedure name as citizens should read it: the catalogue's line breaks and doubled spaces collapsed, and a list
 * number before it (`1. Thủ tục …`) or a full stop after it dropped. The words are left as published.
 */
export function cleanName(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\d+\.\s+/u, '')
    .replace(/[\s.]+$/u, '');
}

/** Audience keys from the catalogue's `formalityTargetType` values. */
export function audienceOf(targets: readonly string[]): Audience[] {
  const audience = new Set<Audience>();
  for (const target of targets) {
    if (/^(?:Doanh nghiệp|Hợp tác xã)/u.test(target)) audience.add('business');
    else if (/^Tổ chức/u.test(target)) audience.add('organisation');
    else if (target.trim()) audience.add('citizen');
  }
  return (['citizen', 'business', 'organisation'] as const).filter((key) => audience.has(key));
}

/**
 * Turns one national-catalogue row into a catalogue row, or `null` when the row is not Bắc Ninh's.
 * With `{ acceptAll: true }` (a catalogue file given to a command), every row with a code and a name is kept, and
 * rows naming no known body count as province-level.
 */
export function toCatalogueRow(row: NationalCatalogueRow, { acceptAll = false } = {}): CatalogueRow | null {
  if (typeof row?.code !== 'string' || typeof row.name !== 'string' || !row.code.trim() || !row.name.trim()) {
    return null;
  }
  const isOwn = acceptAll || (row.type === 'SPECIFIC' && row.departmentPromulgate === 'UBND tỉnh Bắc Ninh');
  if (row.type !== 'STANDARD' && !isOwn) return null;
  const bodies = (row.departments ?? []).flatMap(classifyDepartment);
  if (!bodies.length && row.type === 'STANDARD') bodies.push(...(BLANK_DEPARTMENT_BODIES.get(row.code.trim()) ?? []));
  if (!bodies.length && !isOwn) return null;
  const levels = new Set(bodies.map((body) => body.level));
  // The province's own procedures that name no known body are handled by the province.
  if (!levels.size) levels.add('province');
  const agencyIds = [...new Set(bodies.flatMap((body) => (body.level === 'province' ? [body.agencyId] : [])))];
  if (levels.has('province') && !agencyIds.length) agencyIds.push('van-phong-ubnd-tinh');
  return {
    code: row.code.trim(),
    name: cleanName(row.name),
    fields: (row.categories ?? []).filter((field) => field.trim()),
    departments: (row.departments ?? []).filter((department) => department.trim()),
    level: (['province', 'commune'] as const).filter((level) => levels.has(level)),
    agencyIds,
    audience: audienceOf(row.formalityTargetType ?? []),
    type: row.type ?? 'STANDARD',
    state: row.state ?? 'ACTIVE',
  };
}
