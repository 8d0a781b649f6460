import { defineConfig } from 'tsup';

// The library entries get types; the CLI is an executable (its shebang is kept). Data JSON is bundled in, so the
// browser entry needs no file access; `@hcc/sdk`, msw and openapi-msw stay external dependencies.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
]);
