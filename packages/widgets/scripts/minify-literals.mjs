import { readFile } from 'node:fs/promises';
import { collapseHtmlWhitespace } from './collapse-html-whitespace.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

/**
 * The template text of a widget module, made small for every build: the line breaks and indentation of its html`…`
 * templates collapsed (`collapse-html-whitespace.mjs`), its css`…` literals minified (`minify-css-literals.mjs`).
 * JavaScript minifiers leave template text alone.
 *
 * @param {string} source a module's TypeScript source
 * @param {string} [path] its file, for the parser
 */
export function minifyLiterals(source, path) {
  return minifyCssLiterals(collapseHtmlWhitespace(source, path));
}

/** The widgets' TypeScript sources: the files whose literals every build (and the tests) minify. */
export const WIDGET_SOURCE = /[\\/]widgets[\\/]src[\\/].*\.ts$/;

/**
 * An esbuild plugin that loads each widget source through `rewrite` (nothing by default), then minifies its
 * literals.
 *
 * @param {string} name
 * @param {(source: string) => string} [rewrite]
 */
export function literalsPlugin(name, rewrite = (source) => source) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: WIDGET_SOURCE }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const minified = await minifyLiterals(rewrite(source), path);
        return minified === source ? undefined : { contents: minified, loader: 'ts' };
      });
    },
  };
}

/** The esbuild plugin (used by tsup and the CDN build) for the widgets' TypeScript sources. */
export const minifyLiteralsPlugin = literalsPlugin('hcc-minify-literals');
