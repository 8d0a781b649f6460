import { describe, expect, it } from 'vitest';
import { surveyStrings } from '../../src/satisfaction-survey/satisfaction-survey.strings.js';
import { loadTranslations } from '../../src/shared/i18n.js';

await loadTranslations('en', [surveyStrings]);

describe('survey strings', () => {
  it('has every Vietnamese string in English too, and no English-only one', () => {
    expect(Object.keys(surveyStrings.en ?? {}).sort()).toEqual(Object.keys(surveyStrings.vi).sort());
  });

  it('uses the glossary terms for the title, the button and the thank-you', () => {
    expect(surveyStrings.vi.submit).toBe('Gửi đánh giá');
    expect(surveyStrings.vi['sent.title']).toBe('Cảm ơn bạn đã đánh giá');
    expect(surveyStrings.vi['feedback.question']).toBe('Trang này có hữu ích không?');
    expect(surveyStrings.en?.['feedback.question']).toBe('Was this page useful?');
  });
});
