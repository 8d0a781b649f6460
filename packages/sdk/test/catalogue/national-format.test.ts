import { describe, expect, it } from 'vitest';
import {
  deriveDetails,
  parseNationalCatalogue,
  procedureOf,
  readNationalCatalogue,
  toCatalogueRow,
} from '../../src/catalogue/index.js';

const line = (code: string, name: string, departments: string[]) =>
  JSON.stringify({
    code,
    name,
    categories: ['Hộ tịch'],
    departments,
    formalityTargetType: ['Công dân'],
    type: 'STANDARD',
  });

describe('readNationalCatalogue', () => {
  it('keeps every row with a code and a name, the first of each code, and skips blank lines', () => {
    const { rows, rejected } = readNationalCatalogue(
      [line(' 9.1', 'A', ['Bộ Tư pháp']), '', line('9.2', 'B', ['Ủy ban nhân dân cấp xã']), line('9.2', 'C', [])].join(
        '\r\n',
      ),
    );
    expect(rows.map((row) => [row.code, row.name, row.level])).toEqual([
      ['9.1', 'A', ['province']],
      ['9.2', 'B', ['commune']],
    ]);
    expect(rejected).toEqual([]);
  });

  it('skips a byte-order mark before the first line', () => {
    expect(readNationalCatalogue(`\uFEFF${line('9.1', 'A', [])}`)).toMatchObject({
      rows: [{ code: '9.1' }],
      rejected: [],
    });
  });

  it('names the line and the reason of every row it refuses, and keeps going', () => {
    const text = [
      '{oops',
      line('9.1', 'A', []),
      '[1, 2]',
      JSON.stringify({ code: '9.3' }),
      JSON.stringify({ code: '9.4', name: 'D', departments: 'Sở Y tế' }),
      JSON.stringify({ code: '9.5', name: 'E', type: 2 }),
    ].join('\n');
    const { rows, rejected } = readNationalCatalogue(text);
    expect(rows.map((row) => row.code)).toEqual(['9.1']);
    expect(rejected).toEqual([
      { line: 1, reason: 'is not JSON (expected one procedure object per line)' },
      { line: 3, reason: 'is not a procedure object' },
      { line: 4, reason: 'has no procedure "code" and "name"' },
      { line: 5, reason: 'has "departments" that is not a list of texts' },
      { line: 6, reason: 'has "type" that is not a text' },
    ]);
  });
});

describe('parseNationalCatalogue', () => {
  it('names the first bad line with the source', () => {
    expect(() => parseNationalCatalogue(`${line('9.1', 'A', [])}\n{oops`, 'mine.jsonl')).toThrow(
      'mine.jsonl: line 2 is not JSON',
    );
  });

  it('refuses a file without procedures', () => {
    expect(() => parseNationalCatalogue('\n\n', 'empty.jsonl')).toThrow(/no procedure found/);
  });
});

describe('derived details', () => {
  const row = toCatalogueRow(JSON.parse(line('9.9', 'Cấp giấy phép', ['Sở Y tế'])), { acceptAll: true });
  if (!row) throw new Error('the sample row is refused');

  it('are the same for the same code, every time', () => {
    expect(deriveDetails(row)).toEqual(deriveDetails({ ...row }));
    expect(deriveDetails(row).cases[0]?.documents[0]?.name).toBe('Đơn đề nghị cấp giấy phép (theo mẫu)');
  });

  it('make a whole procedure with the summary fields of the row', () => {
    const procedure = procedureOf(row, deriveDetails(row), true);
    expect(procedure).toMatchObject({ code: '9.9', name: 'Cấp giấy phép', levels: ['province'], sampleData: true });
    expect(procedure.onlineSubmissionUrl === null).toBe(procedure.onlineLevel === 'none');
  });
});
