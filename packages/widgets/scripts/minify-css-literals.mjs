import { transform } from 'esbuild';

/**
 * Minifies the CSS inside Lit's css`…` literals with esbuild's own CSS minifier. Bundlers and the CDN build minify
 * the JavaScript around them but leave template text alone, so without this every indent and comment of the styles
 * ships to the browser.
 *
 * A literal may hold `${…}` interpolations (a shared declaration list dropped into a rule). Each becomes a custom
 * property declaration while the CSS is minified, then goes back in its place. A literal that is only a list of
 * declarations (no rule) is minified inside a rule that is removed again.
 */

const LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;
const INTERPOLATION = /\$\{([^}]*)\}/g;

/** @param {string} css the text of one css`…` literal, interpolations included */
export async function minifyCssLiteral(css) {
  const interpolations = [];
  const withSlots = css.replace(INTERPOLATION, (expression) => {
    interpolations.push(expression);
    return `--hcc-slot-${interpolations.length - 1}:0;`;
  });
  const declarationsOnly = !withSlots.includes('{');
  const input = declarationsOnly ? `:host{${withSlots}}` : withSlots;
  const { code } = await transform(input, { loader: 'css', minify: true, logLevel: 'silent' });
  let output = code.trim();
  if (declarationsOnly) output = output.slice(output.indexOf('{') + 1, output.lastIndexOf('}'));
  return output.replace(/--hcc-slot-(\d+):0;?/g, (_slot, index) => interpolations[Number(index)]);
}

/** Rewrites every css`…` literal of a module's source text. */
export async function minifyCssLiterals(source) {
  const literals = [...source.matchAll(LITERAL)];
  let output = source;
  for (const [whole, css] of literals) {
    const minified = `css\`${await minifyCssLiteral(css)}\``;
    output = output.replace(whole, () => minified);
  }
  return output;
}
