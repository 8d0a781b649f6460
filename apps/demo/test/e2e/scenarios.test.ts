import { describe, expect, inject, it } from 'vitest';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

describe('?scenario=offline', () => {
  it('shows the finder’s offline state with a way to retry', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'index.html?scenario=offline');
    const finder = page.locator('hcc-procedure-finder');
    await finder.getByText('Không có kết nối mạng').waitFor();
    expect(await finder.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    await context.close();
  });

  it('shows the tracker’s connection failure with a way to retry', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html?scenario=offline');
    await page.locator('.fixture-table tbody tr').first().getByRole('button').first().click();
    const tracker = page.locator('#try-tracker');
    await tracker.getByText('Không kết nối được tới hệ thống').waitFor();
    expect(await tracker.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    await context.close();
  });

  it('keeps page feedback to send when the connection is back', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'index.html?scenario=offline');
    const survey = page.locator('.portal-feedback hcc-satisfaction-survey');
    await survey.getByRole('button', { name: 'Có', exact: true }).click();
    const send = survey.getByRole('button', { name: 'Gửi góp ý' });
    if (await send.isVisible()) await send.click();
    await survey.getByText('sẽ gửi khi có kết nối').first().waitFor();
    await context.close();
  });
});

describe('?scenario=empty', () => {
  it('tells the visitor there are no sample dossiers to try', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html?scenario=empty');
    expect(await page.locator('#fixtures-status').textContent()).toContain('Kịch bản này không có hồ sơ mẫu');
    expect(await page.locator('.fixture-table').count()).toBe(0);
    await context.close();
  });
});
