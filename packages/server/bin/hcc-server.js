#!/usr/bin/env node
// Committed so that npm links the command at install time; the program itself is built into dist/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('hcc-server is not built: run `npm run build` first (in packages/server or at the repository root).');
  process.exit(1);
}
await import(cli.href);
