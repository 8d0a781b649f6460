import { literalsPlugin } from './minify-literals.mjs';

/**
 * For the one-file bundle (`hcc-widgets.bundle.js`), which carries every piece anyway: each `import('…')` of a piece
 * (a view, its strings, the English tables, the search engine) becomes a plain import of the same module, wrapped in
 * a resolved promise, so the code around it runs unchanged. Left as `import()`, esbuild would keep each such module
 * in a closure of its own with an object of getters for its exports, and every module it imports too: bytes that in
 * one file only wrap what is already there. The CDN modules and the npm build keep their `import()`s.
 * `typeof import('…')` (a type) is left alone.
 */
const DYNAMIC_IMPORT = /(?<!typeof\s)\bimport\(\s*'(\.{1,2}\/[^']+|@hcc\/sdk\/search)'\s*\)/g;

/** Rewrites the `import('…')`s of one module's source text; returns it unchanged when it has none. */
export function importPiecesStatically(source) {
  const specifiers = [];
  const rewritten = source.replace(DYNAMIC_IMPORT, (_call, specifier) => {
    if (!specifiers.includes(specifier)) specifiers.push(specifier);
    return `Promise.resolve(hccPiece${specifiers.indexOf(specifier)})`;
  });
  if (specifiers.length === 0) return source;
  const imports = specifiers.map((specifier, index) => `import * as hccPiece${index} from '${specifier}';\n`);
  return imports.join('') + rewritten;
}

/** The esbuild plugin of the one-file bundle: pieces imported statically, and template literals minified. */
export const onePiecePlugin = literalsPlugin('hcc-one-file-pieces', importPiecesStatically);
