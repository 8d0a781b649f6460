import { surveyForm } from '@hcc/mock-server/browser';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, $$, countRequests, focusedIn, unmountAll, waitFor, waitForShadow } from '../harness/index.js';
import { stopMock, useMock as mockApi } from '../harness/mock.js';
import {
  choose,
  fixtureWith,
  mockWithRateableDossier,
  mountPageFeedback,
  mountRating,
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

describe('<hcc-satisfaction-survey> rating a dossier', () => {
  it('shows the form from GET /survey, sends the rating and thanks the citizen', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const submits = recordSubmits();
    const survey = await mountRating(dossier);
    expect($(survey, 'h2')?.textContent).toBe('Đánh giá mức độ hài lòng');
    expect($$(survey, 'fieldset legend').map((legend) => legend.textContent?.trim().split(' (')[0])).toEqual([
      'Ông/bà có hài lòng với việc giải quyết hồ sơ?',
      'Tiếp cận dịch vụ',
      'Thủ tục hành chính',
      'Công chức giải quyết',
      'Kết quả giải quyết',
      'Tiếp nhận, xử lý góp ý, phản ánh',
    ]);
    choose(survey, 'overall', 'very-satisfied');
    choose(survey, 'staff', 'good');
    type(survey, 'comment', 'Cán bộ hướng dẫn tận tình.');
    submit(survey);
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
    expect(focusedIn(survey)?.classList.contains('result-title')).toBe(true);
    expect(mock.db.ratings.get(dossier.code)).toMatchObject({
      overall: 'very-satisfied',
      answers: { staff: 'good' },
      comment: 'Cán bộ hướng dẫn tận tình.',
      channel: 'web',
    });
    expect(submits.details).toEqual([
      expect.objectContaining({ kind: 'rating', dossierCode: dossier.code, state: 'sent', persisted: true }),
    ]);
    expect(storedQueue()).toEqual([]);
    submits.stop();
  });

  it('asks what went wrong only when the citizen is dissatisfied', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    expect($(survey, '#field-reasons')).toBeNull();
    choose(survey, 'overall', 'dissatisfied');
    await waitForShadow(survey, '#field-reasons');
    expect($$(survey, '#field-reasons input[type="checkbox"]')).toHaveLength(6);
    choose(survey, 'reasons', 'late');
    choose(survey, 'reasons', 'many-trips');
    submit(survey);
    await resultTitle(survey, 'success');
    expect(mock.db.ratings.get(dossier.code)?.answers).toEqual({ reasons: ['late', 'many-trips'] });
  });

  it('asks for the verifier when the page does not pass it, and says so when it does not match', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating({ code: dossier.code });
    const wrong = dossier.verifier === '0000' ? '1111' : '0000';
    type(survey, 'verifier', wrong);
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    await waitFor(() => summaryLinks(survey).length > 0, { what: 'the error summary' });
    expect(summaryLinks(survey)).toEqual(['Mã hồ sơ và 4 số cuối số điện thoại không khớp. Vui lòng kiểm tra lại.']);
    type(survey, 'verifier', ` ${dossier.verifier.slice(0, 2)} ${dossier.verifier.slice(2)} `);
    submit(survey);
    await resultTitle(survey, 'success');
    expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
  });

  it('lists every problem at the top, links each to its field, and sends nothing', async () => {
    const { dossier } = await mockWithRateableDossier();
    const requests = countRequests('/api/v1/dossiers');
    const survey = await mountRating({ code: dossier.code });
    type(survey, 'verifier', '12');
    type(survey, 'comment', 'x'.repeat(1001));
    submit(survey);
    await waitFor(() => summaryLinks(survey).length > 0);
    expect(summaryLinks(survey)).toEqual([
      'Vui lòng nhập đúng 4 chữ số.',
      'Vui lòng chọn mức độ hài lòng.',
      'Góp ý không được dài quá 1.000 ký tự.',
    ]);
    expect(focusedIn(survey)?.classList.contains('error-summary')).toBe(true);
    $<HTMLAnchorElement>(survey, '.error-summary li:nth-child(2) a')?.click();
    expect((focusedIn(survey) as HTMLInputElement | null)?.value).toBe('very-satisfied');
    expect(location.hash).toBe('');
    expect($(survey, '#field-overall')?.getAttribute('aria-describedby')).toBe('field-overall-error');
    expect($(survey, '#comment')?.getAttribute('aria-invalid')).toBe('true');
    expect($(survey, '#comment-count')?.textContent?.trim()).toBe('Vượt quá 1 ký tự');
    expect(requests.stop()).toEqual([]);
  });

  it('counts the comment down and warns when it seems to hold personal data', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    expect($(survey, '#comment-count')?.textContent?.trim()).toBe('Còn 1.000 ký tự');
    expect($(survey, '#comment-warning')?.textContent).toBe(surveyForm.comment.warning.vi);
    type(survey, 'comment', 'Gọi lại cho tôi: 0912 345 678');
    await waitForShadow(survey, '#comment-personal');
    expect($(survey, '#comment-count')?.textContent?.trim()).toBe('Còn 971 ký tự');
    expect($(survey, '#comment-personal')?.textContent?.trim()).toBe(
      'Nội dung có vẻ chứa số điện thoại. Vui lòng xoá trước khi gửi.',
    );
    expect($(survey, '#comment')?.getAttribute('aria-describedby')).toContain('comment-personal');
  });

  it('says kindly that a dossier was already rated (409)', async () => {
    const mock = await mockApi();
    const rated = fixtureWith(mock, 'rated');
    const survey = await mountRating(rated);
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    expect(await resultTitle(survey, 'success')).toBe('Hồ sơ này đã được đánh giá');
    expect($(survey, '.result p')?.textContent).toBe(
      'Mỗi hồ sơ chỉ được đánh giá một lần. Cảm ơn bạn đã dành thời gian góp ý.',
    );
    expect(storedQueue()).toEqual([]);
  });

  it('explains that a dossier still in progress cannot be rated yet', async () => {
    const mock = await mockApi();
    const inProgress = mock.db.fixtures.find((candidate) => candidate.status === 4);
    if (!inProgress) throw new Error('no fixture in progress');
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ status?: number }>).type);
    document.addEventListener('hcc-error', onError);
    const survey = await mountRating(inProgress);
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    expect(await resultTitle(survey, 'problem')).toBe('Hồ sơ chưa thể đánh giá');
    document.removeEventListener('hcc-error', onError);
    expect(errors).toEqual(['hcc-error']);
  });

  it('sends one rating for a double click', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    const requests = countRequests(`/api/v1/dossiers/${dossier.code}/ratings`);
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    submit(survey);
    await resultTitle(survey, 'success');
    expect(requests.stop()).toHaveLength(1);
    expect(mock.db.ratings.snapshot().filter((stored) => stored.rating.dossierCode === dossier.code)).toHaveLength(1);
  });

  it("rates the dossier a link gives in ?ma-ho-so= (the tracker's survey-url), asking for the verifier", async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const page = location.href;
    history.replaceState(null, '', `?ma-ho-so=${encodeURIComponent(dossier.code.toLowerCase())}`);
    try {
      const survey = await mountSurvey();
      await waitForShadow(survey, 'form', { timeout: 10_000 });
      expect($(survey, '.dossier')?.textContent).toBe(`Hồ sơ ${dossier.code}`);
      type(survey, 'verifier', dossier.verifier);
      choose(survey, 'overall', 'very-satisfied');
      submit(survey);
      await resultTitle(survey, 'success');
      expect(mock.db.ratings.get(dossier.code)?.overall).toBe('very-satisfied');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('turns from page feedback into the rating form when the tracker hands it a dossier and its verifier', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountPageFeedback();
    expect($(survey, '.yes-no')).not.toBeNull();
    survey.setAttribute('dossier', dossier.code);
    survey.verifier = dossier.verifier;
    await waitForShadow(survey, 'form', { timeout: 10_000 });
    expect($(survey, '#verifier')).toBeNull();
    expect($$(survey, '#field-overall input')).toHaveLength(3);
  });

  it('speaks English inside a page in English, labels included', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier, { lang: 'en' });
    expect($(survey, 'h2')?.textContent).toBe('Rate your satisfaction');
    expect($(survey, '#field-overall legend')?.textContent?.trim()).toBe(surveyForm.overall.label.en);
    expect($(survey, 'button[type="submit"]')?.textContent?.trim()).toBe('Submit rating');
    submit(survey);
    await waitFor(() => summaryLinks(survey).length > 0);
    expect(summaryLinks(survey)).toEqual(['Choose how satisfied you are.']);
  });

  it('renders markup in question labels from the API as plain text', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const attack = '<img src=x onerror="window.__hccXss=1"><script>window.__hccXss=2</script>';
    mock.worker.use(
      http.get('*/api/v1/survey', () =>
        HttpResponse.json({
          ...surveyForm,
          title: { vi: attack, en: attack },
          overall: { ...surveyForm.overall, label: { vi: attack, en: attack } },
          questions: surveyForm.questions.map((question) => ({ ...question, label: { vi: attack, en: attack } })),
        }),
      ),
    );
    try {
      const survey = await mountRating(dossier);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect($(survey, 'h2')?.textContent).toBe(attack);
      expect($(survey, '#field-overall legend')?.textContent?.trim()).toBe(attack);
      expect($$(survey, 'img, script')).toHaveLength(0);
      expect((window as { __hccXss?: number }).__hccXss).toBeUndefined();
    } finally {
      mock.worker.resetHandlers();
    }
  });
});
