import { describe, expect, it } from 'vitest';
import {
  CDN_SCRIPT_URL,
  buildEmbedSnippet,
  cleanCssValue,
  escapeAttribute,
} from '../../src/configurator/embed-snippet.js';

describe('buildEmbedSnippet', () => {
  it('writes the one-file script tag, then the element with its attributes in order', () => {
    const snippet = buildEmbedSnippet({
      tag: 'hcc-procedure-finder',
      attributes: [
        ['api-base', '/api/v1'],
        ['agency', 'phuong-kinh-bac'],
      ],
      tokens: [],
    });
    expect(snippet).toBe(
      `<script src="${CDN_SCRIPT_URL}" defer></script>\n<hcc-procedure-finder api-base="/api/v1" agency="phuong-kinh-bac"></hcc-procedure-finder>`,
    );
  });

  it('leaves out attributes with empty values', () => {
    const snippet = buildEmbedSnippet({
      tag: 'hcc-dossier-tracker',
      attributes: [
        ['api-base', '/api/v1'],
        ['lang', ''],
        ['code', '   '],
      ],
      tokens: [],
    });
    expect(snippet).toContain('<hcc-dossier-tracker api-base="/api/v1"></hcc-dossier-tracker>');
    expect(snippet).not.toContain('lang=');
  });

  it('adds a <style> block scoped to the tag only when theme tokens are set', () => {
    const snippet = buildEmbedSnippet({
      tag: 'hcc-satisfaction-survey',
      attributes: [['api-base', '/api/v1']],
      tokens: [
        ['--hcc-color-primary', '#a31515'],
        ['--hcc-radius', '12px'],
      ],
    });
    expect(snippet).toContain(
      '<style>\n  hcc-satisfaction-survey {\n    --hcc-color-primary: #a31515;\n    --hcc-radius: 12px;\n  }\n</style>',
    );
    expect(snippet.indexOf('<style>')).toBeLessThan(snippet.indexOf('<hcc-satisfaction-survey'));
  });

  it('escapes attribute values so a typed value cannot open new markup', () => {
    const snippet = buildEmbedSnippet({
      tag: 'hcc-dossier-tracker',
      attributes: [['code', '"><script>alert(1)</script>']],
      tokens: [],
    });
    expect(snippet).not.toContain('<script>alert');
    expect(snippet).toContain('code="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('uses another script URL when given one', () => {
    const snippet = buildEmbedSnippet(
      { tag: 'hcc-dossier-tracker', attributes: [], tokens: [] },
      '/assets/hcc-widgets.js',
    );
    expect(snippet.startsWith('<script src="/assets/hcc-widgets.js" defer></script>')).toBe(true);
  });
});

describe('escapeAttribute', () => {
  it('escapes &, ", < and >', () => {
    expect(escapeAttribute('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});

describe('cleanCssValue', () => {
  it('drops the characters that could end a declaration, a rule or the style block', () => {
    expect(cleanCssValue('red; } </style><script>')).toBe('red  /stylescript');
  });

  it('keeps quoted font names', () => {
    expect(cleanCssValue("'Times New Roman', serif")).toBe("'Times New Roman', serif");
  });
});
