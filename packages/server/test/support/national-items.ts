/** `2026-11-20T09:15` (Vietnam time) → `20261120091500`, the national date format. */
export const nationalDate = (local: string) => `${local.replace(/[-:T]/g, '').padEnd(14, '0')}`;

export interface TestDossier {
  code: string;
  phone: string;
  status: number;
  procedureCode?: string;
  procedureName?: string;
  received: string;
  appointment: string;
  finished?: string;
  returned?: string;
  online?: boolean;
}

/** A DongBoHoSoMC item as a one-stop system sends it (personal fields included, which the server must drop). */
export function dossierItem(dossier: TestDossier): Record<string, unknown> {
  return {
    MaHoSo: dossier.code,
    MaTTHC: dossier.procedureCode ?? '1.001193',
    TenTTHC: dossier.procedureName ?? 'Thủ tục đăng ký khai sinh',
    ChuHoSo: 'Nguyễn Văn An',
    Email: 'nguyenvanan@example.vn',
    SoDienThoai: dossier.phone,
    TrichYeuHoSo: 'Đăng ký khai sinh cho con',
    NgayTiepNhan: nationalDate(dossier.received),
    NgayHenTra: nationalDate(dossier.appointment),
    TrangThaiHoSo: String(dossier.status),
    NgayTra: dossier.returned ? nationalDate(dossier.returned) : '',
    NgayKetThucXuLy: dossier.finished ? nationalDate(dossier.finished) : '',
    HinhThuc: dossier.online === false ? '0' : '1',
    DonViXuLy: 'Ủy ban nhân dân xã Tiên Du',
    DanhSachHoSoBoSung: [],
  };
}

/** The envelope of a DongBoHoSoMC push. */
export const dossierBatch = (dossiers: TestDossier[]) => ({
  service: 'DongBoHoSoMC',
  isUpdating: false,
  data: dossiers.map(dossierItem),
});

const COMMUNE = '000.75.30.H56';

/**
 * Known dossiers for the tests (the clock is 25 November 2026): received, processing, finished and returned ones,
 * with the verifier that unlocks each (the last four digits of its phone).
 */
export const TEST_DOSSIERS = {
  processing: {
    code: `${COMMUNE}-261120-0001`,
    phone: '0912 345 678',
    status: 4,
    received: '2026-11-20T09:15',
    appointment: '2026-11-27T17:00',
  },
  returned: {
    code: `${COMMUNE}-261110-0002`,
    phone: '0983 217 604',
    status: 10,
    received: '2026-11-10T14:30',
    appointment: '2026-11-17T17:00',
    finished: '2026-11-16T16:00',
    returned: '2026-11-17T10:05',
  },
  finished: {
    code: `${COMMUNE}-261112-0003`,
    phone: '0904 111 222',
    status: 9,
    received: '2026-11-12T08:00',
    appointment: '2026-11-19T17:00',
    finished: '2026-11-18T11:00',
  },
} satisfies Record<string, TestDossier>;

export const verifierOf = (dossier: TestDossier) => dossier.phone.replace(/\D/g, '').slice(-4);
