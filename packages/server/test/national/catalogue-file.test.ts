import { deriveDetails, type ProcedureDetail, toCatalogueRow } from '@hcc/sdk/catalogue';
import { describe, expect, it } from 'vitest';
import { parseCatalogueFile } from '../../src/national/index.js';
import { fixtureText } from './support.js';

const packets = () => fixtureText('lay-thu-tuc.json');
const nationalLines = () => fixtureText('national-catalog-sample.jsonl');

describe('parseCatalogueFile: national JSON lines', () => {
  it('gives the procedures the mock serves for the same file: the rule, cleaned codes, derived details', () => {
    const file = parseCatalogueFile(nationalLines());
    expect(file.format).toBe('national-json-lines');
    expect(file.rejected).toEqual([]);
    const byCode = new Map(file.procedures.map((entry) => [entry.row.code, entry]));
    expect([...byCode.keys()]).toEqual(['2.000815', '1.003915', '1.001193', '1.000894', '1.115142', '1.014325']);
    expect(byCode.get('1.000894')?.summary.levels).toEqual(['commune']); // blank departments, reviewed list
    expect(byCode.get('1.003915')?.row.agencyIds).toEqual(['so-tu-phap']);
    expect(byCode.get('1.014325')?.row).toMatchObject({ level: ['province'], agencyIds: ['van-phong-ubnd-tinh'] });
    const birth = byCode.get('1.001193');
    const row = toCatalogueRow(JSON.parse(nationalLines().split('\n')[2] as string), { acceptAll: true });
    expect(birth?.summary).toMatchObject({ code: '1.001193', sampleData: true });
    expect(birth?.detail.channels).toEqual(row && deriveDetails(row).channels);
    expect(birth?.detail.receivingPlaces).toEqual(['Bộ phận Một cửa Ủy ban nhân dân xã, phường']);
  });

  it('uses an official record where one is given, as the mock does with its bundled records', () => {
    const official: ProcedureDetail = {
      code: '1.001193',
      onlineLevel: 'full',
      processingTime: { value: 1, unit: 'working-day' },
      channels: [],
      cases: [],
      steps: [],
      conditions: [],
      legalBasis: [],
      results: ['Giấy khai sinh'],
      executingAgencies: [],
      receivingPlaces: [],
      updatedAt: '2026-07-01',
    };
    const file = parseCatalogueFile(nationalLines(), 'x.jsonl', { officialDetails: new Map([['1.001193', official]]) });
    const birth = file.procedures.find((entry) => entry.row.code === '1.001193');
    expect(birth?.summary).toMatchObject({ onlineLevel: 'full', sampleData: false });
    expect(birth?.detail).toMatchObject({ results: ['Giấy khai sinh'], executingAgencies: ['Ủy ban nhân dân cấp xã'] });
  });

  it('names the line of every refused row, after the source', () => {
    const text = `${nationalLines()}\n{broken\n\n{"code":"9.1"}\n`;
    expect(parseCatalogueFile(text, 'catalogue.jsonl').rejected).toEqual([
      { line: 8, reason: 'catalogue.jsonl: is not JSON (expected one procedure object per line)' },
      { line: 10, reason: 'catalogue.jsonl: has no procedure "code" and "name"' },
    ]);
  });
});

