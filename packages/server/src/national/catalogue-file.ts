import { type ProcedureDetail, readNationalCatalogue } from '@hcc/sdk/catalogue';
import { type CatalogueEntry, catalogueEntryOf } from './catalogue-entry.js';
import { jsonUnits } from './json-units.js';
import { readLayThuTucPacket } from './lay-thu-tuc.js';

/** What a catalogue file gave: the procedures in file order and every refused line with why. */
export interface CatalogueFile {
  procedures: CatalogueEntry[];
  rejected: Array<{ line: number; reason: string }>;
  /** Which format was recognised. */
  format: 'national-json-lines' | 'lay-thu-tuc';
}

export interface CatalogueFileOptions {
  /** Official detail records by code (the mock's bundled ones): used instead of derived details, as in the mock. */
  officialDetails?: ReadonlyMap<string, ProcedureDetail>;
}

/** A LayThuTuc packet names its procedure `MATTHC`; a national catalogue row names it `code`. */
const isPacket = (value: unknown) => typeof value === 'object' && value !== null && 'MATTHC' in value;
const isNationalRow = (value: unknown) =>
  typeof value === 'object' && value !== null && 'code' in value && !isPacket(value);
const NATIONAL_ROW_IN_ARRAY = 'is a national catalogue row: give those as JSON lines, one procedure a line';

/**
 * Reads a catalogue file, recognising its format:
 * - a JSON array (or JSON lines) of LayThuTuc packets: each mapped to the contract's procedure;
 * - JSON lines in the national catalogue's format (`national-catalog.jsonl`, the mock's `--catalog`): the same
 *   procedures as the mock serves for that file, with the SDK's catalogue rule and derived details.
 * Every record is taken or refused on its own; a code seen twice keeps its first record.
 * @param source the file's name, put before each reason
 */
export function parseCatalogueFile(text: string, source?: string, options: CatalogueFileOptions = {}): CatalogueFile {
  const where = (reason: string) => (source ? `${source}: ${reason}` : reason);
  const units = jsonUnits(text);
  const first = units.find((unit) => 'value' in unit);
  const arrayFile = text
    .trimStart()
    .replace(/^\uFEFF/, '')
    .startsWith('[');
  if (!arrayFile && !(first && 'value' in first && isPacket(first.value))) {
    const { rows, rejected } = readNationalCatalogue(text);
    return {
      format: 'national-json-lines',
      procedures: rows.map((row) => catalogueEntryOf(row, options.officialDetails?.get(row.code))),
      rejected: rejected.map(({ line, reason }) => ({ line, reason: where(reason) })),
    };
  }
  const procedures: CatalogueEntry[] = [];
  const rejected: CatalogueFile['rejected'] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if ('error' in unit) {
      rejected.push({ line: unit.line, reason: where(unit.error) });
      continue;
    }
    if (isNationalRow(unit.value)) {
      rejected.push({ line: unit.line, reason: where(NATIONAL_ROW_IN_ARRAY) });
      continue;
    }
    const read = readLayThuTucPacket(unit.value);
    if ('problems' in read) rejected.push({ line: unit.line, reason: where(read.problems.join('; ')) });
    else if (!seen.has(read.value.row.code)) {
      seen.add(read.value.row.code);
      procedures.push(read.value);
    }
  }
  return { format: 'lay-thu-tuc', procedures, rejected };
}
