import ts from 'typescript';

/** Tags whose templates are markup, where a run of whitespace renders as one space. */
const MARKUP_TAGS = new Set(['html', 'svg']);

/** A line break with the indentation around it: the layout of the source, not of the page. */
const LINE_BREAK = /[ \t]*(?:\r?\n)[ \t\r\n]*/g;

/**
 * Collapses each line break of the source's html`…` and svg`…` templates, with the indentation around it, to one
 * space. The browser renders a run of whitespace as one space (the widgets set no `white-space: pre` on template
 * text, and no template puts text inside a `<textarea>` or `<pre>`), so the page looks the same; the bytes of the
 * indentation no longer ship. Only the templates' own text changes: interpolations, strings and other templates are
 * left as they are. Uses TypeScript's parser to find the templates, since they nest.
 *
 * @param {string} source a module's TypeScript source
 * @param {string} [fileName] for the parser
 * @returns {string} the source with the templates' whitespace collapsed; the same string when there is nothing to do
 */
export function collapseHtmlWhitespace(source, fileName = 'module.ts') {
  if (!/\b(?:html|svg)`/.test(source)) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** Spans of template text to rewrite: [start, end) in the source, between the template's delimiters. */
  const spans = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && MARKUP_TAGS.has(node.tag.text)) {
      spans.push(...textSpans(node.template, file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let output = '';
  let position = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    output += source.slice(position, start) + source.slice(start, end).replace(LINE_BREAK, ' ');
    position = end;
  }
  return output + source.slice(position);
}

/** Where a template's own text lies: inside `…`, `…${, }…${ and }…`. */
function textSpans(template, file) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(file) + 1, template.getEnd() - 1]];
  const spans = [[template.head.getStart(file) + 1, template.head.getEnd() - 2]];
  for (const { literal } of template.templateSpans) {
    const closing = ts.isTemplateTail(literal) ? 1 : 2;
    spans.push([literal.getStart(file) + 1, literal.getEnd() - closing]);
  }
  return spans;
}
