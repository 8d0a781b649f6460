import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', search: 'src/search/index.ts', catalogue: 'src/catalogue/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
