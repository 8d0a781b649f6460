import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/api.js';
import { buildCli, type CliRun, runCli, startServer } from './support/cli-process.js';

let cli: string;
const running: CliRun[] = [];
const start = async (args: string[] = []) => {
  const server = await startServer(cli, args);
  running.push(server);
  return server;
};

beforeAll(async () => {
  cli = await buildCli();
}, 60_000);

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGTERM');
    await server.exit;
  }
});

const tempFile = (name: string, content?: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'hcc-mock-')), name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};

// Real processes on a shared machine: generous time limits, and no timing assertion (speed is for benchmarks).
describe('hcc-mock-server', { timeout: 20_000 }, () => {
  it('starts, prints its URL and answers', async () => {
    const server = await start();
    expect(server.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const { status, body } = await call('GET', '/procedures?q=khai%20sinh&pageSize=1', { base: server.base });
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
  });

  it('answers with CORS headers that expose Retry-After', async () => {
    const server = await start(['--scenario', 'rate-limited']);
    const response = await fetch(`${server.base}/fields`, { headers: { Origin: 'https://tiendu.bacninh.gov.vn' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://tiendu.bacninh.gov.vn');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('answers a preflight for the verifier header', async () => {
    const server = await start();
    const response = await fetch(`${server.base}/dossiers/000.00.05.H56-260101-0001`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://a.vn',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-verifier',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('x-verifier');
  });

  it('serves a dossier, 400 and 404 problems over real HTTP', async () => {
    const server = await start();
    const fixtures = JSON.parse((await runFixtures()).stdout);
    const [fixture] = fixtures;
    expect(
      (
        await call('GET', `/dossiers/${fixture.code}`, {
          base: server.base,
          headers: { 'X-Verifier': fixture.verifier },
        })
      ).status,
    ).toBe(200);
    expect((await call('GET', '/procedures?pageSize=0', { base: server.base })).status).toBe(400);
    expect((await call('GET', '/procedures/0.000000', { base: server.base })).status).toBe(404);
  });

  it('exits cleanly on SIGINT', async () => {
    const server = await startServer(cli, []);
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
  });

  it('drops the connection in the offline scenario', async () => {
    const server = await start(['--scenario', 'offline']);
    await expect(fetch(`${server.base}/survey`)).rejects.toThrow();
  });

  it('applies --latency and --error-rate', async () => {
    const server = await start(['--latency', '100', '--error-rate', '1']);
    const started = performance.now();
    const { status } = await call('GET', '/survey', { base: server.base });
    expect(status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('serves the procedures of a --catalog file instead of the bundled ones', async () => {
    const catalog = tempFile(
      'catalog.jsonl',
      [
        {
          code: '9.000001',
          name: 'Cấp giấy phép thử nghiệm',
          categories: ['Thử nghiệm'],
          departments: ['Sở Y tế'],
          type: 'STANDARD',
        },
        {
          code: '9.000002',
          name: 'Đăng ký thử nghiệm cấp xã',
          categories: ['Thử nghiệm'],
          departments: ['Ủy ban nhân dân cấp xã'],
          type: 'STANDARD',
        },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const server = await start(['--catalog', catalog]);
    const { body } = await call('GET', '/procedures', { base: server.base });
    expect(body.items.map((item: { code: string }) => item.code).sort()).toEqual(['9.000001', '9.000002']);
    expect((await call('GET', '/procedures/9.000002', { base: server.base })).body.levels).toEqual(['commune']);
  });

  it('keeps ratings across restarts with --store', async () => {
    const store = tempFile('store.json');
    const fixtures = JSON.parse((await runFixtures()).stdout);
    const fixture = fixtures.find(
      (item: { status: number; traits: string[] }) => item.status === 10 && !item.traits.includes('rated'),
    );
    const rate = (base: string, key: string) =>
      call('POST', `/dossiers/${fixture.code}/ratings`, {
        base,
        headers: { 'X-Verifier': fixture.verifier, 'Idempotency-Key': key },
        body: { overall: 'satisfied' },
      });
    const first = await start(['--store', store]);
    expect((await rate(first.base, 'store-key-0001')).status).toBe(201);
    first.child.kill('SIGTERM');
    await first.exit;
    expect(JSON.parse(readFileSync(store, 'utf8')).ratings).toHaveLength(1);
    const second = await start(['--store', store]);
    expect((await rate(second.base, 'store-key-0002')).status).toBe(409);
  });

  it('prints the fixture dossiers as JSON, one for every status', async () => {
    const { stdout, code } = await runFixtures();
    const fixtures = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(new Set(fixtures.map((fixture: { status: number }) => fixture.status))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    );
    expect(Object.keys(fixtures[0])).toEqual(expect.arrayContaining(['code', 'verifier', 'status', 'procedureCode']));
  });

  it.each([
    [['--port', 'eighty'], /--port must be a port number/],
    [['--error-rate', '2'], /--error-rate must be a number from 0 to 1/],
    [['--scenario', 'chaos'], /--scenario must be one of/],
    [['--colour'], /Unknown option '--colour'/],
  ])('explains a bad flag %j and exits with 2', async (args, message) => {
    const run = runCli(cli, args);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.stderr()).toContain('Usage: hcc-mock-server');
  });

  it('explains an unreadable catalogue and exits with 1', async () => {
    const run = runCli(cli, ['--catalog', '/nonexistent/catalog.jsonl']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/cannot read the catalogue \/nonexistent\/catalog\.jsonl/);
  });

  it('explains a catalogue that is not JSON lines and exits with 1', async () => {
    const run = runCli(cli, ['--catalog', tempFile('bad.jsonl', 'code,name\n1,x\n')]);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/line 1 is not JSON/);
  });
});

async function runFixtures() {
  const run = runCli(cli, ['fixtures']);
  const code = await run.exit;
  return { stdout: run.stdout(), code };
}
