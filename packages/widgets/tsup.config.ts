import { defineConfig } from 'tsup';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

/**
 * Two builds from the same sources:
 * - ESM for bundlers: one entry per widget (each registers its element when imported), the index and the React
 *   wrappers, with shared code split into chunks; Lit, @lit/react, React and @hcc/sdk stay external dependencies.
 * - The CDN files: classic scripts (IIFE without a global name) with Lit and the SDK inside, for pages with no
 *   build step and no `type=module`: `hcc-widgets.js` with all three widgets, and one file per widget.
 * Both minify the CSS of the css`…` literals, which no JavaScript minifier touches.
 */
export default defineConfig([
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
    esbuildPlugins: [minifyCssLiteralsPlugin],
    splitting: true,
    treeshake: true,
    sourcemap: true,
    clean: false,
    outDir: 'dist',
  },
  {
    // The one file for all three, and one file per widget for pages that embed only that one.
    entry: {
      'hcc-widgets': 'src/cdn.ts',
      'hcc-procedure-finder': 'src/procedure-finder.ts',
      'hcc-dossier-tracker': 'src/dossier-tracker.ts',
      'hcc-satisfaction-survey': 'src/satisfaction-survey.ts',
    },
    format: ['iife'],
    platform: 'browser',
    // Chromium, Firefox, Safari of the last two years; keeps the syntax Lit ships, with no polyfills.
    target: ['chrome111', 'firefox113', 'safari16.4'],
    minify: true,
    esbuildPlugins: [minifyCssLiteralsPlugin],
    noExternal: [/.*/],
    dts: false,
    sourcemap: false,
    clean: false,
    outDir: 'dist/cdn',
    outExtension: () => ({ js: '.js' }),
  },
]);
