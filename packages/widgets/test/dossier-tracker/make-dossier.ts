import type { Dossier } from '@hcc/sdk';

/** A dossier as the API returns it (the contract's example), with the given fields replaced. */
export function makeDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: '000.00.14.H56-250612-0118',
    status: { code: 4, key: 'processing', label: { vi: 'Đang xử lý', en: 'Being processed' } },
    procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
    agency: {
      id: 'xa-tien-du',
      identifier: '000.31.24.H06',
      name: 'Xã Tiên Du',
      level: 'commune',
      former: false,
      validTo: null,
    },
    channel: 'online',
    applicant: { name: 'Nguyễn V*** A' },
    receivedAt: '2025-06-12T09:30:00+07:00',
    appointmentDate: '2025-06-13',
    finishedAt: null,
    returnedAt: null,
    processingTime: { value: 1, unit: 'working-day' },
    timeliness: {
      state: 'pending',
      workingDaysLeft: 1,
      pausedForSupplement: false,
      supplementCount: 0,
      effectiveDueDate: '2025-06-13',
    },
    supplements: [],
    steps: [
      {
        name: 'Tiếp nhận hồ sơ',
        unit: 'Bộ phận Một cửa',
        state: 'done',
        startedAt: '2025-06-12T09:30:00+07:00',
        finishedAt: '2025-06-12T09:45:00+07:00',
      },
      {
        name: 'Thẩm định',
        unit: 'Công chức Tư pháp - Hộ tịch',
        state: 'current',
        startedAt: '2025-06-12T09:45:00+07:00',
        finishedAt: null,
      },
      { name: 'Trả kết quả', unit: 'Bộ phận Một cửa', state: 'pending', startedAt: null, finishedAt: null },
    ],
    rating: { canRate: false, ratedAt: null },
    ...overrides,
  };
}
