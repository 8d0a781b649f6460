import { describe, expect, it } from 'vitest';
import { THEME_TOKENS, changedTokens } from '../../src/configurator/theme-tokens.js';

const defaults = (token: (typeof THEME_TOKENS)[number]) => token.defaultValue;

describe('changedTokens', () => {
  it('gives nothing when every control is at the widgets’ default', () => {
    expect(changedTokens(defaults)).toEqual([]);
  });

  it('gives only the tokens that changed, with px added to sizes', () => {
    const changed = changedTokens((token) =>
      token.name === '--hcc-color-primary' ? '#a31515' : token.name === '--hcc-radius' ? '12' : token.defaultValue,
    );
    expect(changed).toEqual([
      ['--hcc-color-primary', '#a31515'],
      ['--hcc-radius', '12px'],
    ]);
  });

  it('treats a colour typed in capitals as the same colour as the default', () => {
    expect(changedTokens((token) => token.defaultValue.toUpperCase())).toEqual([]);
  });

  it('offers only public --hcc-* custom properties', () => {
    for (const token of THEME_TOKENS) expect(token.name).toMatch(/^--hcc-[a-z-]+$/);
  });
});
