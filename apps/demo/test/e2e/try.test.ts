import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { gotoDemo, openPage, useChromium } from '../support/browser.js';

const demoUrl = inject('demoUrl');
const browser = useChromium();

interface ListedDossier {
  code: string;
  verifier: string;
  status: number;
  traits: string;
}

/** The sample dossiers as the try page lists them. */
async function listedDossiers(page: Page): Promise<ListedDossier[]> {
  return page.locator('.fixture-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute('data-code') ?? '',
      verifier: row.querySelector('td code')?.textContent ?? '',
      status: Number(row.getAttribute('data-status')),
      traits: row.querySelector('td:nth-of-type(3)')?.textContent ?? '',
    })),
  );
}

describe('the try-it page', () => {
  it('lists sample dossiers covering all 10 national statuses', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const statuses = new Set((await listedDossiers(page)).map((dossier) => dossier.status));
    expect([...statuses].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await context.close();
  });

  it('tracks a sample dossier: the tracker opens pre-filled and shows its status', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const processing = (await listedDossiers(page)).find((dossier) => dossier.status === 4);
    if (!processing) throw new Error('no dossier being processed among the samples');
    await page.getByRole('button', { name: `Tra cứu hồ sơ ${processing.code}` }).click();
    const tracker = page.locator('#try-tracker');
    await tracker.getByRole('heading', { name: `Hồ sơ ${processing.code}` }).waitFor();
    expect(await tracker.locator('[part~="status"]').textContent()).toContain('Đang xử lý');
    expect(await tracker.getAttribute('verifier')).toBe(processing.verifier);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rates a finished sample dossier and the API records the rating', async () => {
    const { context, page, errors } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const finished = (await listedDossiers(page)).find(
      (dossier) => dossier.status === 10 && !dossier.traits.includes('Đã đánh giá'),
    );
    if (!finished) throw new Error('no returned, unrated dossier among the samples');
    await page.getByRole('button', { name: `Đánh giá hồ sơ ${finished.code}` }).click();
    const survey = page.locator('#try-rating hcc-satisfaction-survey');
    expect(await survey.getAttribute('dossier')).toBe(finished.code);
    await survey.getByRole('radio', { name: 'Hài lòng', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await survey.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
    await survey.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await survey.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    const dossier = await page.evaluate(
      async ({ code, verifier }) =>
        (await fetch(`/api/v1/dossiers/${code}`, { headers: { 'X-Verifier': verifier } })).json(),
      finished,
    );
    expect(dossier.rating.canRate).toBe(false);
    expect(dossier.rating.ratedAt).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links each sample dossier to the portal’s tracker through ?ma-ho-so=', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const [first] = await listedDossiers(page);
    if (!first) throw new Error('no sample dossiers');
    await page.getByRole('link', { name: `Mở trên cổng hồ sơ ${first.code}` }).click();
    await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('ma-ho-so')).toBe(first.code);
    expect(await page.locator('hcc-dossier-tracker').getByLabel('Mã hồ sơ').inputValue()).toBe(first.code);
    await context.close();
  });
});

describe('the try-it page on a phone and by keyboard', () => {
  it('fits a 360 px phone: no sideways scrolling, every button on screen', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await gotoDemo(page, demoUrl, 'try.html');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const offScreen = await page.locator('.fixture-table button, .fixture-table a').evaluateAll(
      (controls) =>
        controls.filter((control) => {
          const box = control.getBoundingClientRect();
          return box.left < 0 || box.right > window.innerWidth || box.width === 0;
        }).length,
    );
    expect(offScreen).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('moves focus to the named heading of the panel a button opens', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    await gotoDemo(page, demoUrl, 'try.html');
    const [first] = await listedDossiers(page);
    if (!first) throw new Error('no sample dossiers');
    const track = page.getByRole('button', { name: `Tra cứu hồ sơ ${first.code}` });
    await track.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'try-track-title');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tra cứu hồ sơ mẫu');
    expect(await page.getByRole('heading', { name: 'Tra cứu hồ sơ mẫu' }).count()).toBe(1);
    await context.close();
  });

  it('says when a dossier was rated instead of showing the form again', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const rated = (await listedDossiers(page)).find((dossier) => dossier.traits.includes('Đã đánh giá'));
    if (!rated) throw new Error('no rated dossier among the samples');
    await page.getByRole('button', { name: `Đánh giá hồ sơ ${rated.code}` }).click();
    const status = page.locator('#try-rate-status');
    await page.waitForFunction(() => document.querySelector('#try-rate-status')?.textContent?.includes('lúc'));
    const dossier = await page.evaluate(
      async ({ code, verifier }) =>
        (await fetch(`/api/v1/dossiers/${code}`, { headers: { 'X-Verifier': verifier } })).json(),
      rated,
    );
    const when = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(dossier.rating.ratedAt));
    expect(await status.textContent()).toContain(`Hồ sơ ${rated.code} đã được đánh giá lúc`);
    expect(await status.textContent()).toContain(when);
    expect(await page.locator('#try-rating hcc-satisfaction-survey').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('try-rate-title');
    await context.close();
  });

  it('offers the rating form for a finished dossier the tracker shows, without asking for its verifier again', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const finished = (await listedDossiers(page)).find(
      (dossier) => dossier.status === 10 && !dossier.traits.includes('Đã đánh giá'),
    );
    if (!finished) throw new Error('no returned, unrated dossier among the samples');
    await page.getByRole('button', { name: `Tra cứu hồ sơ ${finished.code}` }).click();
    const survey = page.locator('#try-rating hcc-satisfaction-survey');
    await survey.getByRole('radio', { name: 'Hài lòng', exact: true }).waitFor();
    expect(await survey.getAttribute('dossier')).toBe(finished.code);
    expect(await survey.locator('[part="verifier-input"]').count()).toBe(0);
    await context.close();
  });
});

describe('the portal’s rating box', () => {
  it('offers the survey for a finished dossier once the tracker has shown it, without asking for the verifier again', async () => {
    const { context, page } = await openPage(browser());
    await gotoDemo(page, demoUrl, 'try.html');
    const finished = (await listedDossiers(page)).find(
      (dossier) => dossier.status === 9 && !dossier.traits.includes('Đã đánh giá'),
    );
    if (!finished) throw new Error('no processed, unrated dossier among the samples');
    await gotoDemo(page, demoUrl, `index.html?ma-ho-so=${finished.code}`);
    const tracker = page.locator('hcc-dossier-tracker');
    await tracker.getByLabel('4 số cuối điện thoại').fill(finished.verifier);
    await tracker.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await tracker.getByRole('heading', { name: `Hồ sơ ${finished.code}` }).waitFor();
    const survey = page.locator('#rating-slot hcc-satisfaction-survey');
    await survey.waitFor();
    expect(await survey.getAttribute('dossier')).toBe(finished.code);
    expect(await page.locator('#rating-hint').isHidden()).toBe(true);
    // The tracker handed over the digits just typed: the survey's form does not ask for them again.
    await survey.getByRole('radio', { name: 'Hài lòng', exact: true }).waitFor();
    expect(await survey.locator('[part="verifier-input"]').count()).toBe(0);
    expect(await survey.getAttribute('verifier')).toBeNull();
    await context.close();
  });
});
