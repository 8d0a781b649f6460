import { describe, expect, it } from 'vitest';
import {
  emptyFeedbackDraft,
  feedbackCommentTooLong,
  pageUrlForFeedback,
  toFeedbackInput,
  withReason,
} from '../../src/satisfaction-survey/page-feedback-model.js';
import { findPersonalData } from '../../src/satisfaction-survey/personal-data.js';

describe('page feedback', () => {
  it('records the page without its query or fragment, which can hold a dossier code or a search', () => {
    expect(pageUrlForFeedback('https://tiendu.bacninh.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-250612-0118#top')).toBe(
      'https://tiendu.bacninh.gov.vn/tra-cuu',
    );
  });

  it('sends "useful" alone, without reasons or comment', () => {
    const draft = { useful: true, reasons: ['incomplete' as const], comment: 'x' };
    expect(toFeedbackInput(draft, { href: 'https://a.gov.vn/p', lang: 'vi' })).toEqual({
      useful: true,
      pageUrl: 'https://a.gov.vn/p',
      lang: 'vi',
    });
  });

  it('sends what went wrong with a page that was not useful, reasons in the API order', () => {
    const draft = {
      useful: false,
      reasons: ['other' as const, 'incomplete' as const],
      comment: ' Thiếu mẫu tờ khai. ',
    };
    expect(toFeedbackInput(draft, { href: 'https://a.gov.vn/p?q=1', lang: 'en' })).toEqual({
      useful: false,
      reasons: ['incomplete', 'other'],
      comment: 'Thiếu mẫu tờ khai.',
      pageUrl: 'https://a.gov.vn/p',
      lang: 'en',
    });
  });

  it('refuses a comment over 1,000 characters', () => {
    expect(feedbackCommentTooLong({ ...emptyFeedbackDraft(), comment: 'a'.repeat(1000) })).toBe(false);
    expect(feedbackCommentTooLong({ ...emptyFeedbackDraft(), comment: 'a'.repeat(1001) })).toBe(true);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['Gọi tôi 0912 345 678 nhé', ['phone']],
    ['số +84912345678', ['phone']],
    ['CCCD 001203004567', ['id-number']],
    ['CMND 123456789', ['id-number']],
    ['email: an.nguyen@example.vn', ['email']],
    ['Cán bộ nhiệt tình, trả kết quả sau 3 ngày', []],
    ['Hồ sơ 000.00.14.H56-250612-0118', []],
  ])('finds in %j: %j', (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });
});

describe('reasons a page was not useful', () => {
  it('adds a ticked reason after the others and drops an unticked one', () => {
    const draft = { ...emptyFeedbackDraft(), reasons: ['outdated' as const] };
    const ticked = withReason(draft, 'incomplete', true);
    expect(ticked.reasons).toEqual(['outdated', 'incomplete']);
    expect(withReason(ticked, 'outdated', false).reasons).toEqual(['incomplete']);
    expect(draft.reasons).toEqual(['outdated']);
  });
});
