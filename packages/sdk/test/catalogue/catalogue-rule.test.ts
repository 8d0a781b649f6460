import { describe, expect, it } from 'vitest';
import { audienceOf, classifyDepartment, cleanName, toCatalogueRow } from '../../src/catalogue/index.js';

describe("Bắc Ninh's catalogue rule", () => {
  it.each([
    ['Ủy ban nhân dân cấp xã', [{ level: 'commune' }]],
    ['Công an cấp Xã', [{ level: 'commune' }]],
    ['Sở Tư Pháp', [{ level: 'province', agencyId: 'so-tu-phap' }]],
    ['Thuế tỉnh, thành phố', [{ level: 'province', agencyId: 'thue-tinh' }]],
    ['Sở Nông nghiệp và Môi trường Thành phố Hà Nội', []],
    ['Sở Xây dựng - TP.HCM', []],
    ['Bộ Công an', []],
    ['', []],
  ])('reads "%s" as %j', (department, bodies) => {
    expect(classifyDepartment(department)).toEqual(bodies);
  });

  it('cleans names as citizens read them', () => {
    expect(cleanName('1. Thủ tục hỗ trợ chi phí hỏa táng  trên địa bàn\ntỉnh Bắc Ninh.')).toBe(
      'Thủ tục hỗ trợ chi phí hỏa táng trên địa bàn tỉnh Bắc Ninh',
    );
  });

  it('reads the audience from who may apply', () => {
    expect(audienceOf(['Tổ chức', 'Công dân Việt Nam', 'Doanh nghiệp', ' '])).toEqual([
      'citizen',
      'business',
      'organisation',
    ]);
  });

  it('keeps a national template executed by a commune body, with its level', () => {
    const row = toCatalogueRow({
      code: ' 1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      categories: ['Hộ tịch'],
      departments: ['Ủy ban nhân dân cấp xã'],
      formalityTargetType: ['Công dân Việt Nam'],
      type: 'STANDARD',
    });
    expect(row).toMatchObject({ code: '1.001193', level: ['commune'], agencyIds: [], audience: ['citizen'] });
  });

  it("leaves out ministry-only templates and other provinces' own procedures, unless every row is accepted", () => {
    const ministry = { code: '1.1', name: 'Y', departments: ['Bộ Tài chính'], type: 'STANDARD' };
    const hue = {
      code: '3.1',
      name: 'X',
      departments: ['Sở Y tế'],
      type: 'SPECIFIC',
      departmentPromulgate: 'UBND Huế',
    };
    expect(toCatalogueRow(ministry)).toBeNull();
    expect(toCatalogueRow(hue)).toBeNull();
    expect(toCatalogueRow(ministry, { acceptAll: true })).toMatchObject({
      level: ['province'],
      agencyIds: ['van-phong-ubnd-tinh'],
    });
  });

  it('refuses a row whose code or name is missing or not a text', () => {
    expect(toCatalogueRow({ code: ' ', name: 'A' }, { acceptAll: true })).toBeNull();
    expect(toCatalogueRow({ code: 1, name: 'A' } as never, { acceptAll: true })).toBeNull();
  });
});
