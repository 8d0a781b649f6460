import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { collapseHtmlWhitespace } from '../../scripts/collapse-html-whitespace.mjs';

const sourceFolder = new URL('../../src/', import.meta.url);
const widgetSources = (await readdir(sourceFolder, { recursive: true })).filter((file) => file.endsWith('.ts'));

/** Source text with `#{…}` for the `${…}` of an interpolation (a plain string must not hold one). */
const js = (text: string) => text.replaceAll('#{', '$' + '{');

/** Every run of whitespace as one space: what the browser renders of template text. */
const rendered = (text: string) => text.replace(/\s+/g, ' ');

describe('collapseHtmlWhitespace', () => {
  it('turns each line break of an html template, with its indentation, into one space', () => {
    const source = js('const view = html`<p class="a\n      b">\n    <span>#{label}</span>\n  </p>`;');
    expect(collapseHtmlWhitespace(source)).toBe(js('const view = html`<p class="a b"> <span>#{label}</span> </p>`;'));
  });

  it('reaches templates nested in interpolations, and svg templates', () => {
    const source = js(
      'html`<ul>\n  #{items.map((item) => html`<li>\n    #{item}\n  </li>`)}\n</ul>`; svg`<path\n  d="M0"\n/>`;',
    );
    expect(collapseHtmlWhitespace(source)).toBe(
      js('html`<ul> #{items.map((item) => html`<li> #{item} </li>`)} </ul>`; svg`<path d="M0" />`;'),
    );
  });

  it('leaves css, untagged templates, strings and the code around them alone', () => {
    const source = [
      'const styles = css`\n  :host {\n    display: block;\n  }\n`;',
      'const message = `line one\n  line two`;',
      "const text = 'a\\n  b';",
      'function f() {\n  return 1;\n}',
    ].join('\n');
    expect(collapseHtmlWhitespace(source)).toBe(source);
  });

  it('keeps spaces on one line as they are (they may be meant)', () => {
    expect(collapseHtmlWhitespace('html`<p>a  b</p>`')).toBe('html`<p>a  b</p>`');
  });

  it.each(widgetSources)('changes only the whitespace of %s, never what renders', async (file) => {
    const source = await readFile(new URL(file, sourceFolder), 'utf8');
    const output = collapseHtmlWhitespace(source, file);
    expect(rendered(output)).toBe(rendered(source));
    // Only template text changes: every line of code outside the templates keeps its own line.
    expect(output.split('\n').length).toBeLessThanOrEqual(source.split('\n').length);
    if (/\bhtml`[^`]*\n/.test(source)) expect(output.length).toBeLessThan(source.length);
  });
});
