import { readFile } from 'node:fs/promises';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { minifyCssLiteral, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const LITERAL = /\bcss`([^`]*)`/g;
const SOURCES = [
  'shared/theme.styles.ts',
  'shared/state-views.ts',
  'procedure-finder/procedure-finder.styles.ts',
  'dossier-tracker/dossier-tracker.styles.ts',
  'satisfaction-survey/satisfaction-survey.styles.ts',
];

/**
 * Each css literal of a module, parsed: every rule and at-rule with its declared properties, in order, interpolations
 * kept as placeholders. Values are left out: the minifier rightly shortens them (`#ffffff` to `#fff`).
 */
function structureOf(source: string): string[] {
  return [...source.matchAll(LITERAL)].map(([, text = '']) => {
    const withSlots = text.replace(/\$\{([^}]*)\}/g, (_all, name: string) => `--slot-${name.trim()}: 0;`);
    const root = postcss.parse(withSlots.includes('{') ? withSlots : `:host{${withSlots}}`);
    const parts: string[] = [];
    root.walk((node) => {
      if (node.type === 'rule') parts.push(`rule(${node.selectors.length})`);
      if (node.type === 'atrule') parts.push(`@${node.name}`);
      if (node.type === 'decl') parts.push(node.important ? `${node.prop}!` : node.prop);
    });
    return parts.join(' ');
  });
}

describe('minifyCssLiteral', () => {
  it('removes indentation and comments but keeps every rule', async () => {
    const minified = await minifyCssLiteral(`
      /* why: a comment that must not ship */
      :host {
        display: block;
        color: var(--_text);
      }
      .result   > li:focus-visible { outline: 2px solid var(--_focus) !important; }
    `);
    expect(minified).toBe(
      ':host{display:block;color:var(--_text)}.result>li:focus-visible{outline:2px solid var(--_focus)!important}',
    );
  });

  it('minifies a bare list of declarations, as shared palettes are', async () => {
    expect(await minifyCssLiteral('\n  --_primary: var(--hcc-color-primary, #8cb8ff);\n  color-scheme: dark;\n')).toBe(
      '--_primary: var(--hcc-color-primary, #8cb8ff);color-scheme:dark',
    );
  });

  it('puts interpolations back where they were', async () => {
    const minified = await minifyCssLiteral(`
      :host([theme='dark']) {
        \${darkPalette}
      }
      @media (prefers-color-scheme: dark) {
        :host(:not([theme='light'])) { \${darkPalette} }
      }
    `);
    const slot = '$' + '{darkPalette}';
    expect(minified).toBe(
      `:host([theme="dark"]){${slot}}@media(prefers-color-scheme:dark){:host(:not([theme="light"])){${slot}}}`,
    );
  });
});

describe('minifyCssLiterals', () => {
  it('rewrites only css literals, leaving html literals and other code alone', async () => {
    const source = [
      "import { css, html } from 'lit';",
      'export const a = css`\n  :host {\n    display: block;\n  }\n`;',
      'export const view = html`<p>  two  spaces </p>`;',
    ].join('\n');
    const output = await minifyCssLiterals(source);
    expect(output).toContain('css`:host{display:block}`');
    expect(output).toContain('html`<p>  two  spaces </p>`');
  });

  it.each(SOURCES)('keeps every declaration of %s, in order, in less text', async (file) => {
    const source = await readFile(new URL(`../../src/${file}`, import.meta.url), 'utf8');
    const output = await minifyCssLiterals(source);
    const before = structureOf(source);
    expect(before.length).toBeGreaterThan(0);
    expect(structureOf(output)).toEqual(before);
    expect(output.length).toBeLessThan(source.length);
  });
});

describe('minifyLiterals (what every build applies)', () => {
  it('minifies css literals and collapses the line breaks of html templates', async () => {
    const slot = '$' + '{a}';
    const source = `const s = css\`\n  :host {\n    display: block;\n  }\n\`;\nconst v = html\`<p>\n  ${slot}\n</p>\`;`;
    expect(await minifyLiterals(source)).toBe(
      `const s = css\`:host{display:block}\`;\nconst v = html\`<p> ${slot} </p>\`;`,
    );
  });
});
