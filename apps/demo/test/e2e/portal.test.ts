import { describe, expect, inject, it } from 'vitest';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

describe('the commune portal', () => {
  it('renders the three widgets the way a webmaster embedded them', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'index.html');
    for (const tag of ['hcc-procedure-finder', 'hcc-dossier-tracker', 'hcc-satisfaction-survey']) {
      const element = page.locator(tag).first();
      expect(await element.getAttribute('api-base')).toBe('/api/v1');
      await element.locator('h2, [part="title"], button').first().waitFor();
      expect(await element.evaluate((node) => node.shadowRoot?.childElementCount ?? 0)).toBeGreaterThan(0);
    }
    await page.getByRole('heading', { name: 'Tra cứu thủ tục hành chính' }).waitFor();
    await page.getByRole('heading', { name: 'Tra cứu hồ sơ' }).waitFor();
    await page.getByText('Trang này có hữu ích không?').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds birth registration first for "dang ky khai sinh" and opens its detail', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'index.html');
    const finder = page.locator('hcc-procedure-finder');
    await finder.getByLabel('Tìm thủ tục').fill('dang ky khai sinh');
    const firstResult = finder.locator('[part="result"] button').first();
    await firstResult.filter({ hasText: /đăng ký khai sinh/i }).waitFor();
    await firstResult.click();
    const detailTitle = finder.getByRole('heading', { level: 2, name: /đăng ký khai sinh/i });
    await detailTitle.waitFor();
    await finder.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    expect(await finder.getByText('Mã thủ tục: 1.001193').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches every widget to English with the page’s language switch', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'index.html');
    await page.getByRole('heading', { name: 'Tra cứu thủ tục hành chính' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Find an administrative procedure' }).waitFor();
    await page.getByRole('heading', { name: 'Track a dossier' }).waitFor();
    await page.getByText('Was this page useful?').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Administrative procedures of Kinh Bắc Ward',
    );
    await context.close();
  });
});
