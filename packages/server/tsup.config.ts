import { defineConfig } from 'tsup';

// The library entry gets types; the CLI is what `bin/hcc-server.js` imports. Dependencies stay external.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    sourcemap: true,
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
]);
