import { defineConfig, type Options } from 'tsup';
import { buildCdnModules, cdnTargets, terserOptions } from './scripts/cdn-modules.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { onePiecePlugin } from './scripts/one-file-pieces.mjs';
import { cdnModuleFile, cdnWidgetTags } from './src/cdn-widgets.js';

/** What every file in `dist/cdn/` shares: minified, for browsers, Lit and the SDK inside, no source maps. */
const cdnFile: Options = {
  platform: 'browser',
  target: cdnTargets,
  minify: true,
  esbuildPlugins: [minifyLiteralsPlugin],
  noExternal: [/.*/],
  dts: false,
  sourcemap: false,
  clean: false,
  outDir: 'dist/cdn',
  outExtension: () => ({ js: '.js' }),
};

/** `hcc-dossier-tracker.module` → `src/dossier-tracker.ts`, for each widget the loader knows. */
const widgetModules = Object.fromEntries(
  cdnWidgetTags.map((tag) => [cdnModuleFile(tag).replace(/\.js$/, ''), `src/${tag.replace(/^hcc-/, '')}.ts`]),
);

/**
 * Three builds from the same sources:
 * - ESM for bundlers: one entry per widget (each registers its element when imported), the index and the React
 *   wrappers, with shared code split into chunks; Lit, @lit/react, React and @hcc/sdk stay external dependencies.
 * - `dist/cdn/`, the files a webmaster copies:
 *   - `hcc-widgets.js`, the loader: a tiny classic script that imports only the widgets the page uses, each
 *     module with its chunks at once (it carries their names);
 *   - the widgets' ES modules it imports (`hcc-<widget>.module.js`) with Lit and the SDK inside, their shared code
 *     split into `hcc-chunk-<hash>.js` files that the browser downloads once: built before the loader, by
 *     `scripts/cdn-modules.mjs` (esbuild, then Rollup to group the chunks, then terser);
 *   - `hcc-widgets.bundle.js`: all three in one classic script (IIFE without a global name) for hosts that can
 *     serve only one file; the pieces the modules load only when used are plain imports there
 *     (`scripts/one-file-pieces.mjs`); terser minifies it.
 * All minify the text of the css`…` and html`…` literals (`scripts/minify-literals.mjs`), which no JavaScript minifier
 * touches.
 */
export default defineConfig(
  async (): Promise<Options[]> => [
    {
      entry: {
        index: 'src/index.ts',
        'procedure-finder': 'src/procedure-finder.ts',
        'dossier-tracker': 'src/dossier-tracker.ts',
        'satisfaction-survey': 'src/satisfaction-survey.ts',
        react: 'src/react.ts',
      },
      format: ['esm'],
      platform: 'browser',
      target: 'es2022',
      // Declarations come from tsc (tsconfig.build.json), file by file: bundled ones would lose the widgets'
      // `declare module` augmentations of the shared event map.
      dts: false,
      esbuildPlugins: [minifyLiteralsPlugin],
      splitting: true,
      treeshake: true,
      sourcemap: true,
      clean: false,
      outDir: 'dist',
    },
    {
      ...cdnFile,
      entry: { 'hcc-widgets': 'src/cdn-loader.ts' },
      format: ['iife'],
      // The modules first: the loader carries the names of their chunks, to fetch them at once with the module.
      define: { HCC_CDN_CHUNKS: JSON.stringify(await buildCdnModules(widgetModules, 'dist/cdn')) },
    },
    {
      ...cdnFile,
      entry: { 'hcc-widgets.bundle': 'src/cdn.ts' },
      format: ['iife'],
      esbuildPlugins: [onePiecePlugin],
      minify: 'terser',
      terserOptions: terserOptions(),
    },
  ],
);
