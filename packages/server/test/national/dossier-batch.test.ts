import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashVerifier, InvalidBatchError, parseDossierBatch } from '../../src/national/index.js';
import { fixture, KEY } from './support.js';

type Batch = { service: string; isUpdating: boolean; data: Record<string, unknown>[] };
const batch = () => fixture<Batch>('dong-bo-ho-so.json');
const good = () => batch().data[0] as Record<string, unknown>;
const reasonsFor = (item: Record<string, unknown>, statusMap?: Record<string, number>) => {
  const result = parseDossierBatch([item], { verifierKey: KEY, ...(statusMap ? { statusMap } : {}) });
  expect(result.accepted).toEqual([]);
  return result.rejected[0]?.reasons ?? [];
};

describe('parseDossierBatch: a DongBoHoSoMC push', () => {
  it('accepts the valid items of the sample batch and rejects the broken one with every reason', () => {
    const result = parseDossierBatch(batch(), { verifierKey: KEY });
    expect(result.accepted.map((item) => item.index)).toEqual([0, 1, 2]);
    expect(result.rejected).toEqual([
      {
        index: 3,
        code: '000.75.30.H56-251202-0007',
        reasons: [
          'SoDienThoai: phải có ít nhất 4 chữ số',
          'TrangThaiHoSo: phải là mã trạng thái quốc gia từ 1 đến 10',
          'NgayTiepNhan: không phải ngày giờ có thật',
        ],
      },
    ]);
  });

  it('keeps what the public answer needs, in the contract forms', () => {
    const [first] = parseDossierBatch(batch(), { verifierKey: KEY }).accepted;
    expect(first?.value).toEqual({
      code: '000.75.30.H56-251203-0042',
      procedureCode: '1.001193',
      procedureName: 'Thủ tục đăng ký khai sinh',
      agencyIdentifier: '000.75.30.H56',
      agencyName: 'Ủy ban nhân dân xã Tiên Du',
      applicantMasked: 'Nguyễn V*** A***',
      verifierHash: hashVerifier('5678', KEY),
      status: 4,
      channel: 'online',
      receivedAt: '2025-12-03T09:15:00+07:00',
      appointmentDate: '2025-12-04',
      finishedAt: null,
      returnedAt: null,
      supplements: [],
    });
  });

  it('reads supplement requests without the officers who asked or received them', () => {
    const second = parseDossierBatch(batch(), { verifierKey: KEY }).accepted[1]?.value;
    expect(second).toMatchObject({ status: 10, channel: 'in-person', returnedAt: '2025-12-05T10:05:00+07:00' });
    expect(second?.supplements).toEqual([
      {
        requestedAt: '2025-11-27T09:00:00+07:00',
        suppliedAt: '2025-12-01T08:00:00+07:00',
        reason: 'Bổ sung bản sao Giấy chứng nhận kết quả tập sự hành nghề đấu giá',
        previousAppointmentDate: '2025-12-04',
        newAppointmentDate: '2025-12-05',
      },
    ]);
  });

  it('never keeps the e-mail, fax, phone, full name, free text or officers', () => {
    const stored = JSON.stringify(parseDossierBatch(batch(), { verifierKey: KEY }).accepted);
    for (const secret of [
      'nguyenvanan@example.vn',
      '0912 345 678',
      '5678',
      'Nguyễn Văn An',
      'Nguyễn Minh Khang',
      'Nộp trực tuyến',
      'Lê Quang Huy',
      'Phạm Thu Trang',
      'Đã nhận bản sao',
      'Trả kết quả trực tiếp',
    ]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('takes a bare array as well as the envelope, and ignores unknown fields', () => {
    const item = { ...good(), TruongMoi: { anything: true } };
    const bare = parseDossierBatch([item], { verifierKey: KEY });
    const wrapped = parseDossierBatch(
      { service: 'DongBoHoSoMC', isUpdating: true, data: [item] },
      { verifierKey: KEY },
    );
    expect(bare.accepted).toHaveLength(1);
    expect(wrapped).toEqual(bare);
  });

  it.each([
    ['a number', 42, ''],
    ['null', null, ''],
    ['another service', { service: 'CapNhatTienDoHoSoMC', data: [] }, '/service'],
    ['an envelope without data', { service: 'DongBoHoSoMC' }, '/data'],
    ['isUpdating that is not a boolean', { isUpdating: 'yes', data: [] }, '/isUpdating'],
  ])('refuses %s as a whole batch', (_, body, pointer) => {
    expect(() => parseDossierBatch(body, { verifierKey: KEY })).toThrow(InvalidBatchError);
    try {
      parseDossierBatch(body, { verifierKey: KEY });
    } catch (error) {
      expect((error as InvalidBatchError).pointer).toBe(pointer);
    }
  });

  it('refuses to run without a verifier key or with a broken status map', () => {
    expect(() => parseDossierBatch([], { verifierKey: '' })).toThrow(RangeError);
    expect(() => parseDossierBatch([], { verifierKey: KEY, statusMap: { done: 11 } })).toThrow(
      /not a code from 1 to 10/,
    );
  });

  it('rejects an item that is not an object', () => {
    expect(parseDossierBatch(['x'], { verifierKey: KEY }).rejected).toEqual([
      { index: 0, code: null, reasons: ['phải là đối tượng JSON'] },
    ]);
  });

  it.each([
    ['MaHoSo', undefined, 'MaHoSo: bắt buộc'],
    ['MaHoSo', 'HS-0042', 'MaHoSo: không phải mã hồ sơ (ngắn hơn mã ngắn nhất A.B-yymmdd-nnnn)'],
    ['MaHoSo', '000.75.30.H56/251203/0042', 'MaHoSo: không phải mã hồ sơ dạng ĐƠNVỊ-yymmdd-nnnn'],
    ['MaHoSo', '000.75.30.H56-251303-0042', 'MaHoSo: ngày tiếp nhận trong mã (yymmdd) không phải ngày có thật'],
    ['MaHoSo', 'Mã: 000.75.30.H56-251203-0042', 'MaHoSo: phải chỉ gồm mã hồ sơ, không kèm chữ khác'],
    ['MaHoSo', { code: 1 }, 'MaHoSo: phải là chuỗi'],
    ['MaTTHC', '', 'MaTTHC: bắt buộc'],
    ['TenTTHC', null, 'TenTTHC: bắt buộc'],
    ['TenTTHC', 'x'.repeat(1001), 'TenTTHC: dài tối đa 1000 ký tự'],
    ['DonViXuLy', ['a'], 'DonViXuLy: phải là chuỗi'],
    ['ChuHoSo', 'x'.repeat(201), 'ChuHoSo: dài tối đa 200 ký tự'],
    ['SoDienThoai', '09-1', 'SoDienThoai: phải có ít nhất 4 chữ số'],
    ['TrangThaiHoSo', undefined, 'TrangThaiHoSo: bắt buộc'],
    ['TrangThaiHoSo', 0, 'TrangThaiHoSo: phải là mã trạng thái quốc gia từ 1 đến 10'],
    ['TrangThaiHoSo', 'processing', 'TrangThaiHoSo: phải là mã trạng thái quốc gia từ 1 đến 10'],
    ['HinhThuc', undefined, 'HinhThuc: bắt buộc'],
    ['HinhThuc', '2', 'HinhThuc: phải là 0 (trực tiếp) hoặc 1 (trực tuyến, bưu chính)'],
    ['NgayTiepNhan', undefined, 'NgayTiepNhan: bắt buộc'],
    ['NgayTiepNhan', '2025-12-03 09:15', 'NgayTiepNhan: phải là ngày giờ dạng yyyyMMddHHmmss (giờ Việt Nam)'],
    ['NgayTiepNhan', '20251203246000', 'NgayTiepNhan: không phải ngày giờ có thật'],
    ['NgayTiepNhan', '20311203091500', 'NgayTiepNhan: ngoài các năm 2017–2030 của lịch ngày làm việc'],
    ['NgayHenTra', '', 'NgayHenTra: bắt buộc'],
    ['NgayHenTra', '20251202170000', 'NgayHenTra: trước ngày tiếp nhận (NgayTiepNhan)'],
    ['NgayKetThucXuLy', '20251203080000', 'NgayKetThucXuLy: trước NgayTiepNhan'],
    ['NgayTra', '20250229100000', 'NgayTra: không phải ngày giờ có thật'],
    ['NgayTra', '20251203090000', 'NgayTra: trước NgayTiepNhan'],
    ['DanhSachHoSoBoSung', 'none', 'DanhSachHoSoBoSung: phải là danh sách'],
  ])('rejects %s = %j: "%s"', (field, value, reason) => {
    expect(reasonsFor({ ...good(), [field]: value })).toEqual([reason]);
  });

  it.each([
    [['x'], 'DanhSachHoSoBoSung[0]: phải là đối tượng'],
    [[{}], 'DanhSachHoSoBoSung[0].NgayBoSung: bắt buộc'],
    [
      [{ NgayBoSung: '20251203120000', NgayTiepNhanBoSung: '20251203110000' }],
      'DanhSachHoSoBoSung[0].NgayTiepNhanBoSung: trước NgayBoSung',
    ],
    [[{ NgayBoSung: '20251203080000' }], 'DanhSachHoSoBoSung[0].NgayBoSung: trước NgayTiepNhan'],
    [
      [{ NgayBoSung: '20251203120000', NgayHenTraMoi: '2025-12-05' }],
      'DanhSachHoSoBoSung[0].NgayHenTraMoi: phải là ngày giờ dạng yyyyMMddHHmmss (giờ Việt Nam)',
    ],
  ])('rejects the supplement list %j: "%s"', (list, reason) => {
    expect(reasonsFor({ ...good(), DanhSachHoSoBoSung: list })).toEqual([reason]);
  });

  it('translates statuses through a status map, the precise key first, national codes still accepted', () => {
    const statusMap = { processing: 4, 'processing/waiting-sign': 9, done: 10 };
    const read = (status: unknown) =>
      parseDossierBatch([{ ...good(), TrangThaiHoSo: status }], { verifierKey: KEY, statusMap }).accepted[0]?.value
        .status;
    expect(read('processing')).toBe(4);
    expect(read('processing/waiting-sign')).toBe(9);
    expect(read('processing/other')).toBe(4);
    expect(read('7')).toBe(7);
    expect(reasonsFor({ ...good(), TrangThaiHoSo: 'paying' }, statusMap)).toEqual([
      'TrangThaiHoSo: "paying" không có trong bảng ánh xạ trạng thái và không phải mã từ 1 đến 10',
    ]);
  });

  it('keeps no verifier without a phone and an empty mask without a name', () => {
    const { SoDienThoai: _phone, ChuHoSo: _name, ...item } = good();
    const value = parseDossierBatch([item], { verifierKey: KEY }).accepted[0]?.value;
    expect(value).toMatchObject({ verifierHash: null, applicantMasked: '' });
  });

  it('gives the same result for the same batch sent twice', () => {
    expect(parseDossierBatch(batch(), { verifierKey: KEY })).toEqual(parseDossierBatch(batch(), { verifierKey: KEY }));
  });

  it('never stores a full name or a phone number, whatever they are', () => {
    const word = fc.stringMatching(/^[A-ZĐÂ][a-zàáạảãâầấậẩẫăđêềếệểễôồốộổỗơờớợởỡưừứựửữ]{1,6}$/u);
    const phone = fc.stringMatching(/^0\d{9}$/);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 3 }), phone, (family, given, number) => {
        const name = [family, ...given].join(' ');
        const result = parseDossierBatch([{ ...good(), ChuHoSo: name, SoDienThoai: number }], { verifierKey: KEY });
        const { applicantMasked, verifierHash, ...rest } = result.accepted[0]?.value ?? {};
        expect(applicantMasked?.split(' ')).toEqual([family, ...given.map((part) => `${Array.from(part)[0]}***`)]);
        expect(verifierHash).toBe(hashVerifier(number.slice(-4), KEY));
        expect(JSON.stringify(rest)).not.toContain(number);
        expect(JSON.stringify(rest)).not.toContain(name);
      }),
    );
  });
});
