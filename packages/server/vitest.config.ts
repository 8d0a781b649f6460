import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../tools/workspace-aliases.mjs';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // PGlite's first start and a real PostgreSQL's initdb take seconds on a shared machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
