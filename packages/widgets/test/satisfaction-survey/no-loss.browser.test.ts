import type { BrowserMock } from '@hcc/mock-server/browser';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, unmountAll, waitFor } from '../harness/index.js';
import { useMock as mockApi, stopMock } from '../harness/mock.js';
import {
  choose,
  mockWithRateableDossier,
  mountRating,
  rateableDossiers,
  rateWhileOffline,
  resultTitle,
  storedQueue,
  submit,
} from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

const OVERALL = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;

/**
 * Fifty citizens rate fifty dossiers while the API misbehaves. Each form loads while the API answers, then the answer
 * is submitted under the scenario; halfway the page "reloads" (every widget unmounted, storage kept, a fresh widget
 * mounted), and at the end the network returns.
 */
async function rateFiftyUnder(mock: BrowserMock, scenario: 'flaky' | 'offline') {
  const dossiers = rateableDossiers(mock, 50);
  for (const [index, dossier] of dossiers.entries()) {
    if (index === 25) unmountAll();
    mock.use({});
    const survey = await mountRating(dossier);
    mock.use({ scenario, seed: index + 1 });
    choose(survey, 'overall', OVERALL[index % 3] as string);
    submit(survey);
    // The answer is stored before anything is sent; no need to wait for the server.
    await waitFor(() => $(survey, 'button[aria-disabled="true"], .result'), { what: 'the submit to start' });
  }
  return dossiers;
}

async function expectExactlyOneRatingEach(mock: BrowserMock, codes: string[]) {
  mock.use({});
  window.dispatchEvent(new Event('online'));
  await waitFor(() => storedQueue().length === 0 && mock.db.ratings.snapshot().length >= codes.length, {
    timeout: 45_000,
    what: 'every queued rating to be delivered',
  });
  const stored = mock.db.ratings.snapshot().map((entry) => entry.rating.dossierCode);
  expect(stored).toHaveLength(50);
  expect(new Set(stored).size).toBe(50);
  expect([...stored].sort()).toEqual([...codes].sort());
}

describe('no rating is lost and none is stored twice', () => {
  it('under the flaky scenario (503s and timeouts), with a reload in the middle', { timeout: 120_000 }, async () => {
    const mock = await mockApi();
    const dossiers = await rateFiftyUnder(mock, 'flaky');
    await expectExactlyOneRatingEach(
      mock,
      dossiers.map((dossier) => dossier.code),
    );
  });

  it('under the offline scenario, with a reload in the middle', { timeout: 120_000 }, async () => {
    const mock = await mockApi();
    const dossiers = await rateFiftyUnder(mock, 'offline');
    // Answers submitted during the outage wait in storage (some went out while later forms were loading).
    expect(storedQueue().length).toBeGreaterThan(0);
    expect(mock.db.ratings.snapshot().length).toBeLessThan(50);
    await expectExactlyOneRatingEach(
      mock,
      dossiers.map((dossier) => dossier.code),
    );
  });

  it('still sends when the browser refuses storage, and says the rating is kept only while the page stays open', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const blocked = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const survey = await mountRating(dossier);
      expect(await rateWhileOffline(survey, mock)).toBe('Chưa gửi được — vui lòng giữ trang này mở');
      const panel = $(survey, '.result')?.textContent ?? '';
      expect(panel).toContain('chỉ được giữ khi trang còn mở');
      expect(panel).not.toContain('Đã lưu');
      mock.use({});
      window.dispatchEvent(new Event('online'));
      expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
      expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
    } finally {
      unmountAll();
      if (blocked) Object.defineProperty(window, 'localStorage', blocked);
      else Reflect.deleteProperty(window, 'localStorage');
    }
  });

  it('says the same when storage is full, and still sends the rating after the widget has left the page', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refuse(this: Storage, key: string, value: string) {
      if (key.startsWith('hcc:survey-outbox'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    try {
      const survey = await mountRating(dossier);
      expect(await rateWhileOffline(survey, mock)).toBe('Chưa gửi được — vui lòng giữ trang này mở');
      expect(storedQueue()).toEqual([]);
      // The page stays open but the survey goes (a single-page site moves on): the rating is still sent.
      unmountAll();
      mock.use({});
      window.dispatchEvent(new Event('online'));
      await waitFor(() => mock.db.ratings.get(dossier.code), { what: 'the rating kept in memory to be delivered' });
      expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
