import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../tools/chromium.mjs';

/** Debian's Chromium with the project's flags (tools/chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
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
