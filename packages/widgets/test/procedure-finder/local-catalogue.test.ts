import type { ProcedureSummary } from '@hcc/sdk';
import { createProcedureIndex, listProcedures } from '@hcc/sdk/search';
import { describe, expect, it } from 'vitest';
import { buildLocalCatalogue, searchLocally } from '../../src/procedure-finder/local-catalogue.js';

function procedure(code: string, name: string, extra: Partial<ProcedureSummary> = {}): ProcedureSummary {
  return {
    code,
    name,
    fields: ['Hộ tịch'],
    levels: ['commune'],
    audience: ['citizen'],
    onlineLevel: 'full',
    processingTime: { value: 1, unit: 'working-day' },
    sampleData: false,
    ...extra,
  };
}

const catalogue = buildLocalCatalogue(
  [
    procedure('1.001193', 'Thủ tục đăng ký khai sinh'),
    procedure('1.000894', 'Thủ tục đăng ký kết hôn', { onlineLevel: 'partial' }),
    procedure('1.004222', 'Đăng ký thường trú', { fields: ['Đăng ký, quản lý cư trú'], onlineLevel: 'partial' }),
    procedure('2.000001', 'Cấp giấy phép xây dựng', {
      fields: ['Xây dựng'],
      levels: ['province'],
      audience: ['citizen', 'business'],
      onlineLevel: 'none',
    }),
  ],
  [
    { id: 'ho-tich', name: 'Hộ tịch', procedureCount: 2 },
    { id: 'cu-tru', name: 'Đăng ký, quản lý cư trú', procedureCount: 1 },
    { id: 'xay-dung', name: 'Xây dựng', procedureCount: 1 },
  ],
  { createProcedureIndex, listProcedures },
);

describe('searchLocally', () => {
  it('finds "Thủ tục đăng ký khai sinh" first for "dang ky khai sinh", with highlights', () => {
    const result = searchLocally(catalogue, { q: 'dang ky khai sinh' });
    expect(result.items[0]?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(result.items[0]?.highlights?.length).toBeGreaterThan(0);
  });

  it('lists everything by name without a query', () => {
    const result = searchLocally(catalogue, { pageSize: 10 });
    expect(result.total).toBe(4);
    expect(result.items[0]?.name).toBe('Cấp giấy phép xây dựng');
  });

  it('filters by field id and pages the matches', () => {
    const result = searchLocally(catalogue, { field: 'ho-tich', page: 2, pageSize: 1 });
    expect(result.total).toBe(2);
    expect(result.items).toHaveLength(1);
    expect(result.page).toBe(2);
  });

  it('counts each facet over the matches of the other filters', () => {
    const result = searchLocally(catalogue, { online: 'partial' });
    expect(result.total).toBe(2);
    // The online facet ignores its own filter: it still counts every online level.
    expect(result.facets.online.find((facet) => facet.value === 'full')?.count).toBe(1);
    // The field facet counts within "partly online".
    expect(result.facets.field).toEqual([
      { value: 'ho-tich', label: 'Hộ tịch', count: 1 },
      { value: 'cu-tru', label: 'Đăng ký, quản lý cư trú', count: 1 },
    ]);
    expect(result.facets.audience.find((facet) => facet.value === 'business')?.count).toBe(0);
  });
});
