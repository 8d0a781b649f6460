import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const PAGES = ['index.html', 'configurator.html', 'dashboard.html', 'try.html'];
const browser = useChromium();

describe.each(PAGES)('%s', (path) => {
  it('loads without console errors, in Vietnamese', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, path);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations that axe can find', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, path);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('switches to English: <html lang="en"> and translated text, kept on the next visit', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, path);
    const viHeading = await page.locator('h1').first().textContent();
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').first().textContent()).not.toBe(viHeading);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await gotoDemo(page, demoUrl, path);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the demo bar', () => {
  it('keeps the chosen scenario in its links to the other pages', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html?scenario=slow');
    const href = await page.locator('.demo-bar').getByRole('link').first().getAttribute('href');
    expect(href).toBe('./index.html?scenario=slow');
    expect(await page.locator('#demo-scenario').inputValue()).toBe('slow');
    await context.close();
  });

  it('switches the mock scenario only when asked to: choose, then “Áp dụng”', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    await page.locator('#demo-scenario').selectOption('empty');
    expect(new URL(page.url()).searchParams.get('scenario')).toBeNull();
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.waitForURL(/scenario=empty/);
    await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('#fixtures-status').textContent()).toContain('Kịch bản này không có hồ sơ mẫu');
    await context.close();
  });
});
