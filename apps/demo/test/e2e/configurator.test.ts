import { describe, expect, inject, it } from 'vitest';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

describe('the embed configurator', () => {
  it('starts with the finder’s snippet and preview', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'configurator.html');
    const snippet = await page.locator('#snippet').textContent();
    expect(snippet).toBe(
      '<script src="https://cdn.example/hcc-widgets.js" defer></script>\n<hcc-procedure-finder api-base="/api/v1"></hcc-procedure-finder>',
    );
    expect(await page.locator('#preview > hcc-procedure-finder').getAttribute('api-base')).toBe('/api/v1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the agencies of GET /agencies and the fields of GET /fields', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'configurator.html');
    const [agencies, fields] = await page.evaluate(async () =>
      Promise.all([(await fetch('/api/v1/agencies')).json(), (await fetch('/api/v1/fields')).json()]),
    );
    await page.waitForFunction(() => (document.querySelector('#attr-field') as HTMLSelectElement).options.length > 1);
    expect(await page.locator('#attr-agency option').count()).toBe(agencies.items.length + 1);
    expect(await page.locator('#attr-field option').count()).toBe(fields.items.length + 1);
    await context.close();
  });

  it('changes the snippet and the preview with every input', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'configurator.html');
    await page.waitForFunction(() => (document.querySelector('#attr-agency') as HTMLSelectElement).options.length > 1);
    await page.locator('#attr-agency').selectOption('phuong-kinh-bac');
    await page.locator('#attr-lang').selectOption('en');
    await page.locator('#token-primary').fill('#a31515');
    await page.locator('#token-radius').fill('12');
    const snippet = await page.locator('#snippet').textContent();
    expect(snippet).toContain('--hcc-color-primary: #a31515;');
    expect(snippet).toContain('--hcc-radius: 12px;');
    expect(snippet).toContain(
      '<hcc-procedure-finder api-base="/api/v1" lang="en" agency="phuong-kinh-bac"></hcc-procedure-finder>',
    );
    const preview = page.locator('#preview > hcc-procedure-finder');
    expect(await preview.getAttribute('agency')).toBe('phuong-kinh-bac');
    expect(await preview.getAttribute('lang')).toBe('en');
    expect(await preview.evaluate((element) => getComputedStyle(element).getPropertyValue('--hcc-color-primary'))).toBe(
      '#a31515',
    );
    await context.close();
  });

  it('switches widget: the tracker’s snippet, with only the tracker’s attributes', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'configurator.html');
    await page.getByLabel('Tra cứu hồ sơ').check();
    expect(await page.locator('#attr-agency').isVisible()).toBe(false);
    await page.locator('#attr-code').fill('000.00.14.H56-250612-0118');
    expect(await page.locator('#snippet').textContent()).toContain(
      '<hcc-dossier-tracker api-base="/api/v1" code="000.00.14.H56-250612-0118"></hcc-dossier-tracker>',
    );
    expect(await page.locator('#preview > hcc-dossier-tracker').count()).toBe(1);
    await context.close();
  });

  it('copies the snippet to the clipboard', async () => {
    const { context, page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await gotoDemo(page, demoUrl, 'configurator.html');
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await page.locator('#copy-status').getByText('Đã sao chép đoạn mã.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet').textContent());
    await context.close();
  });
});
