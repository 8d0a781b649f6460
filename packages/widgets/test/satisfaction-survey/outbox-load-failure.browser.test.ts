import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, focusedIn, unmountAll, waitFor } from '../harness/index.js';
import { stopMock } from '../harness/mock.js';
import { mockWithRateableDossier, mountRating, resultTitle, submit, summaryLinks } from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

// Its own file: the outbox's module must not have been loaded by another test of the page.
describe('the outbox and the words of what to fix, loaded when the citizen starts answering', () => {
  it('says the rating was not sent when that module cannot be downloaded, and checks the form once it can', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    mock.worker.use(http.get(/\/satisfaction-survey\/after-answer\.ts/, () => HttpResponse.error()));
    const survey = await mountRating(dossier);
    const errors: string[] = [];
    survey.addEventListener('hcc-error', (event) => errors.push((event as CustomEvent).detail.kind));
    // Nothing chosen: what to fix needs the module's words, so the failure to load it is what the citizen sees.
    submit(survey);
    expect(await resultTitle(survey, 'problem')).toBe('Chưa gửi được đánh giá');
    expect(focusedIn(survey)?.classList.contains('result-title')).toBe(true);
    expect(errors).toEqual(['unknown']);
    // Once it can be downloaded: back to the form, and the same submit lists what to fix.
    mock.worker.resetHandlers();
    $<HTMLButtonElement>(survey, '[part="result-button"]')?.click();
    await waitFor(() => $(survey, 'form'), { what: 'the form again' });
    submit(survey);
    await waitFor(() => summaryLinks(survey).length > 0, { what: 'the error summary', timeout: 10_000 });
    expect(summaryLinks(survey)).toContain('Vui lòng chọn mức độ hài lòng.');
    expect(focusedIn(survey)?.classList.contains('error-summary')).toBe(true);
  });
});
