import type { Stats } from '@hcc/sdk';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

/** `/stats` as the page's own mock answers it, for the period the page's form shows (the last 12 months at first). */
function statsFromPage(page: Page, extra: Record<string, string> = {}): Promise<Stats> {
  return page.evaluate(async (more) => {
    const field = (name: string) => (document.querySelector(`#filter-${name}`) as HTMLInputElement).value;
    const search = new URLSearchParams({ from: field('from'), to: field('to'), ...more });
    return (await fetch(`/api/v1/stats?${search}`)).json();
  }, extra);
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
      const chart = figure.locator('[role="img"]');
      expect(await chart.count()).toBe(1);
      expect(await chart.getAttribute('aria-labelledby')).toBe(await figure.locator('figcaption').getAttribute('id'));
      expect(
        (await figure.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent())?.length,
      ).toBeGreaterThan(10);
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
    const expected = await statsFromPage(page, { agency: agencyId });
    await page.waitForFunction(
      (value) => document.querySelector('[data-kpi="online"]')?.getAttribute('data-value') === String(value ?? ''),
      expected.rates.online,
    );
    expect((await kpi(page, 'onTime')).value).toBe(String(expected.rates.onTime ?? ''));
    await context.close();
  });

  it('says what failed and offers a retry when the figures cannot be loaded', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html?scenario=offline');
    const status = page.locator('#dashboard-status');
    await status.getByRole('button', { name: 'Thử lại' }).waitFor();
    expect(await status.textContent()).toContain('Không tải được số liệu: không kết nối được máy chủ.');
    const agencies = page.locator('#agency-status');
    await agencies.getByRole('button', { name: 'Thử lại' }).waitFor();
    expect(await agencies.textContent()).toContain('Không tải được danh sách cơ quan');
    await context.close();
  });

  it('counts the last 12 months by default, and marks the month still running', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'dashboard.html');
    await page.locator('#chart-month').waitFor();
    const today = await page.evaluate(() => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
    const [year, month] = today.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
    expect(await page.locator('#filter-from').inputValue()).toBe(first);
    expect(await page.locator('#filter-to').inputValue()).toBe(today);
    const rows = page.locator('#chart-month .bars__row');
    expect(await rows.count()).toBe(12);
    const last = rows.last();
    const monthEnds = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) === today;
    expect(await last.evaluate((row) => row.classList.contains('bars__row--partial'))).toBe(!monthEnds);
    if (!monthEnds) expect(await last.locator('.bars__label').textContent()).toContain('chưa hết tháng');
    expect(await page.locator('#chart-month .bars__row--partial').count()).toBe(monthEnds ? 0 : 1);
    await context.close();
  });

  for (const width of [320, 360]) {
    it(`reflows at ${width} px: no sideways scrolling, chart text at least 12 px`, async () => {
      const { context, page } = await openPage(browser(), { viewport: { width, height: 800 } });
      await gotoDemo(page, demoUrl, 'dashboard.html');
      await page.locator('#chart-month').waitFor();
      for (const summary of await page.locator('figure.chart-figure summary').all()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('.bars__label, .bars__value')].map((text) =>
            Number.parseFloat(getComputedStyle(text).fontSize),
          ),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await context.close();
    });
  }
});
