import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTBOX_KEY_PREFIX } from '../../src/satisfaction-survey/outbox-store.js';
import { $, $$, installHostileCss, unmountAll, waitForShadow } from '../harness/index.js';
import { stopMock, useMock as mockApi } from '../harness/mock.js';
import {
  mockWithRateableDossier,
  mountRating,
  mountSurvey,
  rateWhileOffline,
  recordSubmits,
  resultTitle,
  storedQueue,
} from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

describe('<hcc-satisfaction-survey> on a hostile page', () => {
  it('keeps its own sizes under a 62.5 % root font size and !important rules, and takes the theme tokens', async () => {
    const { dossier } = await mockWithRateableDossier();
    const removeHostileCss = installHostileCss();
    try {
      const survey = await mountRating(dossier);
      survey.style.setProperty('--hcc-color-primary', 'rgb(0, 100, 0)');
      const button = $(survey, 'button[type="submit"]') as HTMLElement;
      expect(getComputedStyle($(survey, 'legend') as HTMLElement).fontSize).toBe('16px');
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
      expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 100, 0)');
    } finally {
      removeHostileCss();
    }
  });
});

describe('<hcc-satisfaction-survey> when things go wrong', () => {
  it('shows the offline state while the survey cannot load, and the form after a retry', async () => {
    const { mock, dossier } = await mockWithRateableDossier({ scenario: 'offline' });
    const survey = await mountSurvey({ dossier: dossier.code, verifier: dossier.verifier });
    await waitForShadow(survey, '.state.offline', { timeout: 10_000 });
    mock.use({});
    $<HTMLButtonElement>(survey, '.state .retry')?.click();
    await waitForShadow(survey, 'form', { timeout: 10_000 });
    expect($$(survey, '#field-overall input')).toHaveLength(3);
  });

  it('shows an error with a retry when the server fails to give the survey', async () => {
    const { dossier } = await mockWithRateableDossier({ errorRate: 1 });
    const survey = await mountSurvey({ dossier: dossier.code, verifier: dossier.verifier });
    await waitForShadow(survey, '.state.error', { timeout: 15_000 });
    expect($(survey, '.state.error .state-title')?.textContent?.trim()).toBe('Không tải được dữ liệu');
    expect($(survey, '.state .retry')).not.toBeNull();
  });

  it('keeps the rating when the network is down, says "saved, will be sent", and sends it when the network returns', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const submits = recordSubmits();
    const survey = await mountRating(dossier);
    expect(await rateWhileOffline(survey, mock)).toBe('Đã lưu đánh giá, sẽ gửi khi có kết nối');
    expect(storedQueue()).toEqual([expect.objectContaining({ dossierCode: dossier.code, attempts: 1 })]);
    expect(submits.details.map((detail) => detail.state)).toEqual(['queued']);
    mock.use({});
    window.dispatchEvent(new Event('online'));
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
    expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
    expect(submits.details.map((detail) => detail.state)).toEqual(['queued', 'sent']);
    expect(storedQueue()).toEqual([]);
    submits.stop();
  });

  it('shows the thanks when another tab delivers the queued rating', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    await rateWhileOffline(survey, mock);
    // What the other tab leaves behind once the server has the rating: the item's key gone from the shared storage.
    const key = `${OUTBOX_KEY_PREFIX}${storedQueue()[0]?.id}`;
    const oldValue = localStorage.getItem(key);
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: null }));
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
  });

  it('refuses a malformed dossier attribute with a clear message', async () => {
    await mockApi();
    const survey = await mountSurvey({ dossier: 'not-a-code' });
    expect(await resultTitle(survey, 'problem')).toBe('Mã hồ sơ “not-a-code” không hợp lệ nên chưa thể đánh giá.');
  });
});
