import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, expectNoAxeViolations, focusedIn, unmountAll, waitFor, waitForShadow } from '../harness/index.js';
import { useMock as mockApi, stopMock } from '../harness/mock.js';
import {
  choose,
  fixtureWith,
  mockWithRateableDossier,
  mountPageFeedback,
  mountRating,
  mountSurvey,
  rateWhileOffline,
  resultTitle,
  submit,
  summaryLinks,
  type,
} from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

describe('keyboard only', () => {
  it('rates a dossier with Tab, arrow keys, typing and Enter, and lands on the thank-you', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    await userEvent.tab();
    expect((focusedIn(survey) as HTMLInputElement).value).toBe('very-satisfied');
    await userEvent.keyboard('{ArrowRight}');
    expect((focusedIn(survey) as HTMLInputElement).value).toBe('satisfied');
    await userEvent.tab(); // access
    await userEvent.tab(); // procedure
    await userEvent.tab(); // staff
    await userEvent.keyboard(' ');
    expect((focusedIn(survey) as HTMLInputElement).name).toBe('field-staff');
    await userEvent.tab(); // result
    await userEvent.tab(); // feedback handling
    await userEvent.tab();
    expect(focusedIn(survey)?.id).toBe('comment');
    await userEvent.keyboard('Nhanh gọn');
    await userEvent.tab();
    expect(focusedIn(survey)?.getAttribute('part')).toBe('submit-button');
    await userEvent.keyboard('{Enter}');
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
    expect(focusedIn(survey)?.classList.contains('result-title')).toBe(true);
    expect(mock.db.ratings.get(dossier.code)).toMatchObject({
      overall: 'satisfied',
      answers: { staff: 'good' },
      comment: 'Nhanh gọn',
    });
  });

  it('reaches a field from the error summary with Enter', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    await userEvent.tab();
    for (let step = 0; step < 7; step += 1) await userEvent.tab();
    expect(focusedIn(survey)?.getAttribute('part')).toBe('submit-button');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => focusedIn(survey)?.classList.contains('error-summary'));
    await userEvent.tab();
    expect(focusedIn(survey)?.textContent?.trim()).toBe('Vui lòng chọn mức độ hài lòng.');
    await userEvent.keyboard('{Enter}');
    expect((focusedIn(survey) as HTMLInputElement).value).toBe('very-satisfied');
  });

  it('answers page feedback with the keyboard', async () => {
    const mock = await mockApi();
    const survey = await mountPageFeedback();
    await userEvent.tab();
    await userEvent.tab();
    expect(focusedIn(survey)?.textContent?.trim()).toBe('Không');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => (focusedIn(survey) as HTMLInputElement | null)?.value === 'hard-to-understand');
    await userEvent.keyboard(' ');
    await userEvent.tab(); // next checkbox
    for (let step = 0; step < 5; step += 1) await userEvent.tab();
    expect(focusedIn(survey)?.id).toBe('comment');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã góp ý.');
    expect(mock.db.feedback.snapshot()[0]).toMatchObject({ useful: false, reasons: ['hard-to-understand'] });
  });
});

describe('axe finds nothing', () => {
  it('while the survey loads', async () => {
    const { dossier } = await mockWithRateableDossier({ scenario: 'slow' });
    const survey = await mountSurvey({ dossier: dossier.code, verifier: dossier.verifier });
    await waitForShadow(survey, '.state.loading');
    await expectNoAxeViolations(survey);
  });

  it('in the form, with the verifier asked for, in Vietnamese, English and the dark theme', async () => {
    const { dossier } = await mockWithRateableDossier();
    for (const container of [{ lang: 'vi' }, { lang: 'en' }]) {
      const survey = await mountRating({ code: dossier.code }, container);
      choose(survey, 'overall', 'dissatisfied');
      await waitForShadow(survey, '#field-reasons');
      type(survey, 'comment', 'Gọi 0912345678');
      await waitForShadow(survey, '#comment-personal');
      await expectNoAxeViolations(survey);
      survey.setAttribute('theme', 'dark');
      await expectNoAxeViolations(survey);
    }
  });

  it('with the error summary', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating({ code: dossier.code });
    type(survey, 'comment', 'x'.repeat(1200));
    submit(survey);
    await waitFor(() => summaryLinks(survey).length === 3);
    await expectNoAxeViolations(survey);
  });

  it('while sending, and on the thank-you', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    mock.use({ scenario: 'slow' });
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    await waitForShadow(survey, 'button[aria-disabled="true"]');
    await expectNoAxeViolations(survey);
    await resultTitle(survey, 'success');
    await expectNoAxeViolations(survey);
  });

  it('when the rating is saved to be sent later', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    await rateWhileOffline(survey, mock);
    expect($(survey, '.result button')?.textContent?.trim()).toBe('Gửi ngay');
    await expectNoAxeViolations(survey);
  });

  it('when the dossier was already rated, or cannot be rated yet', async () => {
    const mock = await mockApi();
    const rated = await mountRating(fixtureWith(mock, 'rated'));
    choose(rated, 'overall', 'satisfied');
    submit(rated);
    await resultTitle(rated, 'success');
    await expectNoAxeViolations(rated);
    const inProgress = mock.db.fixtures.find((candidate) => candidate.status === 4);
    const early = await mountRating(inProgress ?? { code: '' });
    choose(early, 'overall', 'satisfied');
    submit(early);
    await resultTitle(early, 'problem');
    await expectNoAxeViolations(early);
  });

  it('when the survey cannot load: offline, then a server error', async () => {
    const { mock, dossier } = await mockWithRateableDossier({ scenario: 'offline' });
    const offline = await mountSurvey({ dossier: dossier.code, verifier: dossier.verifier });
    await waitForShadow(offline, '.state.offline', { timeout: 10_000 });
    await expectNoAxeViolations(offline);
    unmountAll();
    mock.use({ errorRate: 1 });
    const failing = await mountSurvey({ dossier: dossier.code, verifier: dossier.verifier });
    await waitForShadow(failing, '.state.error', { timeout: 15_000 });
    await expectNoAxeViolations(failing);
  });

  it('when a rating is refused for good (wrong verifier passed by the page)', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating({ code: dossier.code, verifier: dossier.verifier === '0000' ? '1111' : '0000' });
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    expect(await resultTitle(survey, 'problem')).toBe('Chưa gửi được đánh giá');
    expect($(survey, '.result button')?.textContent?.trim()).toBe('Quay lại phiếu đánh giá');
    await expectNoAxeViolations(survey);
  });

  it('in page feedback: the question, what went wrong, and the thanks', async () => {
    await mockApi();
    const survey = await mountPageFeedback();
    await expectNoAxeViolations(survey);
    $$<HTMLButtonElement>(survey, '.yes-no button')[1]?.click();
    await waitForShadow(survey, '#field-reasons');
    await expectNoAxeViolations(survey);
    submit(survey);
    await resultTitle(survey, 'success');
    await expectNoAxeViolations(survey);
  });
});
