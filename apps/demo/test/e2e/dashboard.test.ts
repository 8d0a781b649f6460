import type { Stats } from '@hcc/sdk';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

/** `/stats` as the page's own mock answers it. */
function statsFromPage(page: Page, query = ''): Promise<Stats> {
  return page.evaluate(async (search) => (await fetch(`/api/v1/stats${search}`)).json(), query);
}

const vietnameseRate = (value: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

async function kpi(page: Page, name: string) {
  const card = page.locator(`[data-kpi="${name}"]`);
  return { value: await card.getAttribute('data-value'), text: await card.locator('.kpi__value').textContent() };
}

describe('the transparency dashboard', () => {
  it('shows the on-time, online and satisfaction rates of /stats', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html');
    await page.locator('[data-kpi="onTime"]').waitFor();
    const stats = await statsFromPage(page);
    for (const [name, value] of Object.entries(stats.rates)) {
      expect(value).not.toBeNull();
      const shown = await kpi(page, name);
      expect(Number(shown.value)).toBe(value);
      expect(shown.text).toBe(vietnameseRate(value as number));
    }
    await context.close();
  });

  it('has a data table for each chart, with the dossier count of every status', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html');
    const stats = await statsFromPage(page);
    const figures = page.locator('figure.chart-figure');
    expect(await figures.count()).toBe(4);
    for (const figure of await figures.all()) {
      expect(await figure.locator('svg[role="img"] > title').count()).toBe(1);
      expect(await figure.locator('details table').count()).toBe(1);
    }
    const statusTable = page.locator('#chart-status table');
    await page.locator('#chart-status summary').click();
    const rows = await statusTable.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(stats.byStatus.length);
    stats.byStatus.forEach((entry, index) => {
      expect(rows[index]).toContain(entry.status.label.vi);
      expect(rows[index]).toContain(new Intl.NumberFormat('vi-VN').format(entry.count));
    });
    await context.close();
  });

  it('stays free of axe violations with every data table open', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html');
    for (const summary of await page.locator('figure.chart-figure summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('filters by agency: the figures become that agency’s', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html');
    await page.locator('[data-kpi="onTime"]').waitFor();
    const agencyId = 'phuong-kinh-bac';
    await page.locator('#filter-agency').selectOption(agencyId);
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    const expected = await statsFromPage(page, `?agency=${agencyId}`);
    await page.waitForFunction(
      (value) => document.querySelector('[data-kpi="online"]')?.getAttribute('data-value') === String(value ?? ''),
      expected.rates.online,
    );
    expect((await kpi(page, 'onTime')).value).toBe(String(expected.rates.onTime ?? ''));
    await context.close();
  });

  it('offers a retry when the figures cannot be loaded', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html?scenario=offline');
    const status = page.locator('#dashboard-status');
    await status.getByRole('button', { name: 'Thử lại' }).waitFor();
    expect(await status.textContent()).toContain('Không tải được số liệu.');
    await context.close();
  });
});
