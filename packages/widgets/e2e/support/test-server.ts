import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Answers an API request (a fetch `Request` on `/api/v1/...`) the way the real service would. */
export type ApiHandler = (request: Request) => Promise<Response>;

/** A running test server: static host pages, the CDN file, vendor files of the old CMS, and the API. */
export interface TestServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** The policy the widgets live under: no inline script or style, no eval. */
export const strictContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * A nonce-based policy with `'strict-dynamic'`: only scripts carrying the page's nonce, and what they load, may run;
 * `'self'` no longer counts for scripts, so the widgets' modules load only because the loader's nonce vouches for them.
 */
export function nonceContentSecurityPolicy(nonce: string): string {
  return `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'`;
}

const require = createRequire(import.meta.url);
const widgetsRoot = fileURLToPath(new URL('../../', import.meta.url));

/** `dist/cdn`: the folder a webmaster copies to their server. */
export const cdnFolder = join(widgetsRoot, 'dist/cdn');

/** URL prefix → folder on disk. The CDN file is served exactly as a webmaster would copy it. */
const staticRoots: ReadonlyArray<readonly [prefix: string, folder: string]> = [
  ['/cdn/', cdnFolder],
  ['/vendor/bootstrap/', dirname(dirname(require.resolve('bootstrap/dist/css/bootstrap.min.css')))],
  ['/vendor/jquery/', dirname(require.resolve('jquery/dist/jquery.min.js'))],
  ['/', join(widgetsRoot, 'e2e/pages')],
];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves on 127.0.0.1 at a free port. Anything under `/strict/` is the same file sent with the strict
 * Content-Security-Policy header, and under `/nonce/` with the nonce policy (a fresh nonce per response, in the page's
 * `{{nonce}}` placeholders), so one page is tested with and without a policy. Other placeholders `{{name}}` take the
 * (HTML-escaped) query parameter `name`, so a test can point a page at a fixture dossier or another CDN folder.
 */
export async function startTestServer(api: ApiHandler): Promise<TestServer> {
  const server = createServer((request, response) => {
    route(request, response, api).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function route(request: IncomingMessage, response: ServerResponse, api: ApiHandler): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const { pathname, policy, nonce } = readPolicy(url.pathname);
  const policyHeader: Record<string, string> = policy ? { 'content-security-policy': policy } : {};
  if (nonce) url.searchParams.set('nonce', nonce);

  if (pathname.startsWith('/api/')) {
    await answerApi(request, response, url, api, policyHeader);
    return;
  }
  const file = resolveStaticFile(pathname);
  const body = file ? await readFile(file).catch(() => undefined) : undefined;
  if (!file || !body) {
    response.writeHead(404, { 'content-type': 'text/plain', ...policyHeader }).end('Not found');
    return;
  }
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const content = type.startsWith('text/html') ? fillPlaceholders(body.toString('utf8'), url.searchParams) : body;
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...policyHeader }).end(content);
}

/** The policy a path asks for by its prefix, and the path without it. */
function readPolicy(path: string): { pathname: string; policy?: string; nonce?: string } {
  if (path.startsWith('/strict/')) {
    return { pathname: path.slice('/strict'.length), policy: strictContentSecurityPolicy };
  }
  if (path.startsWith('/nonce/')) {
    const nonce = randomBytes(16).toString('base64');
    return { pathname: path.slice('/nonce'.length), policy: nonceContentSecurityPolicy(nonce), nonce };
  }
  return { pathname: path };
}

function resolveStaticFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  for (const [prefix, folder] of staticRoots) {
    if (!decoded.startsWith(prefix)) continue;
    const file = normalize(join(folder, decoded.slice(prefix.length) || 'index.html'));
    // No escape from the served folder through `..`.
    return file.startsWith(folder + sep) ? file : undefined;
  }
  return undefined;
}

/** What a page's placeholders say when the query leaves them out: the loader, from this server's CDN folder. */
const placeholderDefaults: Record<string, string> = { cdn: 'hcc-widgets', cdnBase: '/cdn' };

function fillPlaceholders(html: string, parameters: URLSearchParams): string {
  return html.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    escapeHtml(parameters.get(name) ?? placeholderDefaults[name] ?? ''),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

async function answerApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  api: ApiHandler,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);
  const answer = await api(new Request(url, { method, headers, body }));
  const answerHeaders: Record<string, string> = { ...extraHeaders };
  answer.headers.forEach((value, name) => {
    answerHeaders[name] = value;
  });
  response.writeHead(answer.status, answerHeaders).end(Buffer.from(await answer.arrayBuffer()));
}
