import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { notFound } from '../http/problems.js';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, X-Verifier, Idempotency-Key';
const EXPOSED_HEADERS = 'Retry-After, Content-Type';

/** CORS for any page: the standalone mock is for integrators' local pages, which live on other origins. */
function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

async function toFetchRequest(incoming: IncomingMessage, controller: AbortController): Promise<Request> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const chunks: Buffer[] = [];
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
  });
}

async function handle(handlers: RequestHandler[], incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const cors = corsHeaders(incoming);
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, {
      ...cors,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': incoming.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    outgoing.end();
    return;
  }
  const controller = new AbortController();
  outgoing.on('close', () => controller.abort());
  const response =
    (await getResponse(handlers, await toFetchRequest(incoming, controller))) ??
    Response.json(notFound('resource', 'Không có tài nguyên này.'), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  // `HttpResponse.error()` (the offline scenario) becomes a dropped connection, as a real network error would.
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** A node:http server answering with MSW handlers through `getResponse`, with CORS and preflight. */
export function createHttpServer(handlers: RequestHandler[]): Server {
  return createServer((incoming, outgoing) => {
    handle(handlers, incoming, outgoing).catch((error: unknown) => {
      console.error('[hcc-mock-server]', error);
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'Content-Type': 'application/problem+json' });
      outgoing.end();
    });
  });
}
