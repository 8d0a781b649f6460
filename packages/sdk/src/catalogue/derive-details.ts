import type { ChannelDetail, Fee, Procedure, ProcedureSummary, RequiredDocument } from '../client/types.js';
import type { CatalogueRow } from './catalogue-rule.js';
import { createRandom, hashString } from './seeded-random.js';

/** The parts of a `Procedure` that an official detail record provides; summary fields come from the catalogue row. */
export type ProcedureDetail = Pick<
  Procedure,
  | 'code'
  | 'onlineLevel'
  | 'processingTime'
  | 'channels'
  | 'cases'
  | 'steps'
  | 'conditions'
  | 'legalBasis'
  | 'results'
  | 'executingAgencies'
  | 'receivingPlaces'
  | 'updatedAt'
>;

/**
 * Details for a procedure without an official record, derived from a hash of its code: the same code always gets
 * the same channels, time, fees and documents, in every runtime. Served with `sampleData: true`.
 */
export function deriveDetails(row: CatalogueRow): ProcedureDetail {
  const random = createRandom(hashString(row.code));
  const onlineLevel = random.weighted([
    ['full', 3],
    ['partial', 5],
    ['none', 2],
  ] as const);
  const days = random.pick([1, 2, 3, 5, 7, 10, 12, 15, 20, 30]);
  const amount = random.weighted([
    [0, 6],
    [random.pick([10_000, 20_000, 50_000, 100_000, 200_000, 500_000]), 4],
  ] as const);
  const fees: Fee[] = [
    amount ? { kind: 'charge', amount, description: 'Lệ phí (dữ liệu mẫu)' } : { kind: 'charge', amount: 0 },
  ];
  const processingTime = { value: days, unit: 'working-day' } as const;
  const channel = (name: ChannelDetail['channel']): ChannelDetail => ({ channel: name, processingTime, fees });
  const channels = [
    channel('in-person'),
    ...(onlineLevel === 'none' ? [] : [channel('online')]),
    ...(random.chance(0.5) ? [channel('postal')] : []),
  ];
  return {
    code: row.code,
    onlineLevel,
    processingTime,
    channels,
    cases: [{ name: 'Thành phần hồ sơ', documents: documentsFor(row, random.int(1, SUPPORTING.length)) }],
    steps: STEPS.map((description, index) => ({ name: `Bước ${index + 1}`, description })),
    conditions: [],
    legalBasis: [],
    results: ['Văn bản giải quyết thủ tục hành chính'],
    executingAgencies: row.departments,
    receivingPlaces: [],
    updatedAt: '2026-07-01',
  };
}

const STEPS = [
  'Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến.',
  'Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ được hướng dẫn bổ sung một lần.',
  'Cơ quan có thẩm quyền thẩm định, giải quyết hồ sơ.',
  'Trả kết quả tại Bộ phận Một cửa, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công.',
];

const SUPPORTING: RequiredDocument[] = [
  {
    name: 'Giấy tờ chứng minh đủ điều kiện theo quy định',
    originals: 0,
    copies: 1,
    required: true,
    hasElectronicForm: false,
  },
  { name: 'Văn bản ủy quyền (nếu nộp thay)', originals: 1, copies: 0, required: false, hasElectronicForm: false },
  {
    name: 'Tài liệu kèm theo (bản vẽ, hợp đồng, chứng từ liên quan)',
    originals: 0,
    copies: 1,
    required: false,
    hasElectronicForm: false,
  },
];

function documentsFor(row: CatalogueRow, supporting: number): RequiredDocument[] {
  const form: RequiredDocument = {
    name: `Đơn đề nghị ${row.name.charAt(0).toLowerCase()}${row.name.slice(1)} (theo mẫu)`,
    originals: 1,
    copies: 0,
    required: true,
    formName: 'Mẫu đơn đề nghị',
    hasElectronicForm: true,
  };
  return [form, ...SUPPORTING.slice(0, supporting)];
}

/** Fills what an official record leaves empty (executing agencies, where to submit) from the catalogue row. */
export function completeDetails(row: CatalogueRow, detail: ProcedureDetail): ProcedureDetail {
  return {
    ...detail,
    executingAgencies: detail.executingAgencies.length ? detail.executingAgencies : row.departments,
    receivingPlaces: detail.receivingPlaces.length ? detail.receivingPlaces : receivingPlacesFor(row),
  };
}

/** Where a procedure's dossiers are received in Bắc Ninh, by its levels. */
export function receivingPlacesFor(row: Pick<CatalogueRow, 'level'>): string[] {
  return [
    ...(row.level.includes('province') ? ['Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh'] : []),
    ...(row.level.includes('commune') ? ['Bộ phận Một cửa Ủy ban nhân dân xã, phường'] : []),
  ];
}

/** Where to apply online on the national portal, for procedures with an online channel. */
export function onlineSubmissionUrlFor(
  detail: Pick<ProcedureDetail, 'code' | 'onlineLevel'>,
): Procedure['onlineSubmissionUrl'] {
  if (detail.onlineLevel === 'none') return null;
  return `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(detail.code)}`;
}

/** The list form of a procedure: the catalogue row's summary fields with the detail's online level and time. */
export function procedureSummaryOf(row: CatalogueRow, detail: ProcedureDetail, sampleData: boolean): ProcedureSummary {
  return {
    code: row.code,
    name: row.name,
    fields: row.fields,
    levels: row.level,
    audience: row.audience,
    onlineLevel: detail.onlineLevel,
    processingTime: detail.processingTime,
    sampleData,
  };
}

/** The whole procedure, as `GET /procedures/{code}` answers it. */
export function procedureOf(row: CatalogueRow, detail: ProcedureDetail, sampleData: boolean): Procedure {
  const { code: _code, ...rest } = detail;
  return {
    ...procedureSummaryOf(row, detail, sampleData),
    ...rest,
    onlineSubmissionUrl: onlineSubmissionUrlFor(detail),
  };
}
