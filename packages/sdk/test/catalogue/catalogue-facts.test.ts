import { describe, expect, it } from 'vitest';
import { executesProcedure, fieldIdOf, listFields, unitIdsByParent } from '../../src/catalogue/index.js';

describe('fieldIdOf', () => {
  it('folds a field name into its id', () => {
    expect(fieldIdOf('Hộ tịch')).toBe('ho-tich');
    expect(fieldIdOf('Đăng ký, quản lý cư trú')).toBe(fieldIdOf('Đăng ký, quản lý cư trú'));
  });
});

describe('listFields', () => {
  it('counts the procedures of each field, the most used first, ties in Vietnamese order', () => {
    const fields = listFields([
      { fields: ['Hộ tịch'] },
      { fields: ['Xây dựng', 'Hộ tịch'] },
      { fields: ['Đất đai'] },
      { fields: ['Chứng thực'] },
    ]);
    expect(fields.map((field) => [field.name, field.procedureCount])).toEqual([
      ['Hộ tịch', 2],
      ['Chứng thực', 1],
      ['Đất đai', 1],
      ['Xây dựng', 1],
    ]);
    expect(fields[0]?.id).toBe('ho-tich');
  });
});

describe('executesProcedure', () => {
  const communeLevel = { levels: ['commune'], agencyIds: ['so-tu-phap'] };
  const provinceLevel = { levels: ['province'], agencyIds: ['so-xay-dung'] };

  it('gives communes and former districts the commune-level procedures, the centre the province-level ones', () => {
    expect(executesProcedure({ id: 'xa-tien-du', kind: 'commune' }, communeLevel)).toBe(true);
    expect(executesProcedure({ id: 'huyen-tien-du', kind: 'district' }, provinceLevel)).toBe(false);
    expect(executesProcedure({ id: 'trung-tam', kind: 'centre' }, provinceLevel)).toBe(true);
  });

  it('gives a department the procedures it or one of its units is named for', () => {
    expect(executesProcedure({ id: 'so-xay-dung', kind: 'department' }, provinceLevel)).toBe(true);
    expect(executesProcedure({ id: 'so-tai-chinh', kind: 'department' }, provinceLevel)).toBe(false);
    expect(executesProcedure({ id: 'so-tai-chinh', kind: 'department' }, provinceLevel, ['so-xay-dung'])).toBe(true);
  });
});

describe('unitIdsByParent', () => {
  it("lists each agency's units", () => {
    const units = unitIdsByParent([
      { id: 'so-xay-dung', parentId: null },
      { id: 'chi-cuc-giam-dinh', parentId: 'so-xay-dung' },
      { id: 'ban-quan-ly', parentId: 'so-xay-dung' },
    ]);
    expect(units.get('so-xay-dung')).toEqual(['chi-cuc-giam-dinh', 'ban-quan-ly']);
    expect(units.get('ban-quan-ly')).toBeUndefined();
  });
});
