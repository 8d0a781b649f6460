#!/usr/bin/env node
// Committed so that npm links the command at install time, even in a fresh clone; the program is built into dist/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'hcc-mock-server is not built yet: run `npm run build` at the repository root (or in packages/mock-server, once @hcc/sdk is built), then run the command again.',
  );
  process.exit(1);
}
await import(cli.href);
