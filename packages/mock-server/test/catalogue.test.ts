import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyDepartment, cleanName, toCatalogueRow } from '@hcc/sdk/catalogue';
import { bundledAgencies, bundledProcedures, parseNationalCatalogue } from '../src/index.js';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe("Bắc Ninh's catalogue rule", () => {
  it('serves 1,802 procedures: 1,703 national templates and the 99 the province published', () => {
    expect(bundledProcedures).toHaveLength(1802);
    expect(bundledProcedures.filter((row) => row.type === 'SPECIFIC')).toHaveLength(99);
  });

  it('serves names as citizens read them: no line breaks, doubled spaces, list numbers or final full stops', () => {
    expect(cleanName('1. Thủ tục hỗ trợ chi phí hỏa táng  trên địa bàn\ntỉnh Bắc Ninh.')).toBe(
      'Thủ tục hỗ trợ chi phí hỏa táng trên địa bàn tỉnh Bắc Ninh',
    );
    expect(cleanName('Cấp phép theo Nghị định 15/2018/NĐ-CP')).toBe('Cấp phép theo Nghị định 15/2018/NĐ-CP');
    expect(bundledProcedures.filter((row) => row.name !== cleanName(row.name))).toEqual([]);
  });

  it('includes the reviewed civil-status procedures whose departments the catalogue leaves blank', () => {
    const byCode = new Map(bundledProcedures.map((row) => [row.code, row]));
    expect(byCode.get('1.000894')).toMatchObject({ name: 'Thủ tục đăng ký kết hôn', level: ['commune'] });
    expect(byCode.get('1.000656')).toMatchObject({ name: 'Thủ tục đăng ký khai tử', level: ['commune'] });
    expect(byCode.get('1.003160')).toMatchObject({ level: ['province'], agencyIds: ['so-tu-phap'] });
    expect(byCode.has('1.000110')).toBe(false); // a border-area variant: Bắc Ninh has no border
  });

  it.each([
    ['Ủy ban nhân dân cấp xã', [{ level: 'commune' }]],
    ['Công an cấp Xã', [{ level: 'commune' }]],
    ['Sở Tư Pháp', [{ level: 'province', agencyId: 'so-tu-phap' }]],
    ['Thuế tỉnh, thành phố', [{ level: 'province', agencyId: 'thue-tinh' }]],
    ['Văn phòng đăng ký đất đai Bắc Ninh', [{ level: 'province', agencyId: 'van-phong-dang-ky-dat-dai' }]],
    ['Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh', [{ level: 'province', agencyId: 'so-nong-nghiep-va-moi-truong' }]],
    ['Sở Nông nghiệp và Môi trường Thành phố Hà Nội', []],
    ['Sở Xây dựng - TP.HCM', []],
    ['Bộ Công an', []],
    ['Cục Hàng không Việt Nam', []],
    ['', []],
  ])('reads "%s" as %j', (department, bodies) => {
    expect(classifyDepartment(department)).toEqual(bodies);
  });

  it("leaves out other provinces' own procedures and ministry-only ones", () => {
    const row = {
      code: '3.000616',
      name: 'X',
      departments: ['Sở Khoa học và Công nghệ'],
      type: 'SPECIFIC',
      departmentPromulgate: 'UBND Thành phố Huế',
    };
    expect(toCatalogueRow(row)).toBeNull();
    expect(toCatalogueRow({ code: '1.1', name: 'Y', departments: ['Bộ Tài chính'], type: 'STANDARD' })).toBeNull();
  });

  it('links every province-level procedure to an agency that exists', () => {
    const ids = new Set(bundledAgencies.map((agency) => agency.id));
    const province = bundledProcedures.filter((row) => row.level.includes('province'));
    expect(province.every((row) => row.agencyIds.length > 0 && row.agencyIds.every((id) => ids.has(id)))).toBe(true);
  });

  it('gives every agency a unique official identifier of the dossier-code kind', () => {
    const identifiers = bundledAgencies.map((agency) => agency.identifier);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    expect(identifiers.every((identifier) => /^\d{3}\.\d{2}\.\d{2}\.H56$/.test(identifier))).toBe(true);
  });
});

