import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, $$, focusedIn, unmountAll, waitFor, waitForShadow } from '../harness/index.js';
import { useMock as mockApi, stopMock } from '../harness/mock.js';
import {
  mountPageFeedback,
  mountSurvey,
  recordSubmits,
  resultTitle,
  storedQueue,
  submit,
  summaryLinks,
  type,
} from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

function answer(survey: Element, label: 'Có' | 'Không' | 'Yes' | 'No'): void {
  const button = $$<HTMLButtonElement>(survey, '.yes-no button').find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`No "${label}" button`);
  button.click();
}

describe('<hcc-satisfaction-survey> without a dossier: anonymous page feedback', () => {
  it('asks "Trang này có hữu ích không?" and records a "yes" with the page address only', async () => {
    const mock = await mockApi();
    const submits = recordSubmits();
    const cookiesBefore = document.cookie;
    const survey = await mountPageFeedback();
    expect($(survey, '.question')?.textContent).toBe('Trang này có hữu ích không?');
    expect($(survey, '.yes-no')?.getAttribute('role')).toBe('group');
    answer(survey, 'Có');
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã góp ý.');
    const [stored] = mock.db.feedback.snapshot();
    expect(stored).toMatchObject({ useful: true, pageUrl: `${location.origin}${location.pathname}`, lang: 'vi' });
    expect(stored).not.toHaveProperty('reasons');
    expect(submits.details).toEqual([expect.objectContaining({ kind: 'feedback', dossierCode: null, state: 'sent' })]);
    expect(document.cookie).toBe(cookiesBefore);
    submits.stop();
  });

  it('on "no", asks what went wrong (optional) and sends the reasons and the comment', async () => {
    const mock = await mockApi();
    const survey = await mountPageFeedback({ lang: 'en' });
    answer(survey, 'No');
    await waitForShadow(survey, '#field-reasons');
    expect(focusedIn(survey)?.getAttribute('value')).toBe('hard-to-understand');
    expect($(survey, '#field-reasons legend')?.textContent?.trim()).toBe('What went wrong? (optional)');
    $<HTMLInputElement>(survey, '#field-reasons input[value="outdated"]')?.click();
    $<HTMLInputElement>(survey, '#field-reasons input[value="incomplete"]')?.click();
    type(survey, 'comment', 'The form template is missing.');
    submit(survey);
    expect(await resultTitle(survey, 'success')).toBe('Thank you for your feedback.');
    expect(mock.db.feedback.snapshot()).toEqual([
      expect.objectContaining({
        useful: false,
        reasons: ['incomplete', 'outdated'],
        comment: 'The form template is missing.',
        lang: 'en',
      }),
    ]);
  });

  it('refuses a comment over 1,000 characters with a linked error', async () => {
    const mock = await mockApi();
    const survey = await mountPageFeedback();
    answer(survey, 'Không');
    await waitForShadow(survey, '#comment');
    type(survey, 'comment', 'a'.repeat(1001));
    submit(survey);
    await waitFor(() => summaryLinks(survey).length > 0);
    expect(summaryLinks(survey)).toEqual(['Góp ý không được dài quá 1.000 ký tự.']);
    expect(mock.db.feedback.count()).toBe(0);
  });

  it('keeps the feedback through an outage and sends it on the next page load', async () => {
    const mock = await mockApi({ scenario: 'offline' });
    const survey = await mountPageFeedback();
    answer(survey, 'Có');
    expect(await resultTitle(survey, 'pending')).toBe('Đã lưu góp ý, sẽ gửi khi có kết nối.');
    expect(storedQueue()).toEqual([expect.objectContaining({ kind: 'feedback' })]);
    unmountAll();
    mock.use({});
    await mountSurvey();
    await waitFor(() => mock.db.feedback.count() === 1, { what: 'the feedback to arrive', timeout: 10_000 });
    // The server has it before the page has its answer: the stored copy goes once that answer is read.
    await waitFor(() => storedQueue().length === 0, { what: 'the stored copy to go' });
    expect(mock.db.feedback.count()).toBe(1);
  });
});
