import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { installHostileCss } from '../harness/hostile-page.js';
import { $, mount, unmountAll } from '../harness/mount.js';
import { waitFor } from '../harness/wait.js';
import type { TestWidget } from './fixtures/test-widget.js';
import './fixtures/test-widget.js';
import type { HccProcedureFinder } from '../../src/procedure-finder.js';
import '../../src/procedure-finder.js';
import { mockEachTest, mockApiBase } from '../harness/mock.js';

mockEachTest();

/** Chromium's "font size" setting, as a reader sets it in the browser's preferences; waits until the page has it. */
async function setDefaultFontSize(standard: number) {
  await cdp().send('Page.setFontSizes', { fontSizes: { standard, fixed: 13 } } as never);
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.fontSize = 'medium';
  probe.style.fontFamily = 'sans-serif';
  await waitFor(() => getComputedStyle(probe).fontSize === `${standard}px`, { what: 'the new default font size' });
  probe.remove();
}
/** The operating system's light or dark preference, as `prefers-color-scheme` sees it. */
const emulateColorScheme = (value: 'light' | 'dark' | '') =>
  cdp().send('Emulation.setEmulatedMedia', {
    features: value ? [{ name: 'prefers-color-scheme', value }] : [],
  } as never);

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  // Last in, first out: each cleanup finds the page as it was when it was pushed.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  unmountAll();
});

/** The widget's body text size and colours. */
async function looks(markup = '<hcc-test-widget api-base="/api/v1"></hcc-test-widget>', container = {}) {
  const widget = await mount<TestWidget>(markup, container);
  await widget.updateComplete;
  const text = getComputedStyle($(widget, 'p') as HTMLElement);
  return { fontSize: text.fontSize, color: text.color, background: getComputedStyle(widget).backgroundColor };
}

const LIGHT_TEXT = 'rgb(27, 31, 36)';
const DARK_TEXT = 'rgb(233, 237, 242)';

// Chromium may reuse the computed style of an element styled the same way before the font-size setting changed, so
// each case below checks an element that was not styled that way earlier in this file.
describe('the reader’s text size', () => {
  it('follows the browser’s default font size (20 px)', async () => {
    cleanups.push(() => setDefaultFontSize(16));
    await setDefaultFontSize(20);
    expect((await looks()).fontSize).toBe('20px');
  });

  it('follows a 20 px default in the finder on a page with html { font-size: 62.5% } too', async () => {
    cleanups.push(() => setDefaultFontSize(16));
    await setDefaultFontSize(20);
    cleanups.push(installHostileCss());
    const finder = await mount<HccProcedureFinder>(
      `<hcc-procedure-finder api-base="${mockApiBase}"></hcc-procedure-finder>`,
    );
    await waitFor(() => $(finder, '.search-input'));
    expect(getComputedStyle($(finder, '.hint') as HTMLElement).fontSize).toBe(getComputedStyle(finder).fontSize);
    expect(getComputedStyle(finder).fontSize).toBe('20px');
    expect(getComputedStyle($(finder, '.search-input') as HTMLElement).fontSize).toBe('20px');
  });

  it('stays 16 px by default on a page with html { font-size: 62.5% }', async () => {
    cleanups.push(installHostileCss());
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    expect((await looks()).fontSize).toBe('16px');
  });
});

describe('the colour scheme', () => {
  it('stays light in a light page when the system is dark', async () => {
    cleanups.push(() => emulateColorScheme(''));
    await emulateColorScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    expect((await looks()).color).toBe(LIGHT_TEXT);
    expect((await looks('<hcc-test-widget api-base="/api/v1" theme="light"></hcc-test-widget>')).color).toBe(
      LIGHT_TEXT,
    );
  });

  it('follows the system with theme="auto", and is dark with theme="dark" whatever the system', async () => {
    cleanups.push(() => emulateColorScheme(''));
    const auto = '<hcc-test-widget api-base="/api/v1" theme="auto"></hcc-test-widget>';
    const dark = '<hcc-test-widget api-base="/api/v1" theme="dark"></hcc-test-widget>';
    await emulateColorScheme('light');
    expect((await looks(auto)).color).toBe(LIGHT_TEXT);
    expect((await looks(dark)).color).toBe(DARK_TEXT);
    await emulateColorScheme('dark');
    expect((await looks(auto)).color).toBe(DARK_TEXT);
    expect((await looks(dark)).color).toBe(DARK_TEXT);
  });

  it('follows the page’s color-scheme: dark on the element, or light dark inherited from the page', async () => {
    cleanups.push(() => emulateColorScheme(''));
    const style = document.head.appendChild(document.createElement('style'));
    cleanups.push(() => style.remove());
    style.textContent = 'hcc-test-widget.forced { color-scheme: dark } .follows { color-scheme: light dark }';
    await emulateColorScheme('light');
    expect((await looks('<hcc-test-widget api-base="/api/v1" class="forced"></hcc-test-widget>')).color).toBe(
      DARK_TEXT,
    );
    const inherited = '<hcc-test-widget api-base="/api/v1"></hcc-test-widget>';
    expect((await looks(inherited, { class: 'follows' })).color).toBe(LIGHT_TEXT);
    await emulateColorScheme('dark');
    expect((await looks(inherited, { class: 'follows' })).color).toBe(DARK_TEXT);
    // An explicit theme wins over the page's color-scheme.
    expect(
      (await looks('<hcc-test-widget api-base="/api/v1" theme="light"></hcc-test-widget>', { class: 'follows' })).color,
    ).toBe(LIGHT_TEXT);
  });
});

describe('the dark box', () => {
  it('gives the finder room inside its dark background, and none when light', async () => {
    const padding = async (theme: string) => {
      const finder = await mount(
        `<hcc-procedure-finder api-base="${mockApiBase}" theme="${theme}"></hcc-procedure-finder>`,
      );
      await waitFor(() => $(finder, '.search-input'));
      const search = ($(finder, '.search-input') as HTMLElement).getBoundingClientRect();
      return { host: getComputedStyle(finder).paddingLeft, inset: search.left - finder.getBoundingClientRect().left };
    };
    expect(await padding('light')).toEqual({ host: '0px', inset: 0 });
    const dark = await padding('dark');
    expect(dark.host).toBe('16px');
    expect(dark.inset).toBeGreaterThanOrEqual(16);
  });
});
