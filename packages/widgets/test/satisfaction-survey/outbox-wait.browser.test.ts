import { http, passthrough } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, unmountAll, waitFor } from '../harness/index.js';
import { stopMock } from '../harness/mock.js';
import { mockWithRateableDossier, mountRating, submit, summaryLinks } from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

// Its own file: the outbox's module must not have been loaded by another test of the page.
describe('a submit before the outbox and its checks have arrived', () => {
  it('shows the button busy while they arrive, then what to fix', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    mock.worker.use(
      http.get(/\/satisfaction-survey\/after-answer\.ts/, async () => {
        await released;
        return passthrough();
      }),
    );
    const survey = await mountRating(dossier);
    submit(survey);
    const button = () => $<HTMLButtonElement>(survey, '[part="submit-button"]');
    await waitFor(() => button()?.getAttribute('aria-disabled') === 'true', { what: 'the busy button' });
    release();
    await waitFor(() => summaryLinks(survey).length > 0, { what: 'the error summary', timeout: 10_000 });
    expect(summaryLinks(survey)).toContain('Vui lòng chọn mức độ hài lòng.');
    expect(button()?.getAttribute('aria-disabled')).toBe('false');
  });
});
