import type { ChannelDetail, Procedure, ProcedureCase, ProcedureLevel, RequiredDocument } from '@hcc/sdk';
import { cleanName, type ProcedureDetail, toCatalogueRow } from '@hcc/sdk/catalogue';
import { type CatalogueEntry, catalogueEntryOf } from './catalogue-entry.js';
import { channelOf } from './lay-thu-tuc-channels.js';
import { countOf, folded, linesOf, listOf, nameOf, namesOf, textOf } from './packet-values.js';

type Packet = Record<string, unknown>;

/** CAPTHUCHIEN words to levels; the district tier's procedures went to the communes on 1 July 2025. */
function levelsOf(value: unknown): ProcedureLevel[] {
  const words = namesOf(value, ['CAPTHUCHIEN', 'TENCAP', 'TENCAPTHUCHIEN', 'TEN']).map(folded);
  const levels = new Set<ProcedureLevel>();
  for (const word of words) {
    if (/tinh/.test(word)) levels.add('province');
    if (/xa|huyen/.test(word)) levels.add('commune');
  }
  return (['province', 'commune'] as const).filter((level) => levels.has(level));
}

function documentOf(entry: unknown, at: string, problems: string[]): RequiredDocument | undefined {
  const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const name = nameOf(entry, ['TENGIAYTO', 'TEN']);
  if (!name) {
    problems.push(`${at}.TENGIAYTO is required`);
    return undefined;
  }
  const originals = countOf(record.SOBANCHINH);
  const copies = countOf(record.SOBANSAO);
  if (originals === undefined) problems.push(`${at}.SOBANCHINH must be a whole number`);
  if (copies === undefined) problems.push(`${at}.SOBANSAO must be a whole number`);
  const form = nameOf(listOf(record.MAUDON)[0], ['TENMAUDON', 'TENTEP', 'TENFILE', 'URL']);
  return { name, originals: originals ?? 0, copies: copies ?? 0, ...(form ? { formName: form } : {}) };
}

function casesOf(value: unknown, problems: string[]): ProcedureCase[] {
  return listOf(value).map((entry, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const documents = listOf(record.GIAYTO).flatMap((document, at) => {
      const read = documentOf(document, `THANHPHANHOSO[${index}].GIAYTO[${at}]`, problems);
      return read ? [read] : [];
    });
    return { name: textOf(record.TRUONGHOP) || 'Thành phần hồ sơ', documents };
  });
}

function stepsOf(value: unknown): Procedure['steps'] {
  const groups = listOf(value);
  return groups.flatMap((group) => {
    const record = (typeof group === 'object' && group !== null ? group : {}) as Record<string, unknown>;
    const caseName = textOf(record.TRUONGHOP);
    const steps = namesOf(record.TRINHTU ?? group, ['TENTRINHTU', 'MOTA']);
    return steps.map((description) => ({ ...(caseName && groups.length > 1 ? { name: caseName } : {}), description }));
  });
}

/** The summary's limit: the first one stated as a number (the counter's first), else the counter's wording. */
function mainTime(channels: readonly ChannelDetail[]): ProcedureDetail['processingTime'] {
  const stated = channels.filter((channel) => channel.processingTime.unit !== 'other');
  const atCounter = (channel: ChannelDetail) => channel.channel === 'in-person';
  const main = stated.find(atCounter) ?? stated[0] ?? channels.find(atCounter) ?? channels[0];
  if (!main) return { value: 0, unit: 'other' };
  const { text: _text, ...time } = main.processingTime;
  return time;
}

/**
 * Maps one LayThuTuc packet to a catalogue entry. Levels come from CAPTHUCHIEN when it names them, else from the
 * catalogue rule over COQUANTHUCHIEN (which also links province agencies); fields from LINHVUCTHUCHIEN, audience
 * from DOITUONGTHUCHIEN, channels from CACHTHUCTHUCHIEN, cases from THANHPHANHOSO, steps from TRINHTUTHUCHIEN,
 * conditions from YEUCAU, legal basis from CANCUPHAPLY, results from KETQUATHUCHIEN.
 * @returns the entry, or every problem found (English, for the import's report)
 */
export function readLayThuTucPacket(packet: unknown): { value: CatalogueEntry } | { problems: string[] } {
  if (typeof packet !== 'object' || packet === null || Array.isArray(packet)) {
    return { problems: ['is not a LayThuTuc packet object'] };
  }
  const record = packet as Packet;
  const problems: string[] = [];
  const code = textOf(record.MATTHC);
  const name = cleanName(textOf(record.TENTTHC));
  if (!code) problems.push('MATTHC is required');
  if (!name) problems.push('TENTTHC is required');
  const channels = listOf(record.CACHTHUCTHUCHIEN).flatMap((entry, index) => {
    const read = channelOf(entry, `CACHTHUCTHUCHIEN[${index}]`);
    if ('reason' in read) problems.push(read.reason);
    return 'value' in read ? [read.value] : [];
  });
  const cases = casesOf(record.THANHPHANHOSO, problems);
  const executing = namesOf(record.COQUANTHUCHIEN, ['TENDONVI', 'TENCOQUAN', 'TEN']);
  const ruled = toCatalogueRow(
    {
      code,
      name,
      categories: namesOf(record.LINHVUCTHUCHIEN, ['TENLINHVUC', 'TEN']),
      departments: executing,
      formalityTargetType: namesOf(record.DOITUONGTHUCHIEN, ['TENDOITUONG', 'TEN']),
      type: 'STANDARD',
      state: 'ACTIVE',
    },
    { acceptAll: true },
  );
  if (problems.length || !ruled) return { problems };
  const stated = levelsOf(record.CAPTHUCHIEN);
  const level = stated.length ? stated : ruled.level;
  // As in the rule: a province-level procedure with no known body is prepared by the People's Committee's office.
  const agencyIds = level.includes('province') && !ruled.agencyIds.length ? ['van-phong-ubnd-tinh'] : ruled.agencyIds;
  const row = { ...ruled, level, agencyIds };
  const detail: ProcedureDetail = {
    code: row.code,
    onlineLevel: channels.some((channel) => channel.channel === 'online') ? 'partial' : 'none',
    processingTime: mainTime(channels),
    channels,
    cases,
    steps: stepsOf(record.TRINHTUTHUCHIEN),
    conditions: linesOf(record.YEUCAU, ['NOIDUNG', 'TENYEUCAU', 'MOTA']),
    legalBasis: listOf(record.CANCUPHAPLY).flatMap((entry) => {
      const basisName = nameOf(entry, ['TENVANBAN', 'TEN', 'TRICHYEU']);
      const number = typeof entry === 'object' ? nameOf(entry, ['SOVANBAN', 'SOHIEU', 'KYHIEU']) : '';
      return basisName ? [{ ...(number ? { code: number } : {}), name: basisName }] : [];
    }),
    results: namesOf(record.KETQUATHUCHIEN, ['TENKETQUA', 'TEN']),
    executingAgencies: executing,
    receivingPlaces: linesOf(record.DIACHITIEPNHAN, ['DIACHI', 'TEN']),
  };
  return { value: catalogueEntryOf(row, detail) };
}
