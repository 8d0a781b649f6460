import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const mswPackageJson = require.resolve('msw/package.json');

/**
 * Writes MSW's service worker into the public folder with `msw init DIR --no-save` before Vite serves or builds, so the
 * worker always matches the installed msw and is served from the page's own origin (a service worker must be).
 */
export function mockServiceWorker(): Plugin {
  return {
    name: 'hcc-demo:mock-service-worker',
    configResolved(config) {
      const workerFile = join(config.publicDir, 'mockServiceWorker.js');
      if (isCurrent(workerFile)) return;
      const cli = join(dirname(mswPackageJson), 'cli/index.js');
      execFileSync(process.execPath, [cli, 'init', config.publicDir, '--no-save'], { stdio: 'ignore' });
    },
  };
}

/** A worker from another msw version must be replaced: msw refuses to talk to it. */
function isCurrent(workerFile: string): boolean {
  if (!existsSync(workerFile)) return false;
  const { version } = JSON.parse(readFileSync(mswPackageJson, 'utf8')) as { version: string };
  return readFileSync(workerFile, 'utf8').includes(`PACKAGE_VERSION = '${version}'`);
}
