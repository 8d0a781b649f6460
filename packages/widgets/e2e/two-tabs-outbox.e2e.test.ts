import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { createMockApi, type MockApi } from './support/mock-api.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/*
 * Two tabs of one origin share the survey's outbox in localStorage. Each tab runs in its own renderer, which sees the
 * other's writes only after the browser passes them on: two tabs that queue at the same moment must not overwrite
 * each other's rating.
 */

const ROUNDS = 3;

let mock: MockApi;
let server: TestServer;
let browser: Browser;
/** `POST /dossiers/{code}/ratings` answers, by dossier code. */
const ratingAnswers = new Map<string, number[]>();

beforeAll(async () => {
  mock = createMockApi();
  server = await startTestServer(async (request) => {
    const response = await mock.handle(request);
    const rated = /\/dossiers\/([^/]+)\/ratings$/.exec(new URL(request.url).pathname);
    if (request.method === 'POST' && rated?.[1]) {
      const code = decodeURIComponent(rated[1]);
      ratingAnswers.set(code, [...(ratingAnswers.get(code) ?? []), response.status]);
    }
    return response;
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Finished dossiers nobody has rated, with their verifiers. */
function unratedFinishedDossiers(count: number) {
  const found = [...mock.db.dossiers.values()]
    .filter((record) => [3, 8, 9, 10].includes(record.status) && !mock.db.ratings.get(record.code))
    .slice(0, count);
  if (found.length < count) throw new Error(`Only ${found.length} unrated finished dossiers in the mock`);
  return found;
}

/** Opens the survey for `code` in a new tab of `context`, with the verifier typed and "Hài lòng" chosen. */
async function openSurvey(context: BrowserContext, code: string, verifier: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/clean.html?${new URLSearchParams({ dossier: code, cdn: 'hcc-widgets' })}`);
  const survey = page.locator('hcc-satisfaction-survey');
  await survey.getByLabel('4 số cuối số điện thoại', { exact: false }).fill(verifier);
  await survey.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
  return page;
}

/**
 * Clicks "Gửi đánh giá" in every page at the same instant: each page spins until `at` (one clock for all), then
 * submits in the same task, so the storage writes of the tabs cross.
 */
function submitTogether(pages: Page[]): Promise<unknown> {
  const at = Date.now() + 500;
  return Promise.all(
    pages.map((page) =>
      page.evaluate((instant) => {
        const survey = document.querySelector('hcc-satisfaction-survey');
        const button = survey?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]');
        if (!button) throw new Error('No submit button');
        while (Date.now() < instant) {
          // Spin: a timer would fire at a different moment in each renderer.
        }
        button.click();
      }, at),
    ),
  );
}

/** The title of the panel that replaced the form (`tone`: wait for that kind of panel). */
function resultTitle(page: Page, tone?: 'success'): Promise<string | null> {
  return page
    .locator('hcc-satisfaction-survey')
    .locator(`.result${tone ? `.${tone}` : ''} .result-title`)
    .textContent();
}

describe('two tabs, one outbox', () => {
  it('stores both ratings exactly once when two tabs queue one each at the same moment while offline', {
    timeout: 120_000,
  }, async () => {
    const dossiers = unratedFinishedDossiers(ROUNDS * 2);
    for (let round = 0; round < ROUNDS; round += 1) {
      const pair = dossiers.slice(round * 2, round * 2 + 2);
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      try {
        const pages = await Promise.all(pair.map((dossier) => openSurvey(context, dossier.code, dossier.verifier)));
        await context.setOffline(true);
        await submitTogether(pages);
        // Offline, each tab must say its rating is saved; a "thank you" here would be a rating lost.
        for (const page of pages) {
          expect(await resultTitle(page)).toContain('Đã lưu đánh giá, sẽ gửi khi có kết nối');
        }
        await context.setOffline(false);
        // Back online: whichever tab sends, each citizen sees the thanks and the server has each rating once.
        for (const page of pages) {
          expect(await resultTitle(page, 'success')).toContain('Cảm ơn bạn đã đánh giá');
        }
        const stored = await pages[0]?.evaluate(() =>
          Object.keys(localStorage).filter((key) => key.startsWith('hcc:survey-outbox')),
        );
        expect(stored).toEqual([]);
      } finally {
        await context.close();
      }
      for (const dossier of pair) {
        const ratings = mock.db.ratings.snapshot().filter((entry) => entry.rating.dossierCode === dossier.code);
        expect(ratings.map((entry) => entry.rating.overall)).toEqual(['satisfied']);
        // No second key ever reached the server (it would have answered 409 "already rated").
        expect(ratingAnswers.get(dossier.code)?.filter((status) => status >= 400)).toEqual([]);
      }
    }
  });
});
