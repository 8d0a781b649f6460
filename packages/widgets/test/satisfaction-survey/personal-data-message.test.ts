import { describe, expect, it } from 'vitest';
import { personalDataMessage } from '../../src/satisfaction-survey/personal-data-message.js';
import { type SurveyStringKey, surveyStrings } from '../../src/satisfaction-survey/satisfaction-survey.strings.js';
import { outcomeStrings } from '../../src/satisfaction-survey/survey-outcome.strings.js';
import { type Locale, createTranslator, loadTranslations } from '../../src/shared/i18n.js';

await loadTranslations('en', [surveyStrings, outcomeStrings]);

const translator = (locale: Locale) => createTranslator<SurveyStringKey>(() => locale, surveyStrings, outcomeStrings);

describe('the hint under a comment that seems to hold personal data', () => {
  it('says nothing of an ordinary comment', () => {
    expect(personalDataMessage(translator('vi'), 'Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.')).toBeUndefined();
  });

  it('names each kind found, in the interface language', () => {
    const comment = 'Liên hệ 0912 345 678 hoặc an.nguyen@example.vn';
    expect(personalDataMessage(translator('vi'), comment)).toBe(
      'Nội dung có vẻ chứa địa chỉ email và số điện thoại. Vui lòng xoá trước khi gửi.',
    );
    expect(personalDataMessage(translator('en'), comment)).toBe(
      'This seems to contain an email address and a phone number. Please remove it before sending.',
    );
  });

  it('finds a citizen ID number (12 digits)', () => {
    expect(personalDataMessage(translator('vi'), 'CCCD của tôi là 001099012345')).toContain('số giấy tờ tùy thân');
  });
});
