import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, $$, countRequests, focusedIn, unmountAll, waitFor } from '../harness/index.js';
import { stopMock, useMock } from '../harness/mock.js';
import {
  choose,
  fixtureWith,
  mountRating,
  rateableDossiers,
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
    const mock = await useMock();
    const [dossier] = rateableDossiers(mock, 1);
    if (!dossier) throw new Error('no dossier');
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
    const stored = mock.db.ratings.get(dossier.code);
    expect(stored).toMatchObject({
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
});
