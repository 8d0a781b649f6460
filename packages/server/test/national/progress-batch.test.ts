import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidBatchError, parseProgressBatch } from '../../src/national/index.js';
import { fixture } from './support.js';

type Batch = { data: Record<string, unknown>[] };
const batch = () => fixture<Batch>('cap-nhat-tien-do.json');
const first = () => batch().data[0] as Record<string, unknown>;
const reasonsFor = (item: Record<string, unknown>) => parseProgressBatch([item]).rejected[0]?.reasons;

describe('parseProgressBatch: a CapNhatTienDoHoSoMC push', () => {
  it('reads the unit and what was done, not the officer, and rejects the broken item', () => {
    const result = parseProgressBatch(batch());
    expect(result.accepted.map((item) => item.value.name)).toEqual(['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ']);
    expect(result.accepted[0]?.value).toMatchObject({
      dossierCode: '000.75.30.H56-251203-0042',
      unit: 'Bộ phận Một cửa',
      handler: null,
      handlerTitle: 'Công chức Văn phòng - Thống kê',
      startedAt: '2025-12-03T09:15:00+07:00',
      finishedAt: '2025-12-03T09:30:00+07:00',
      dueAt: '2025-12-03T11:30:00+07:00',
      statusCode: 2,
    });
    expect(JSON.stringify(result.accepted)).not.toContain('Vũ Thị Hằng');
    expect(result.rejected).toEqual([
      {
        index: 2,
        code: '000.75.30.H56-251203-0042',
        reasons: [
          'NoiDungXuLy: bắt buộc',
          'ThoiDiemXuLy: phải là ngày giờ dạng yyyyMMddHHmmss (giờ Việt Nam)',
          'TrangThai: phải là mã trạng thái quốc gia từ 1 đến 10',
        ],
      },
    ]);
  });

  it('shows the officer only when the province chooses to', () => {
    const [step] = parseProgressBatch(batch(), { showHandlerName: true }).accepted;
    expect(step?.value.handler).toBe('Vũ Thị Hằng');
  });

  it('treats a step without NgayBatDau as started when it was recorded and not yet finished', () => {
    expect(parseProgressBatch(batch()).accepted[1]?.value).toMatchObject({
      startedAt: '2025-12-03T09:30:00+07:00',
      finishedAt: null,
    });
  });

  it('gives a re-sent step the same key, even finished, with another status or officer, or another spelling', () => {
    const key = parseProgressBatch([first()]).accepted[0]?.value.key;
    const again = {
      ...first(),
      MaHoSo: '000.75.30.h56 – 251203 – 0042',
      NoiDungXuLy: ' Tiếp nhận   hồ sơ ',
      ThoiDiemXuLy: '20251203100000',
      TrangThai: 4,
      NguoiXuLy: 'Người khác',
      NgayKetThucTheoQuyDinh: '',
    };
    expect(parseProgressBatch([again], { showHandlerName: true }).accepted[0]?.value.key).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps the key whatever spacing and dashes a re-send uses', () => {
    const key = parseProgressBatch([first()]).accepted[0]?.value.key;
    const space = fc.stringMatching(/^[ \t]{0,3}$/);
    const dash = fc.constantFrom('-', '–', '—', ' - ');
    fc.assert(
      fc.property(space, space, dash, dash, (before, after, dash1, dash2) => {
        const item = {
          ...first(),
          MaHoSo: `${before}000.75.30.H56${dash1}251203${dash2}0042${after}`,
          NoiDungXuLy: `${before}Tiếp nhận${after || ' '}hồ sơ${after}`,
          PhongBanXuLy: `Bộ phận${before || ' '}Một cửa`,
        };
        expect(parseProgressBatch([item]).accepted[0]?.value.key).toBe(key);
      }),
    );
  });

  it('gives different steps different keys', () => {
    const keys = parseProgressBatch(batch()).accepted.map((step) => step.value.key);
    const otherUnit = parseProgressBatch([{ ...first(), PhongBanXuLy: 'Lãnh đạo UBND xã' }]).accepted[0]?.value.key;
    expect(new Set([...keys, otherUnit]).size).toBe(3);
  });

  it('translates TrangThai through the status map', () => {
    const [step] = parseProgressBatch([{ ...first(), TrangThai: 'waiting' }], {
      statusMap: { waiting: 5 },
    }).accepted;
    expect(step?.value.statusCode).toBe(5);
  });

  it.each([
    ['MaHoSo', '', 'MaHoSo: bắt buộc'],
    ['NoiDungXuLy', 7, null],
    ['ThoiDiemXuLy', undefined, 'ThoiDiemXuLy: bắt buộc'],
    ['ThoiDiemXuLy', '20251203090000', 'ThoiDiemXuLy: trước NgayBatDau'],
    ['NgayBatDau', '20251303091500', 'NgayBatDau: không phải ngày giờ có thật'],
    ['NgayKetThucTheoQuyDinh', '20251203080000', 'NgayKetThucTheoQuyDinh: trước NgayBatDau'],
    ['PhongBanXuLy', { ten: 'x' }, 'PhongBanXuLy: phải là chuỗi'],
    ['TrangThai', 11, 'TrangThai: phải là mã trạng thái quốc gia từ 1 đến 10'],
  ])('checks %s = %j', (field, value, reason) => {
    const reasons = reasonsFor({ ...first(), [field]: value });
    if (reason === null) expect(reasons).toBeUndefined();
    else expect(reasons).toEqual([reason]);
  });

  it('takes a bare array or the envelope, and refuses another service', () => {
    expect(parseProgressBatch(batch().data)).toEqual(parseProgressBatch(batch()));
    expect(() => parseProgressBatch({ service: 'DongBoHoSoMC', data: [] })).toThrow(InvalidBatchError);
  });
});
