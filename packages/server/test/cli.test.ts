import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd, serve } from './support/cli-process.js';
import { openTestDb, type TestDb, tempDir } from './support/databases.js';
import { dossierBatch, TEST_DOSSIERS, verifierOf } from './support/national-items.js';

// The commands as an operator runs them, on a PostgreSQL database of their own (DATABASE_URL).
describe('hcc-server commands', () => {
  let database: TestDb;
  let env: Record<string, string>;
  const files = tempDir('hcc-cli-files-');
  beforeAll(async () => {
    database = await openTestDb('postgres');
    env = { DATABASE_URL: database.url as string, HCC_VERIFIER_KEY: 'cli-test-key' };
  });
  afterAll(async () => {
    await database.close();
    files.remove();
  });

  it('prints help for each command', async () => {
    for (const command of ['--help', 'serve --help', 'import --help', 'token --help', 'export --help']) {
      const { code, stdout } = await runToEnd(command.split(' '), env);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: hcc-server/);
    }
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const cases = [
      ['frobnicate'],
      ['serve', '--port', 'abc'],
      ['import', 'catalogue'],
      ['export', 'ratings', '--month', '2026-13'],
    ];
    for (const args of cases) {
      const { code, stderr } = await runToEnd(args, env);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/^hcc-server: /);
    }
  });

  it('migrates an up-to-date database without doing anything', async () => {
    const { code, stdout } = await runToEnd(['migrate'], env);
    expect([code, stdout.trim()]).toEqual([0, 'database is up to date']);
  });

  it('imports a catalogue, reporting added, changed, unchanged and rejected lines', async () => {
    const file = join(files.path, 'catalogue.jsonl');
    const row = {
      code: '9.999001',
      name: 'Thủ tục thử nghiệm nhập danh mục',
      categories: ['Hộ tịch'],
      departments: ['Ủy ban nhân dân cấp xã'],
    };
    writeFileSync(file, `${JSON.stringify(row)}\nnot json\n`);
    const first = await runToEnd(['import', 'catalogue', file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('procedures: 1 added, 0 changed, 0 unchanged, 1 rejected');
    expect(first.stderr).toMatch(/rejected line 2: /);
    writeFileSync(file, `${JSON.stringify({ ...row, name: `${row.name} (sửa đổi)` })}\n`);
    expect((await runToEnd(['import', 'catalogue', file], env)).stdout).toContain('0 added, 1 changed, 0 unchanged');
    expect((await runToEnd(['import', 'catalogue', file], env)).stdout).toContain('0 added, 0 changed, 1 unchanged');
  });

  it("imports the national portal's LayThuTuc packets", async () => {
    const packets = fileURLToPath(new URL('./national/fixtures/lay-thu-tuc.json', import.meta.url));
    const { code, stdout } = await runToEnd(['import', 'catalogue', packets], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^procedures: \d+ added, \d+ changed, \d+ unchanged, \d+ rejected$/m);
    expect(stdout).not.toContain('0 added, 0 changed, 0 unchanged');
  });

  it('imports agencies, changed ones by id, and rejects malformed lines', async () => {
    const file = join(files.path, 'agencies.json');
    const agency = {
      id: 'xa-thu-nghiem',
      identifier: '000.99.99.H56',
      name: 'Ủy ban nhân dân xã Thử Nghiệm',
      kind: 'commune',
      level: 'commune',
      parentId: null,
      validFrom: '2025-07-01',
      validTo: null,
    };
    writeFileSync(file, `[\n${JSON.stringify(agency)},\n{"id": 1}\n]\n`);
    const first = await runToEnd(['import', 'agencies', file], env);
    expect(first.stdout).toContain('agencies: 1 added, 0 changed, 0 unchanged, 1 rejected');
    expect(first.stderr).toMatch(/rejected line 3: /);
  });

  it('creates, lists and revokes ingest tokens; the token alone is on the last line', async () => {
    const created = await runToEnd(['token', 'create', '--name', 'igate', '--agency', '000.75.30.H56'], env);
    const token = created.stdout.trim().split('\n').at(-1);
    expect(token).toMatch(/^hcc_ingest_\S+$/);
    expect((await runToEnd(['token', 'list'], env)).stdout).toMatch(/^igate\t000\.75\.30\.H56\tcreated /m);
    expect((await runToEnd(['token', 'create', '--name', 'igate'], env)).code).not.toBe(0);
    expect((await runToEnd(['token', 'revoke', 'igate'], env)).code).toBe(0);
    expect((await runToEnd(['token', 'list'], env)).stdout).toMatch(/^igate\t.*\trevoked /m);
  });

  it('serves, takes a push, answers a look-up, exports the month, and stops on SIGTERM', async () => {
    const token = (await runToEnd(['token', 'create', '--name', 'serve-test'], env)).stdout.trim().split('\n').at(-1);
    const server = await serve(env);
    const pushed = await fetch(server.base.replace('/api/v1', '/ingest/v1/dossiers'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(dossierBatch([TEST_DOSSIERS.returned])),
    });
    expect(await pushed.json()).toEqual({ accepted: 1, rejected: [] });
    const { code } = TEST_DOSSIERS.returned;
    const lookUp = await fetch(`${server.base}/dossiers/${code}`, {
      headers: { 'X-Verifier': verifierOf(TEST_DOSSIERS.returned) },
    });
    expect(lookUp.status).toBe(200);
    const rated = await fetch(`${server.base}/dossiers/${code}/ratings`, {
      method: 'POST',
      headers: {
        'X-Verifier': verifierOf(TEST_DOSSIERS.returned),
        'Idempotency-Key': 'cli-test-rating',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ overall: 'satisfied' }),
    });
    const month = (await rated.json()).createdAt.slice(0, 7);
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    // As a number of its own: the logs' timestamps are long runs of digits that may hold any four.
    expect(server.stderr()).not.toMatch(new RegExp(`(?<!\\d)${verifierOf(TEST_DOSSIERS.returned)}(?!\\d)`));
    expect(server.stderr()).not.toContain(code);
    const exported = await runToEnd(['export', 'ratings', '--month', month], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('000.75.30.H56');
    expect(JSON.parse(exported.stdout)).toBeTruthy();
  });
});

describe('a first start on an empty machine', () => {
  const dir = tempDir('hcc-first-start-');
  afterAll(() => dir.remove());

  it('creates the embedded database in ./.hcc-data, loads the bundled catalogue and serves at once', async () => {
    const server = await serve({}, [], dir.path);
    try {
      const { items } = await (await fetch(`${server.base}/procedures?q=khai%20sinh&pageSize=1`)).json();
      expect(items[0].code).toBe('1.001193');
    } finally {
      server.child.kill('SIGINT');
      await server.exit;
    }
    const restarted = await serve({ HCC_DATA_DIR: join(dir.path, '.hcc-data') });
    restarted.child.kill('SIGTERM');
    expect(await restarted.exit).toBe(0);
  });
});
