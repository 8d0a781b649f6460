import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, posix } from 'node:path';
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { LEGAL_FILE, legalFile, unlinkLegalNotices } from './legal-notices.mjs';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

/** Chromium, Firefox, Safari of the last two years; keeps the syntax Lit ships, with no polyfills. */
export const cdnTargets = ['chrome111', 'firefox113', 'safari16.4'];

/**
 * terser after esbuild's minifier: it compresses harder (a few hundred bytes less on each page), in the same syntax.
 * `/*! … *\/` comments (where the licence notices are) stay. ASCII only, as esbuild writes: a host that serves the
 * files without `charset=utf-8` must not garble the Vietnamese. A new object each time: terser writes into the
 * options it is given.
 */
export const terserOptions = () => ({
  ecma: 2020,
  compress: { passes: 2 },
  format: { comments: /^!/, ascii_only: true },
});

/** Where esbuild's first pass lives in memory: Rollup reads it from there through {@link fromMemory}. */
const memory = '/hcc-cdn-modules';

/**
 * Builds the widgets' ES modules of `dist/cdn/` in two passes.
 * 1. esbuild bundles each widget with Lit and the SDK inside (template literals minified) and splits the shared code.
 *    It makes one chunk per set of importers, dynamic imports included, so a page with one widget would download
 *    up to ten small files, each compressed on its own (which costs more than the same bytes in fewer files).
 * 2. Rollup regroups those chunks: a chunk that a widget's module always loads anyway joins it, and the modules
 *    import their chunks' chunks directly so the browser fetches them at once. esbuild then minifies each file, and
 *    terser compresses it further.
 * The modules export nothing: a page or the loader imports them to register their element. The licence notices of
 * the code they bundle go to one file of the folder (`legal-notices.mjs`).
 *
 * @param {Record<string, string>} entries output name (`hcc-dossier-tracker.module`) → source file
 * @param {string} outdir the folder to write to (`dist/cdn`)
 * @returns {Promise<Record<string, string[]>>} the chunk files each module imports, by tag (see `chunksByModule`)
 */
export async function buildCdnModules(entries, outdir) {
  const firstPass = await build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: cdnTargets,
    outdir: memory,
    chunkNames: 'chunk-[hash]',
    plugins: [minifyLiteralsPlugin],
    logLevel: 'warning',
  });
  const files = new Map(firstPass.outputFiles.map((file) => [file.path, file.text]));
  const bundle = await rollup({
    input: Object.keys(entries).map((name) => join(memory, `${name}.js`)),
    plugins: [fromMemory(files)],
    // The modules are imported for what they do (register the element), not for exports: keeping exports would
    // leave a small facade file per widget in front of its code.
    preserveEntrySignatures: false,
    onwarn: (warning) => {
      throw new Error(`Rollup: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    // Prefixed, so the files can sit in a shared assets folder beside another build's chunks.
    chunkFileNames: 'hcc-chunk-[hash].js',
  });
  await bundle.close();
  await mkdir(outdir, { recursive: true });
  const notices = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const minified = await transform(chunk.code, { minify: true, target: cdnTargets, legalComments: 'eof' });
    const { code, notices: own } = unlinkLegalNotices(minified.code);
    if (own) notices.push(own);
    const compressed = await minify(code, { ...terserOptions(), module: true });
    await writeFile(join(outdir, chunk.fileName), compressed.code ?? code);
  }
  await writeFile(join(outdir, LEGAL_FILE), legalFile(notices, [await litLicense()]));
  return chunksByModule(output);
}

/**
 * The chunks each module imports (Rollup lists them all in the module itself, its chunks' chunks too), by the
 * module's name without `.module` (`hcc-dossier-tracker`): the loader fetches them at once with the module.
 */
function chunksByModule(output) {
  const entries = output.filter((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  return Object.fromEntries(entries.map((entry) => [entry.name.replace(/\.module$/, ''), entry.imports]));
}

/** Lit's licence (BSD-3-Clause), named by the notices of its packages, which the modules bundle. */
async function litLicense() {
  const lit = dirname(createRequire(import.meta.url).resolve('lit'));
  return {
    name: 'Lit (lit, lit-html, lit-element, @lit/reactive-element)',
    text: await readFile(join(lit, 'LICENSE'), 'utf8'),
  };
}

/** A Rollup plugin that reads modules from esbuild's in-memory output. */
function fromMemory(files) {
  return {
    name: 'hcc-from-memory',
    resolveId(source, importer) {
      const path = importer ? posix.join(dirname(importer), source) : source;
      if (!files.has(path))
        throw new Error(`${source} (from ${importer ? basename(importer) : 'the entries'}) is not built`);
      return path;
    },
    load(path) {
      return files.get(path);
    },
  };
}
