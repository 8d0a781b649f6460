import { afterEach, describe, expect, it } from 'vitest';
import { installHostileCss } from '../harness/hostile-page.js';
import { tokenStyles } from '../../src/shared/theme.styles.js';
import { $, mount, unmountAll } from '../harness/mount.js';
import type { TestWidget } from './fixtures/test-widget.js';
import './fixtures/test-widget.js';

let removeHostileCss: (() => void) | undefined;
afterEach(() => {
  removeHostileCss?.();
  removeHostileCss = undefined;
  unmountAll();
});

/** The computed styles of the widget's paragraph and button that hostile CSS would change. */
async function looks(markup = '<hcc-test-widget api-base="/api/v1"></hcc-test-widget>') {
  const widget = await mount<TestWidget>(markup);
  const paragraph = getComputedStyle($(widget, 'p') as HTMLElement);
  const button = getComputedStyle($(widget, 'button') as HTMLElement);
  return {
    fontSize: paragraph.fontSize,
    lineHeight: paragraph.lineHeight,
    color: paragraph.color,
    fontFamily: paragraph.fontFamily,
    textTransform: paragraph.textTransform,
    letterSpacing: paragraph.letterSpacing,
    textAlign: paragraph.textAlign,
    buttonBorder: button.borderTopStyle,
    buttonFontSize: button.fontSize,
    buttonHeight: ($(widget, 'button') as HTMLElement).getBoundingClientRect().height,
  };
}

describe('theme and isolation', () => {
  it('uses a 16 px base size', async () => {
    expect((await looks()).fontSize).toBe('16px');
  });

  it('looks the same on a page with Bootstrap-like resets, a 62.5% root size and !important rules', async () => {
    const normal = await looks();
    unmountAll();
    removeHostileCss = installHostileCss();
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    const hostile = await looks();
    expect(hostile).toEqual(normal);
  });

  it('follows --hcc-font-size and --hcc-color-text set by the page', async () => {
    const style = await looks(
      '<hcc-test-widget api-base="/api/v1" style="--hcc-font-size: 20px; --hcc-color-text: rgb(1, 2, 3)"></hcc-test-widget>',
    );
    expect(style.fontSize).toBe('20px');
    expect(style.color).toBe('rgb(1, 2, 3)');
  });

  it('switches to dark colours with theme="dark"', async () => {
    const light = await looks();
    const dark = await looks('<hcc-test-widget api-base="/api/v1" theme="dark"></hcc-test-widget>');
    expect(dark.color).not.toBe(light.color);
  });

  it('uses the same dark palette for theme="dark" and for a reader whose system prefers dark', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tokenStyles.cssText);
    const rules = [...sheet.cssRules];
    const forced = rules.find((rule) => rule instanceof CSSStyleRule && rule.selectorText === ':host([theme="dark"])');
    const preferred = rules
      .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme: dark'))
      .flatMap((rule) => [...(rule as CSSMediaRule).cssRules])[0];
    const palette = (rule: CSSRule | undefined) => {
      const style = (rule as CSSStyleRule).style;
      return ['--_primary', '--_text', '--_background', '--_focus', '--_highlight', 'color-scheme'].map((name) =>
        style.getPropertyValue(name).trim(),
      );
    };
    expect(palette(forced)).toEqual(palette(preferred));
    expect(palette(forced)).toContain('var(--hcc-color-primary, #8cb8ff)');
  });

  it('keeps its styles inside: its buttons do not restyle the page', async () => {
    await mount('<hcc-test-widget api-base="/api/v1"></hcc-test-widget>');
    const pageButton = await mount<HTMLButtonElement>('<button type="button">page</button>');
    expect(getComputedStyle(pageButton).minHeight).not.toBe('2.75em');
    expect(getComputedStyle(pageButton).backgroundColor).not.toBe('rgb(11, 87, 164)');
  });
});
