// The demo against @hcc/server instead of the mock in the browser: starts `hcc-server` on an embedded database in
// apps/demo/.hcc-data, pushes the mock's demo dossiers to it through the ingest API (in the national DongBoHoSoMC
// format, as a one-stop system would), then serves the demo with Vite proxying /api/v1 to it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMockDatabase } from '@hcc/mock-server';
import { createServer } from 'vite';

const bin = fileURLToPath(new URL('../../../packages/server/bin/hcc-server.js', import.meta.url));
const env = { ...process.env, HCC_DATA_DIR: fileURLToPath(new URL('../.hcc-data', import.meta.url)) };
const port = process.env.HCC_SERVER_PORT ?? '4020';

function hccServer(args, stdio = 'inherit') {
  return spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', stdio, 'inherit'] });
}

/** `2025-06-12T09:30:00+07:00` → `20250612093000`, the national date format (already Vietnam time). */
const nationalDate = (dateTime) => (dateTime ? dateTime.slice(0, 19).replace(/[-:T]/g, '') : '');

/** A mock dossier as the one-stop system would push it; the phone ends with the dossier's verifier. */
function toDongBoHoSo(record) {
  return {
    MaHoSo: record.code,
    MaTTHC: record.procedureCode,
    TenTTHC: record.procedureName,
    ChuHoSo: record.applicantName,
    SoDienThoai: `091200${record.verifier}`,
    NgayTiepNhan: nationalDate(record.receivedAt),
    NgayHenTra: `${record.appointmentDate.replace(/-/g, '')}170000`,
    TrangThaiHoSo: String(record.status),
    NgayKetThucXuLy: nationalDate(record.finishedAt),
    NgayTra: nationalDate(record.returnedAt),
    HinhThuc: record.channel === 'online' ? '1' : '0',
    DanhSachHoSoBoSung: record.supplements.map((supplement) => ({
      NgayBoSung: nationalDate(supplement.requestedAt),
      NgayTiepNhanBoSung: nationalDate(supplement.resumedAt),
      NoiDungBoSung: supplement.reason,
    })),
  };
}

const created = hccServer(['token', 'create', '--name', `demo-${Date.now()}`], 'pipe');
let output = '';
created.stdout.on('data', (chunk) => {
  output += chunk;
});
if ((await new Promise((resolve) => created.on('exit', resolve))) !== 0) process.exit(1);
const token = output.trim().split('\n').at(-1);

const server = hccServer(['serve', '--port', port]);
const base = `http://127.0.0.1:${port}`;
for (let ready = false; !ready; ) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  ready = await fetch(`${base}/readyz`).then(
    (response) => response.ok,
    () => false,
  );
}
const db = createMockDatabase();
const dossiers = db.fixtures.map((fixture) => ({ ...db.dossiers.get(fixture.code), verifier: fixture.verifier }));
const pushed = await fetch(`${base}/ingest/v1/dossiers`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ service: 'DongBoHoSoMC', isUpdating: false, data: dossiers.map(toDongBoHoSo) }),
});
console.log(`demo dossiers pushed to hcc-server: ${JSON.stringify(await pushed.json())}`);

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
process.env.VITE_HCC_SERVER = base;
const vite = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
await vite.listen();
vite.printUrls();
console.log(`  API: hcc-server at ${base}/api/v1 (proxied as /api/v1)`);

const stop = async () => {
  await vite.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
