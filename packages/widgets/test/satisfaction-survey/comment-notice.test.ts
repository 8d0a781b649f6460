import { describe, expect, it } from 'vitest';
import { CommentNotice } from '../../src/satisfaction-survey/comment-notice.js';
import { type SurveyStringKey, surveyStrings } from '../../src/satisfaction-survey/satisfaction-survey.strings.js';
import { outcomeStrings } from '../../src/satisfaction-survey/survey-outcome.strings.js';
import { createTranslator, loadTranslations } from '../../src/shared/i18n.js';

// English is a separate module the widget imports on first use; the personal-data words come with the outbox's piece.
await loadTranslations('en', [surveyStrings, outcomeStrings]);

const t = createTranslator<SurveyStringKey>(() => 'en', surveyStrings, outcomeStrings);

describe('screen-reader notices while a comment is typed', () => {
  it('says once that the comment is too long, not at every further key', () => {
    const notice = new CommentNotice(t);
    expect(notice.next('abcd', 5)).toBeUndefined();
    expect(notice.next('abcdef', 5)).toBe(t('comment.over', { count: 1 }));
    expect(notice.next('abcdefg', 5)).toBeUndefined();
  });

  it('says it again after the comment came back under the limit and went over once more', () => {
    const notice = new CommentNotice(t);
    notice.next('abcdef', 5);
    notice.next('abc', 5);
    expect(notice.next('abcdef', 5)).toBe(t('comment.over', { count: 1 }));
  });

  it('warns once when the comment seems to hold a phone number', () => {
    const notice = new CommentNotice(t);
    const first = notice.next('Gọi tôi: 0912 345 678', 1000);
    expect(first).toBe(t('comment.personalData', { kinds: t('personal.phone') }));
    expect(notice.next('Gọi tôi: 0912 345 678 nhé', 1000)).toBeUndefined();
  });
});