describe('GET /procedures', () => {
  it('finds "Thủ tục đăng ký khai sinh" for "dang ky khai sinh"', async () => {
    const { body } = await call('GET', '/procedures?q=dang%20ky%20khai%20sinh');
    expect(body.items[0].name).toBe('Thủ tục đăng ký khai sinh');
    expect(body.items[0].highlights.length).toBeGreaterThan(0);
  });

  it('states the limit the official record gives per case when its channels leave it unstated (birth: 1 working day)', async () => {
    const { body } = await call('GET', '/procedures?q=1.001193');
    expect(body.items[0].processingTime).toEqual({ value: 1, unit: 'working-day' });
    const detail = await call('GET', '/procedures/1.001193');
    expect(detail.body.channels.map((channel: { processingTime: unknown }) => channel.processingTime)).toEqual([
      { value: 1, unit: 'working-day' },
      { value: 1, unit: 'working-day' },
      { value: 1, unit: 'working-day' },
    ]);
  });

  it('finds a procedure by its code', async () => {
    const { body } = await call('GET', '/procedures?q=1.004222');
    expect(body.items[0].code).toBe('1.004222');
  });

  it('lists the whole catalogue by name without q', async () => {
    const { body } = await call('GET', '/procedures?pageSize=3');
    expect(body.total).toBe(bundledProcedures.length);
    const names = body.items.map((item: { name: string }) => item.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('pages through without overlap', async () => {
    const first = await call('GET', '/procedures?page=1&pageSize=10');
    const second = await call('GET', '/procedures?page=2&pageSize=10');
    const codes = [...first.body.items, ...second.body.items].map((item: { code: string }) => item.code);
    expect(new Set(codes).size).toBe(20);
  });

  it('answers an empty page past the end', async () => {
    const { body } = await call('GET', '/procedures?page=1000&pageSize=20');
    expect(body.items).toEqual([]);
    expect(body.total).toBe(bundledProcedures.length);
  });

  it('filters by level, online level, audience and field together', async () => {
    const { body } = await call(
      'GET',
      '/procedures?level=commune&online=full&audience=citizen&field=ho-tich&pageSize=100',
    );
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.levels).toContain('commune');
      expect(item.onlineLevel).toBe('full');
      expect(item.audience).toContain('citizen');
      expect(item.fields).toContain('Hộ tịch');
    }
  });

  it('counts each facet without its own filter', async () => {
    const all = await call('GET', '/procedures?field=ho-tich');
    const commune = await call('GET', '/procedures?field=ho-tich&level=commune');
    expect(commune.body.facets.level).toEqual(all.body.facets.level);
    const communeFacet = all.body.facets.level.find((facet: { value: string }) => facet.value === 'commune');
    expect(commune.body.total).toBe(communeFacet.count);
  });

  it('filters by a commune: the commune-level procedures', async () => {
    const { body } = await call('GET', '/procedures?agency=xa-tien-du&pageSize=500');
    expect(body.total).toBe(bundledProcedures.filter((row) => row.level.includes('commune')).length);
  });

  it('filters by a department, including the units under it', async () => {
    const { body } = await call('GET', '/procedures?agency=so-nong-nghiep-va-moi-truong&pageSize=1');
    const own = bundledProcedures.filter((row) =>
      row.agencyIds.some((id) => id === 'so-nong-nghiep-va-moi-truong' || id === 'van-phong-dang-ky-dat-dai'),
    );
    expect(body.total).toBe(own.length);
  });
});

describe('GET /procedures/{code}', () => {
  it('marks derived details as sample data', async () => {
    const sample = bundledProcedures.find((row) => row.code === '1.000016');
    const { body } = await call('GET', `/procedures/${sample?.code}`);
    expect(body.sampleData).toBe(true);
    expect(body.cases[0].documents.length).toBeGreaterThan(0);
  });

  it('derives the same details every time', async () => {
    const first = await call('GET', '/procedures/1.000016');
    const second = await call('GET', '/procedures/1.000016');
    expect(second.text).toBe(first.text);
  });

  it('answers 404 for an unknown code', async () => {
    const { status, body } = await call('GET', '/procedures/9.999999');
    expect(status).toBe(404);
    expect(body.type).toMatch(/procedure-not-found$/);
  });
});

describe('a catalogue in the national JSON-lines format', () => {
  const line = (code: string, name: string, departments: string[]) =>
    JSON.stringify({
      code,
      name,
      categories: ['Hộ tịch'],
      departments,
      formalityTargetType: ['Công dân Việt Nam'],
      type: 'STANDARD',
    });

  it('keeps every row with a code and a name, without duplicates', () => {
    const rows = parseNationalCatalogue(
      [line(' 9.1', 'A', ['Bộ Tư pháp']), line('9.2', 'B', ['Ủy ban nhân dân cấp xã']), line('9.2', 'B', [])].join(
        '\n',
      ),
    );
    expect(rows.map((row) => [row.code, row.level])).toEqual([
      ['9.1', ['province']],
      ['9.2', ['commune']],
    ]);
  });

  it('names the first line that is not JSON', () => {
    expect(() => parseNationalCatalogue(`${line('9.1', 'A', [])}\n{oops`, 'mine.jsonl')).toThrow(
      'mine.jsonl: line 2 is not JSON',
    );
  });

  it('refuses a file without procedures', () => {
    expect(() => parseNationalCatalogue('\n\n', 'empty.jsonl')).toThrow(/no procedure found/);
  });
});
