import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

/** Debian's Chromium with the flags from STACK.md: no sandbox, no background traffic, no lookups of outside hosts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
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
