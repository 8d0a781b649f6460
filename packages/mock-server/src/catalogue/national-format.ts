import { type CatalogueRow, type NationalCatalogueRow, toCatalogueRow } from './catalogue-rule.js';

/**
 * Reads a catalogue in the national portal's JSON-lines format (one procedure a line, like `national-catalog.jsonl`).
 * Every row with a code and a name is served; levels and agencies follow the same rule as the bundled data.
 * @throws Error naming the first bad line, or saying the file holds no procedure.
 */
export function parseNationalCatalogue(text: string, source = 'catalogue'): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: NationalCatalogueRow;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${source}: line ${index + 1} is not JSON (expected one procedure object per line)`);
    }
    const row = typeof parsed === 'object' && parsed !== null ? toCatalogueRow(parsed, { acceptAll: true }) : null;
    if (!row) throw new Error(`${source}: line ${index + 1} has no procedure "code" and "name"`);
    if (!seen.has(row.code)) rows.push(row);
    seen.add(row.code);
  });
  if (!rows.length) throw new Error(`${source}: no procedure found (expected JSON lines with "code" and "name")`);
  return rows;
}
