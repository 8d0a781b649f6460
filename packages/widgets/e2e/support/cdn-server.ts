import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { cdnFolder } from './test-server.js';

/** A CDN on another origin (another port of 127.0.0.1) serving `dist/cdn` as a webmaster would upload it. */
export interface CdnServer {
  /** `http://127.0.0.1:PORT/cdn`: the folder, answered with `Access-Control-Allow-Origin: *`. */
  readonly folder: string;
  /** The same folder on a server that sends no CORS header (`…/without-cors/cdn`). */
  readonly folderWithoutCors: string;
  close(): Promise<void>;
}

/** Serves the files of `dist/cdn` (flat: no sub-folders) on 127.0.0.1 at a free port. */
export async function startCdnServer(): Promise<CdnServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const withoutCors = path.startsWith('/without-cors/');
    const name = basename(path);
    const inFolder = path === `${withoutCors ? '/without-cors' : ''}/cdn/${name}` && name.endsWith('.js');
    const cors: Record<string, string> = withoutCors ? {} : { 'access-control-allow-origin': '*' };
    readFile(join(cdnFolder, name))
      .then((body) => {
        if (!inFolder) throw new Error('not in the CDN folder');
        response
          .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', ...cors })
          .end(body);
      })
      .catch(() => response.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('Not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    folder: `${origin}/cdn`,
    folderWithoutCors: `${origin}/without-cors/cdn`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
