import { describe, expect, it } from 'vitest';
import { createProcedureIndex, listProcedures } from '../../src/search/index.js';
import { summary } from '../client/fixtures.js';

const procedure = summary;

const procedures = [
  procedure('1.001193', 'Thủ tục đăng ký khai sinh'),
  procedure('1.000894', 'Thủ tục đăng ký kết hôn', { onlineLevel: 'partial' }),
  procedure('1.004222', 'Đăng ký thường trú', { fields: ['Đăng ký, quản lý cư trú'], onlineLevel: 'partial' }),
  procedure('2.000001', 'Cấp giấy phép xây dựng', {
    fields: ['Xây dựng'],
    levels: ['province'],
    audience: ['citizen', 'business'],
    onlineLevel: 'none',
  }),
  procedure('1.004884', 'Thủ tục đăng ký lại khai sinh'),
];
const fields = [
  { id: 'ho-tich', name: 'Hộ tịch' },
  { id: 'cu-tru', name: 'Đăng ký, quản lý cư trú' },
  { id: 'xay-dung', name: 'Xây dựng' },
];
const search = createProcedureIndex(procedures);
const popularity = new Map([
  ['1.004222', 120],
  ['1.001193', 300],
  ['1.000894', 120],
  ['1.004884', 500],
]);
const codes = (result: { items: { code: string }[] }) => result.items.map((item) => item.code);

describe('listProcedures', () => {
  it('lists the most requested procedures first without q, ties by name', () => {
    const result = listProcedures(procedures, {}, { fields, search, popularity });
    // "Đăng ký thường trú" and "Thủ tục đăng ký kết hôn" both have 120: Đ comes before T.
    expect(codes(result)).toEqual(['1.004884', '1.001193', '1.004222', '1.000894', '2.000001']);
  });

  it('lists by name when no popularity is known', () => {
    const result = listProcedures(procedures, { sort: 'popular' }, { fields, search });
    expect(result.items.map((item) => item.name)).toEqual([
      'Cấp giấy phép xây dựng',
      'Đăng ký thường trú',
      'Thủ tục đăng ký kết hôn',
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký lại khai sinh',
    ]);
  });

  it('lists in Vietnamese alphabetical order with sort=name, whatever the popularity', () => {
    const names = listProcedures(procedures, { sort: 'name' }, { fields, search, popularity }).items.map(
      (item) => item.name,
    );
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names[0]).toBe('Cấp giấy phép xây dựng');
  });

  it('reads sort=relevance without q as the default order, there being nothing to rank by', () => {
    const relevance = listProcedures(procedures, { sort: 'relevance' }, { fields, search, popularity });
    expect(codes(relevance)).toEqual(codes(listProcedures(procedures, {}, { fields, search, popularity })));
  });

  it('puts the best match first with q, with the words that matched', () => {
    const result = listProcedures(procedures, { q: 'dang ky khai sinh' }, { fields, search, popularity });
    expect(result.items[0]?.code).toBe('1.001193');
    expect(result.items[0]?.highlights?.length).toBeGreaterThan(0);
  });

  it('orders the matches of q by popularity or by name when asked', () => {
    const popular = listProcedures(procedures, { q: 'khai sinh', sort: 'popular' }, { fields, search, popularity });
    expect(codes(popular)).toEqual(['1.004884', '1.001193']);
    const named = listProcedures(procedures, { q: 'khai sinh', sort: 'name' }, { fields, search, popularity });
    expect(codes(named)).toEqual(['1.001193', '1.004884']);
    expect(named.items.every((item) => item.highlights !== undefined)).toBe(true);
  });

  it('gives the same lists when told that the procedures come in name order', () => {
    const collator = new Intl.Collator('vi');
    const sorted = [...procedures].sort((a, b) => collator.compare(a.name, b.name));
    const queries = [{}, { sort: 'name' as const }, { q: 'dang ky', sort: 'name' as const }, { q: 'khai sinh' }];
    for (const query of queries) {
      const told = listProcedures(sorted, query, { fields, search, popularity, inNameOrder: true });
      expect(told).toEqual(listProcedures(sorted, query, { fields, search, popularity }));
    }
    const byName = listProcedures(sorted, { q: 'dang ky', sort: 'name' }, { fields, search, inNameOrder: true });
    expect(byName.items.map((item) => item.code)).toEqual(['1.004222', '1.000894', '1.001193', '1.004884']);
  });

  it('takes a search function as well as an index', () => {
    const result = listProcedures(
      procedures,
      { q: 'anything' },
      { fields, search: () => [{ code: '2.000001', highlights: [{ start: 0, end: 3 }] }] },
    );
    expect(result.items).toEqual([{ ...procedures[3], highlights: [{ start: 0, end: 3 }] }]);
  });

  it('filters by field id and pages the matches', () => {
    const result = listProcedures(procedures, { field: 'ho-tich', page: 2, pageSize: 2 }, { fields, popularity });
    expect(result).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(codes(result)).toEqual(['1.000894']);
  });

  it('counts each facet over the matches of the other filters, fixed lists with their zeros', () => {
    const result = listProcedures(procedures, { online: 'partial' }, { fields });
    expect(result.total).toBe(2);
    expect(result.facets.online).toEqual([
      { value: 'full', label: 'Toàn trình', count: 2 },
      { value: 'partial', label: 'Một phần', count: 2 },
      { value: 'none', label: 'Trực tiếp', count: 1 },
    ]);
    expect(result.facets.field).toEqual([
      { value: 'ho-tich', label: 'Hộ tịch', count: 1 },
      { value: 'cu-tru', label: 'Đăng ký, quản lý cư trú', count: 1 },
    ]);
    expect(result.facets.audience.find((facet) => facet.value === 'business')?.count).toBe(0);
    expect(result.facets.level.map((facet) => facet.value).sort()).toEqual(['commune', 'province']);
  });

  it('answers an empty page past the end, and nothing for q without a search', () => {
    expect(listProcedures(procedures, { page: 9 }, { fields })).toMatchObject({ items: [], total: 5 });
    expect(listProcedures(procedures, { q: 'khai sinh' }, { fields }).total).toBe(0);
  });
});
