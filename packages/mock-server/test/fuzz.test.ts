import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliRun, startServer } from './support/cli-process.js';
import { type RawRequest, rawRequests, toWire } from './support/fuzz-requests.js';

const SEED = 20_261_203;
const RUNS = 1200;

let server: CliRun & { base: string };
let port: number;
beforeAll(async () => {
  server = await startServer(await buildCli());
  port = Number(new URL(server.base).port);
}, 60_000);
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exit;
});

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends one request on its own connection and reads the first answer on it. */
function send(request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(toWire(request)));
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer within 15 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no complete answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers.get('content-length') ?? 0);
      const body = Buffer.from(text.slice(end + 4))
        .subarray(0, length)
        .toString('utf8');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('hcc-mock-server under fuzzed requests', () => {
  it(`answers ${RUNS} malformed and odd requests without a 500 or an empty error`, { timeout: 300_000 }, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(rawRequests, async (request) => {
        const answer = await send(request);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status).toBeGreaterThanOrEqual(200);
        expect(answer.status).toBeLessThan(500);
        const bodiless = request.method === 'HEAD' || answer.status === 204;
        if (bodiless) return;
        expect(answer.body.length).toBeGreaterThan(0);
        if (answer.status >= 400) {
          expect(answer.headers.get('content-type')).toBe('application/problem+json');
          const problem = JSON.parse(answer.body);
          expect(problem.status).toBe(answer.status);
          expect(problem.type).toMatch(/^https:\/\/hcc\.example\/problems\//);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The mix reached the endpoints as well as the front door.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 404, 405]));
  });
});
