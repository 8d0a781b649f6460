import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { tagClient } from '../http/client-id.js';
import { frontDoor } from '../http/front-door.js';
import { internalError, invalidInput, malformedRequest, notFound, problemResponse } from '../http/problems.js';
import { parserProblem, writeRawProblem } from './raw-problem.js';

const API_BASE = '/api/v1';
const EXPOSED_HEADERS = 'Retry-After, Content-Type';
/** Methods `fetch`'s `Request` refuses to carry: the front door answers them without one. */
const UNCARRIED_METHODS = new Set(['TRACE', 'TRACK']);

/** CORS for any page: the standalone mock is for integrators' local pages, which live on other origins. */
function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

/** A `Host` header names a host and an optional port, nothing else (RFC 9110 §7.2); HTTP/1.1 requires one. */
function hostProblem(incoming: IncomingMessage): Response | undefined {
  const host = incoming.headers.host;
  if (host === undefined) {
    return incoming.httpVersion === '1.0'
      ? undefined
      : problemResponse(invalidInput([{ in: 'header', name: 'Host', detail: 'bắt buộc với HTTP/1.1' }]));
  }
  let valid = /^[\w.~!$&'()*+,;=%:[\]-]+$/.test(host);
  try {
    const parsed = new URL(`http://${host}`);
    valid &&= parsed.pathname === '/' && !parsed.username && !parsed.password;
  } catch {
    valid = false;
  }
  return valid ? undefined : problemResponse(invalidInput([{ in: 'header', name: 'Host', detail: 'không hợp lệ' }]));
}

/** The request target as a URL on a fixed origin: the mock never trusts `Host` to build URLs. */
function targetUrl(target: string): URL | undefined {
  if (!target.startsWith('/')) return undefined;
  try {
    return new URL(`http://localhost${target}`);
  } catch {
    return undefined;
  }
}

function toFetchRequest(incoming: IncomingMessage, url: URL, controller: AbortController): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The body streams through: the endpoints count its bytes and stop reading at 64 kB.
  const request = new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  return tagClient(request, incoming.socket.remoteAddress ?? 'unknown');
}

/** What the mock answers a request: the front door's and the endpoints' answers, the same as in MSW. */
async function answer(handlers: RequestHandler[], incoming: IncomingMessage, controller: AbortController) {
  const hostIssue = hostProblem(incoming);
  if (hostIssue) return hostIssue;
  const url = targetUrl(incoming.url ?? '');
  if (!url) return problemResponse(malformedRequest('Đích của yêu cầu phải là một đường dẫn bắt đầu bằng "/".'));
  const method = incoming.method ?? 'GET';
  if (UNCARRIED_METHODS.has(method)) {
    const inApi = url.pathname === API_BASE || url.pathname.startsWith(`${API_BASE}/`);
    const decision = inApi
      ? frontDoor({ method, path: url.pathname.slice(API_BASE.length), headers: new Headers() })
      : undefined;
    if (decision && 'answer' in decision) return decision.answer;
    return problemResponse(notFound('resource', 'Không có tài nguyên này.'));
  }
  return (
    (await getResponse(handlers, toFetchRequest(incoming, url, controller))) ??
    problemResponse(notFound('resource', 'Không có tài nguyên này.'))
  );
}

async function handle(handlers: RequestHandler[], incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const controller = new AbortController();
  outgoing.on('close', () => controller.abort());
  const response = await answer(handlers, incoming, controller);
  // `HttpResponse.error()` (the offline scenario) becomes a dropped connection, as a real network error would.
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { ...corsHeaders(incoming) };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Reading what is left first lets the client read the answer: closing on unread bytes would send it a reset.
  const drained = incoming.complete || (await dropTheRest(incoming));
  if (!drained) headers.connection = 'close';
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

const DRAIN_BYTES = 1024 * 1024;
const DRAIN_MS = 2000;

/**
 * Reads and drops what is left of a body the answer did not need (too large, or not wanted), never keeping it, for
 * at most 1 MB or 2 s. Resolves with whether the body ended; if not, the connection closes after the answer.
 */
function dropTheRest(incoming: IncomingMessage): Promise<boolean> {
  // The stream handed to the endpoints would otherwise keep what arrives.
  incoming.removeAllListeners('data');
  return new Promise((resolve) => {
    let dropped = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      incoming.removeAllListeners('data');
      if (!ended) incoming.pause();
      resolve(ended);
    };
    const timer = setTimeout(() => finish(false), DRAIN_MS);
    incoming.once('end', () => finish(true));
    incoming.once('error', () => finish(false));
    incoming.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DRAIN_BYTES) finish(false);
    });
    incoming.resume();
  });
}

/**
 * A node:http server answering with MSW handlers through `getResponse`, with CORS: every answer, even to a request
 * node:http itself refuses, is a problem document with the right status.
 */
export function createHttpServer(handlers: RequestHandler[]): Server {
  const server = createServer({ requireHostHeader: false }, (incoming, outgoing) => {
    handle(handlers, incoming, outgoing).catch((error: unknown) => {
      console.error('[hcc-mock-server]', error);
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      const body = JSON.stringify(internalError());
      outgoing.writeHead(500, { 'Content-Type': 'application/problem+json', Connection: 'close' });
      outgoing.end(body);
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => writeRawProblem(socket, parserProblem(error)));
  server.on('connect', (_request, socket) =>
    writeRawProblem(socket, malformedRequest('Máy chủ này không làm proxy: CONNECT không được hỗ trợ.')),
  );
  return server;
}
