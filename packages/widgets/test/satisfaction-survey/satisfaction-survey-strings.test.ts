import { describe, expect, it } from 'vitest';
import { feedbackStrings } from '../../src/satisfaction-survey/page-feedback.strings.js';
import { surveyStrings } from '../../src/satisfaction-survey/satisfaction-survey.strings.js';
import { outcomeStrings } from '../../src/satisfaction-survey/survey-outcome.strings.js';
import { loadTranslations } from '../../src/shared/i18n.js';

const tables = { surveyStrings, feedbackStrings, outcomeStrings };
await loadTranslations('en', Object.values(tables));

describe('survey strings', () => {
  it.each(Object.entries(tables))('%s: every Vietnamese string in English too, and no English-only one', (_, table) => {
    expect(Object.keys(table.en ?? {}).sort()).toEqual(Object.keys(table.vi).sort());
  });

  it('gives each key one home: the form, page feedback or the outcome panels', () => {
    const keys = Object.values(tables).flatMap((table) => Object.keys(table.vi));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses the glossary terms for the title, the button and the thank-you', () => {
    expect(surveyStrings.vi.submit).toBe('Gửi đánh giá');
    expect(outcomeStrings.vi['sent.title']).toBe('Cảm ơn bạn đã đánh giá');
    expect(feedbackStrings.vi['feedback.question']).toBe('Trang này có hữu ích không?');
    expect(feedbackStrings.en?.['feedback.question']).toBe('Was this page useful?');
  });
});
