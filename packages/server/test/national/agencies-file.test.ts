import { describe, expect, it } from 'vitest';
import { parseAgenciesFile } from '../../src/national/index.js';

const agency = {
  id: 'xa-tien-du',
  identifier: '000.75.30.H56',
  name: 'Ủy ban nhân dân xã Tiên Du',
  kind: 'commune',
  level: 'commune',
  parentId: null,
  validFrom: '2025-07-01',
  validTo: null,
  adminUnitCode: '09316',
  formerUnits: ['Thị trấn Lim', 'Xã Phú Lâm'],
};
const line = (changes: Record<string, unknown>) => JSON.stringify({ ...agency, ...changes });

describe('parseAgenciesFile', () => {
  it('reads the bundled format: a JSON array, one agency a line, unknown fields dropped', () => {
    const text = `[\n${line({ note: 'x' })},\n${line({ id: 'so-tu-phap', identifier: '000.00.05.H56', kind: 'department', level: 'province', formerUnits: undefined, adminUnitCode: undefined })}\n]\n`;
    const { agencies, rejected } = parseAgenciesFile(text);
    expect(rejected).toEqual([]);
    expect(agencies[0]).toEqual(agency);
    expect(agencies[1]).not.toHaveProperty('formerUnits');
  });

  it('reads JSON lines too', () => {
    expect(parseAgenciesFile(`${line({})}\n\n${line({ id: 'b', identifier: '000.00.99.H56' })}`).agencies).toHaveLength(
      2,
    );
  });

  it('refuses each bad agency at its line with every problem', () => {
    const text = [
      '[',
      line({}),
      line({ id: 'Xã Tiên Du', identifier: '000-75' }),
      line({ kind: 'ward', level: 'village', name: ' ' }),
      line({ validFrom: '2025-02-30', validTo: 'soon', parentId: 5 }),
      line({ id: 'late', identifier: '000.00.98.H56', validFrom: '2025-07-01', validTo: '2025-06-30' }),
      line({ id: 'other', formerUnits: 'Lim', adminUnitCode: 9316 }),
      line({ identifier: '000.00.97.H56' }),
      line({ id: 'xa-tien-du-2' }),
      '7',
      ']',
    ]
      .join(',\n')
      .replace('[,', '[')
      .replace(',\n]', '\n]');
    const { agencies, rejected } = parseAgenciesFile(text);
    expect(agencies.map((item) => item.id)).toEqual(['xa-tien-du']);
    expect(rejected).toEqual([
      {
        line: 3,
        reason:
          '"id" must be a lower-case slug (xa-tien-du); "identifier" must be an agency identifier that starts dossier codes (000.00.14.H56)',
      },
      {
        line: 4,
        reason:
          '"name" is required; "kind" must be one of centre, department, vertical, district, commune; "level" must be one of province, district, commune',
      },
      {
        line: 5,
        reason:
          '"parentId" must be an agency id or null; "validFrom" must be a date YYYY-MM-DD; "validTo" must be a date YYYY-MM-DD or null',
      },
      { line: 6, reason: '"validTo" is before "validFrom"' },
      { line: 7, reason: '"formerUnits" must be a list of names; "adminUnitCode" must be a text' },
      { line: 8, reason: 'repeats the id "xa-tien-du"' },
      { line: 9, reason: 'repeats the identifier "000.75.30.H56"' },
      { line: 10, reason: 'is not an agency object' },
    ]);
  });

  it('finds the line of each element in any layout, whatever the names hold', () => {
    const tricky = JSON.stringify({ ...agency, id: 'b', identifier: '000.00.99.H56', name: 'Ban "[{,\\" ]}' }, null, 2);
    const text = `[${line({})}, ${line({ id: 'c', identifier: '000.00.98.H56', kind: 'x' })},\n\n${tricky},\n  7 ]`;
    const { agencies, rejected } = parseAgenciesFile(text);
    expect(agencies.map((item) => item.name)).toEqual([agency.name, 'Ban "[{,\\" ]}']);
    expect(rejected.map((item) => item.line)).toEqual([1, 18]); // the pretty-printed agency spans lines 3 to 17
  });

  it('names the line where the file stops being JSON', () => {
    expect(parseAgenciesFile(`[\n${line({})},\n{\n]`).rejected).toEqual([
      { line: 4, reason: expect.stringMatching(/^is not JSON/) },
    ]);
  });
});
