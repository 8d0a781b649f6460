import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../tools/workspace-aliases.mjs';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
