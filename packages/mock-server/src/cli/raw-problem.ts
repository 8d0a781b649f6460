import type { Duplex } from 'node:stream';
import type { Problem } from '@hcc/sdk';
import { headersTooLarge, malformedRequest, requestTimeout } from '../http/problems.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Writes a problem document straight onto a socket and closes it: for requests node:http cannot hand over (a
 * malformed request line or headers, headers too large, `CONNECT`), which would otherwise get an empty answer.
 */
export function writeRawProblem(socket: Duplex, problem: Problem, extraHeaders: Record<string, string> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(problem);
  const headers = {
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...extraHeaders,
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${problem.status} ${REASONS[problem.status] ?? 'Error'}\r\n${head.join('')}\r\n${body}`);
}

/** The problem for a request node:http's parser refused (its `clientError`). */
export function parserProblem(error: NodeJS.ErrnoException): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') return headersTooLarge();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return requestTimeout();
  return malformedRequest('Yêu cầu HTTP không đúng cú pháp.');
}
