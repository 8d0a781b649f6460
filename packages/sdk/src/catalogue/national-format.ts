import { type CatalogueRow, type NationalCatalogueRow, toCatalogueRow } from './catalogue-rule.js';

/** A line of a catalogue file that was not taken, with why (English, for logs and command output). */
export interface RejectedLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

/** What {@link readNationalCatalogue} found: the rows in file order (first of each code) and the lines it refused. */
export interface NationalCatalogueRead {
  rows: CatalogueRow[];
  rejected: RejectedLine[];
}

const LIST_KEYS = ['categories', 'departments', 'formalityTargetType'] as const;
const TEXT_KEYS = ['departmentPromulgate', 'type', 'state'] as const;

/** Why a parsed line is not a catalogue row, or undefined when it is one. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a procedure object';
  const row = value as Record<string, unknown>;
  for (const key of LIST_KEYS) {
    const list = row[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))) {
      return `has "${key}" that is not a list of texts`;
    }
  }
  for (const key of TEXT_KEYS) {
    if (row[key] !== undefined && typeof row[key] !== 'string') return `has "${key}" that is not a text`;
  }
  return undefined;
}

/**
 * Reads a catalogue in the national portal's JSON-lines format (one procedure a line, like `national-catalog.jsonl`)
 * without stopping at a bad line. Every row with a code and a name is kept (the first of each code); levels and
 * agencies follow {@link toCatalogueRow} with `acceptAll`. Blank lines and a byte-order mark are skipped.
 */
export function readNationalCatalogue(text: string): NationalCatalogueRead {
  const rows: CatalogueRow[] = [];
  const rejected: RejectedLine[] = [];
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (!raw.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        rejected.push({ line, reason: 'is not JSON (expected one procedure object per line)' });
        return;
      }
      const problem = shapeProblem(parsed);
      const row = problem ? null : toCatalogueRow(parsed as NationalCatalogueRow, { acceptAll: true });
      if (!row) rejected.push({ line, reason: problem ?? 'has no procedure "code" and "name"' });
      else if (!seen.has(row.code)) {
        rows.push(row);
        seen.add(row.code);
      }
    });
  return { rows, rejected };
}

/**
 * Reads a catalogue in the national portal's JSON-lines format, all or nothing (the mock server's `--catalog`).
 * @throws Error naming the first bad line, or saying the file holds no procedure.
 */
export function parseNationalCatalogue(text: string, source = 'catalogue'): CatalogueRow[] {
  const { rows, rejected } = readNationalCatalogue(text);
  const [first] = rejected;
  if (first) throw new Error(`${source}: line ${first.line} ${first.reason}`);
  if (!rows.length) throw new Error(`${source}: no procedure found (expected JSON lines with "code" and "name")`);
  return rows;
}
