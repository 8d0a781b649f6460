import { describe, expect, it } from 'vitest';
import { toCatalogueRow } from '../src/catalogue/index.js';
import {
  addWorkingDays,
  appointmentDate,
  evaluateTimeliness,
  foldVietnamese,
  isWorkingDay,
  maskPersonName,
  parseDossierCode,
  splitSteps,
  stripStepNumber,
  toVietnamDateTime,
  tokenizeVietnamese,
  workingDaysBetween,
} from '../src/index.js';

// The examples in README.md, so the documentation cannot drift from the code.
describe('README examples', () => {
  it('splits procedure steps', () => {
    const { lead, steps } = splitSteps('Bước 1: Nộp hồ sơ\nBước 2: Nhận kết quả\n- Trực tiếp\n- Qua bưu chính');
    expect(lead).toBe('');
    expect(steps.map((step) => [step.text, step.marker])).toEqual([
      ['Nộp hồ sơ', 'step'],
      ['Nhận kết quả', 'step'],
    ]);
    expect(steps[1]?.steps.map((step) => step.text)).toEqual(['Trực tiếp', 'Qua bưu chính']);
    expect(stripStepNumber('Bước 2: Nộp hồ sơ')).toBe('Nộp hồ sơ');
  });

  it('folds Vietnamese text', () => {
    expect(foldVietnamese('Đăng ký Khai sinh')).toBe('dang ki khai sinh');
    expect(foldVietnamese('đăng kí khai sinh')).toBe('dang ki khai sinh');
    expect(tokenizeVietnamese('Thủ tục cấp Giấy phép lái xe')).toEqual([
      'thu',
      'tuc',
      'cap',
      'giay',
      'phep',
      'lai',
      'xe',
    ]);
  });

  it('parses dossier codes', () => {
    expect(parseDossierCode(' 000.00.14.h56 – 200203 – 0118 ')).toEqual({
      ok: true,
      code: '000.00.14.H56-200203-0118',
      agencyId: '000.00.14.H56',
      receivedOn: '2020-02-03',
      sequence: 118,
    });
    expect(
      parseDossierCode('https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-200203-0118'),
    ).toMatchObject({
      ok: true,
      code: '000.00.14.H56-200203-0118',
    });
    expect(parseDossierCode('000.00.14.H56-250230-0118')).toMatchObject({ ok: false, reason: 'bad-date' });
  });

  it('counts working days around Tết 2026', () => {
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
  });

  it('applies the on-time rules', () => {
    const due = appointmentDate({
      receivedAt: '2025-06-12T16:10:00+07:00',
      processingTime: { value: 3, unit: 'working-day' },
    });
    expect(due).toBe('2025-06-18');
    expect(
      evaluateTimeliness({
        receivedAt: '2025-06-12T16:10:00+07:00',
        appointmentDate: due,
        supplements: [{ requestedAt: '2025-06-13T09:00:00+07:00', resumedAt: '2025-06-17T10:00:00+07:00' }],
        finishedAt: '2025-06-19T15:00:00+07:00',
      }),
    ).toEqual({
      state: 'early',
      workingDaysEarly: 1,
      effectiveDueDate: '2025-06-20',
      supplementCount: 1,
      pausedForSupplement: false,
    });
  });

  it('masks names and writes Vietnam time', () => {
    expect(maskPersonName('Trần Thị Mai')).toBe('Trần T*** M***');
    expect(toVietnamDateTime('2025-06-12T02:30:00Z')).toBe('2025-06-12T09:30:00+07:00');
    expect(toVietnamDateTime('2025-06-12T09:30:00')).toBe('2025-06-12T09:30:00+07:00');
  });

  it("applies Bắc Ninh's catalogue rule", () => {
    const row = toCatalogueRow({
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      departments: ['Ủy ban nhân dân cấp xã'],
      type: 'STANDARD',
    });
    expect(row).toMatchObject({ code: '1.001193', level: ['commune'], agencyIds: [] });
  });
});
