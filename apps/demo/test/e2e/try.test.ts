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
    await page.getByRole('link', { name: `Mở hồ sơ ${first.code} trên cổng thông tin` }).click();
    await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('ma-ho-so')).toBe(first.code);
    expect(await page.locator('hcc-dossier-tracker').getByLabel('Mã hồ sơ').inputValue()).toBe(first.code);
    await context.close();
  });
});

describe('the portal’s rating box', () => {
  it('offers the survey for a finished dossier once the tracker has shown it', async () => {
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
    await context.close();
  });
});