describe('parseCatalogueFile: LayThuTuc packets', () => {
  it('recognises a JSON array of packets and maps every part of the procedure', () => {
    const file = parseCatalogueFile(packets());
    expect(file.format).toBe('lay-thu-tuc');
    expect(file.rejected).toEqual([]);
    const [auction, birth] = file.procedures;
    expect(auction?.summary).toEqual({
      code: '1.003915',
      name: 'Cấp Chứng chỉ hành nghề đấu giá',
      fields: ['Bán đấu giá tài sản'],
      levels: ['province'],
      audience: ['citizen'],
      onlineLevel: 'partial',
      processingTime: { value: 7, unit: 'working-day' },
      sampleData: false,
    });
    expect(auction?.row.agencyIds).toEqual(['so-tu-phap']);
    expect(auction?.detail.channels.map((channel) => channel.channel)).toEqual(['in-person', 'online', 'postal']);
    expect(auction?.detail.channels[0]).toEqual({
      channel: 'in-person',
      processingTime: { value: 7, unit: 'working-day' },
      fees: [{ kind: 'fee', amount: 200_000, description: 'Phí thẩm định cấp Chứng chỉ hành nghề đấu giá' }],
      description: 'Kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
    expect(auction?.detail.cases[0]?.documents[0]).toEqual({
      name: 'Đơn đề nghị cấp Chứng chỉ hành nghề đấu giá',
      originals: 1,
      copies: 0,
      formName: 'Mẫu TP-ĐG-01',
    });
    expect(auction?.detail.cases[0]?.documents[3]).toMatchObject({ originals: 2, copies: 0 });
    expect(auction?.detail).toMatchObject({
      conditions: [
        'Là công dân Việt Nam thường trú tại Việt Nam;',
        'Có bằng tốt nghiệp đại học trở lên;',
        'Có Giấy chứng nhận kết quả tập sự hành nghề đấu giá.',
      ],
      legalBasis: [
        { code: '01/2016/QH14', name: 'Luật Đấu giá tài sản' },
        {
          code: '62/2017/NĐ-CP',
          name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Đấu giá tài sản',
        },
      ],
      results: ['Chứng chỉ hành nghề đấu giá'],
      executingAgencies: ['Sở Tư pháp'],
      receivingPlaces: ['Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh, số 11 đường Lý Thái Tổ, phường Kinh Bắc'],
      onlineSubmissionUrl: expect.stringContaining('ma_thu_tuc=1.003915'),
    });
    expect(auction?.detail.steps).toHaveLength(3);
    expect(birth?.summary).toMatchObject({ levels: ['commune'], processingTime: { value: 1, unit: 'working-day' } });
    expect(birth?.detail.channels[0]).toMatchObject({
      processingTime: { value: 0, unit: 'other', text: 'Ngay trong ngày tiếp nhận hồ sơ' },
      fees: [{ kind: 'charge', amount: 0, description: 'Miễn lệ phí đăng ký khai sinh đúng hạn' }],
    });
    expect(birth?.detail.steps).toEqual([
      { name: 'Nộp trực tiếp', description: 'Nộp hồ sơ tại Bộ phận Một cửa Ủy ban nhân dân cấp xã.' },
      { name: 'Nộp trực tuyến', description: 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia.' },
    ]);
    expect(birth?.detail.results).toEqual(['Giấy khai sinh (bản chính)']);
    expect(birth?.detail.receivingPlaces).toEqual(['Bộ phận Một cửa Ủy ban nhân dân xã, phường']);
  });

  it('recognises one packet saved as it came, over several lines', () => {
    const packet = JSON.stringify((JSON.parse(packets()) as unknown[])[1], null, 2);
    const file = parseCatalogueFile(`\n${packet}\n`);
    expect(file).toMatchObject({ format: 'lay-thu-tuc', rejected: [] });
    expect(file.procedures.map((entry) => entry.row.code)).toEqual(['1.001193']);
  });

  it('recognises packets in JSON lines too', () => {
    const lines = (JSON.parse(packets()) as unknown[]).map((packet) => JSON.stringify(packet)).join('\n');
    const file = parseCatalogueFile(lines);
    expect(file.format).toBe('lay-thu-tuc');
    expect(file.procedures.map((entry) => entry.row.code)).toEqual(['1.003915', '1.001193']);
  });

  it('refuses broken packets with their line and every problem, and keeps the good ones', () => {
    const text = [
      '[',
      '  { "MATTHC": "9.1", "TENTTHC": "Thủ tục A" },',
      '  { "TENTTHC": "Không mã" },',
      '  "text",',
      '  {',
      '    "MATTHC": "9.2", "TENTTHC": "B",',
      '    "CACHTHUCTHUCHIEN": [{ "KENH": "4" }, 7],',
      '    "THANHPHANHOSO": [{ "GIAYTO": [{ "SOBANCHINH": "một" }, { "TENGIAYTO": "Đơn", "SOBANSAO": -1 }] }]',
      '  },',
      '  { "MATTHC": "9.1", "TENTTHC": "Trùng mã" }',
      ']',
    ].join('\n');
    const file = parseCatalogueFile(text, 'packets.json');
    expect(file.procedures.map((entry) => [entry.row.code, entry.row.name])).toEqual([['9.1', 'Thủ tục A']]);
    expect(file.rejected).toEqual([
      { line: 3, reason: 'packets.json: MATTHC is required' },
      { line: 4, reason: 'packets.json: is not a LayThuTuc packet object' },
      {
        line: 5,
        reason:
          'packets.json: CACHTHUCTHUCHIEN[0].KENH must be 1 (counter), 2 (online) or 3 (post); ' +
          'CACHTHUCTHUCHIEN[1] is not an object; THANHPHANHOSO[0].GIAYTO[0].TENGIAYTO is required; ' +
          'THANHPHANHOSO[0].GIAYTO[1].SOBANSAO must be a whole number',
      },
    ]);
  });

  it('tells national catalogue rows given in an array to come as JSON lines', () => {
    const text = `[\n${nationalLines().split('\n')[0]}\n]`;
    expect(parseCatalogueFile(text).rejected).toEqual([
      { line: 2, reason: 'is a national catalogue row: give those as JSON lines, one procedure a line' },
    ]);
  });

  it('names the line where an array stops being JSON', () => {
    expect(parseCatalogueFile('[\n{"MATTHC": "9.1"},\n{oops}\n]').rejected).toEqual([
      { line: 3, reason: expect.stringMatching(/^is not JSON/) },
    ]);
  });
});
