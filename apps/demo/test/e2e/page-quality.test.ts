import { describe, expect, inject, it } from 'vitest';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

/** Layout shifts the reader did not cause, recorded from the first byte of the page. */
const recordShifts = () => {
  const shifts: number[] = [];
  (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('the demo pages as a phone loads them', () => {
  for (const path of ['index.html', 'try.html', 'dashboard.html', 'configurator.html']) {
    it(`${path} does not move under the reader while it loads (cumulative layout shift under 0.1)`, async () => {
      const { context, page } = await openPage(browser(), { viewport: { width: 412, height: 823 } });
      await context.addInitScript(recordShifts);
      await gotoDemo(page, demoUrl, path);
      // The widgets' first answers (the finder's list, the survey's form) arrive after the page is ready.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
      await context.close();
    });
  }

  it('serves pages and scripts compressed', async () => {
    for (const path of ['index.html', 'src/shell/language.ts']) {
      const response = await fetch(new URL(path, demoUrl), { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
    }
  });
});
