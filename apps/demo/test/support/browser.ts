import { afterAll, beforeAll } from 'vitest';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../tools/chromium.mjs';

/** Debian's Chromium with the project's flags (tools/chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * One Chromium for a test file: launched before its tests and closed after them. Returns a getter, as the browser
 * exists only once the tests run.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
    return browser;
  };
}

/** A page in a fresh context (axe needs one from `browser.newContext()`), recording console errors and page errors. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Opens a demo page and waits until its script has started the mock and defined the widgets. */
export async function gotoDemo(page: Page, base: string, path: string): Promise<void> {
  await page.goto(new URL(path, base).href);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
}
