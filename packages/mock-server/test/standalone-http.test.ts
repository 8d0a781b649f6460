import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../src/cli/http-adapter.js';
import { createHandlers, createMockDatabase } from '../src/index.js';
import { testClock } from './support/api.js';
import { expectProblem } from './support/problem.js';

// The node:http adapter of `hcc-mock-server`, in this process: what only a real socket can send.
let server: Server;
let port: number;
beforeAll(async () => {
  server = createHttpServer(createHandlers(createMockDatabase({ now: testClock().now })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends raw bytes and returns the whole answer as status, headers and body. */
function raw(text: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
  });
}

const asResponse = ({ status, headers, body }: { status: number; headers: string; body: string }) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': /content-type: ([^\r\n]+)/i.exec(headers)?.[1] ?? '' },
  });

describe('hcc-mock-server answers a problem document to what only a socket can send', () => {
  it.each([
    ['TRACE on a known path', 'TRACE /api/v1/fields HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', 405],
    ['TRACE elsewhere', 'TRACE /nothing HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', 404],
    ['CONNECT', 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', 400],
    ['a missing Host', 'GET /api/v1/fields HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
    ['a Host with a path', 'GET /api/v1/fields HTTP/1.1\r\nHost: a/b\r\nConnection: close\r\n\r\n', 400],
    ['a Host with a space', 'GET /api/v1/fields HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n', 400],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400],
    ['an unknown method', 'FROB /api/v1/fields HTTP/1.1\r\nHost: a\r\n\r\n', 400],
    [
      'a Content-Length that is not a number',
      'POST /api/v1/feedback HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n',
      400,
    ],
    ['an absolute-form target', 'GET http://a/api/v1/fields HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', 400],
    ['headers over 16 kB', `GET /api/v1/fields HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a broken escape', 'GET /api/v1/procedures/%E0%A4%A HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', 400],
  ])('%s', async (_name, text, status) => {
    await expectProblem(asResponse(await raw(text)), status);
  });

  it('answers 405 with Allow over HTTP', async () => {
    const response = await raw('TRACE /api/v1/feedback HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expect(response.headers).toMatch(/\r\nallow: POST, OPTIONS/i);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await raw('HEAD /api/v1/survey HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(200);
    expect(response.headers).toMatch(/content-type: application\/json/i);
    expect(response.body).toBe('');
  });

  it('answers 413 to a declared body over 64 kB and keeps the connection usable', async () => {
    const body = 'x'.repeat(70_000);
    const answer = await raw(
      `POST /api/v1/feedback HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
        'GET /api/v1/survey HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/HTTP\/1\.1 200 OK/);
  });

  it('cuts a 300 MB body at 64 kB: 413, and the rest is never read', async () => {
    const total = 300 * 1024 * 1024;
    let produced = 0;
    const body = new Readable({
      read() {
        produced += 65_536;
        this.push(produced > total ? null : Buffer.alloc(65_536, 32));
      },
    });
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/api/v1/feedback' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.setHeader('Content-Type', 'application/json');
      request.on('error', reject);
      body.pipe(request);
    });
    body.destroy();
    expect(status).toBe(413);
    expect(produced).toBeLessThan(total / 10);
  });

  it('counts failed look-ups per socket address: a second client is not locked by the first', async () => {
    const lookUp = (index: number, localAddress: string) =>
      new Promise<number>((resolve, reject) => {
        const path = `/api/v1/dossiers/000.00.05.H56-260101-${8000 + index}`;
        const request = httpRequest({ port, host: '127.0.0.1', path, localAddress, headers: { 'X-Verifier': '0000' } });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
    for (let index = 0; index < 20; index++) expect(await lookUp(index, '127.0.0.1')).toBe(404);
    expect(await lookUp(20, '127.0.0.1')).toBe(429);
    expect(await lookUp(21, '127.0.0.2')).toBe(404);
  });
});
