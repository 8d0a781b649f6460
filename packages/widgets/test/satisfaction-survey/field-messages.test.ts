import { surveyForm } from '@hcc/mock-server';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadTranslations } from '../../src/shared/i18n.js';
import { fieldErrorMessage } from '../../src/satisfaction-survey/field-messages.js';
import { outcomePanel } from '../../src/satisfaction-survey/outcome-panel.js';
import { feedbackStrings } from '../../src/satisfaction-survey/page-feedback.strings.js';
import { type SurveyStringKey, surveyStrings } from '../../src/satisfaction-survey/satisfaction-survey.strings.js';
import { outcomeStrings } from '../../src/satisfaction-survey/survey-outcome.strings.js';

// English is a separate module the widget imports on first use.
const tables = [surveyStrings, feedbackStrings, outcomeStrings];
await loadTranslations('en', tables);

const vi = createTranslator<SurveyStringKey>(() => 'vi', ...tables);
const en = createTranslator<SurveyStringKey>(() => 'en', ...tables);
const context = { form: surveyForm, locale: 'vi' as const, commentMaxLength: 1000 };

describe('fieldErrorMessage', () => {
  it.each([
    [{ field: 'overall', reason: 'required' as const }, 'Vui lòng chọn mức độ hài lòng.'],
    [{ field: 'verifier', reason: 'required' as const }, 'Vui lòng nhập 4 số cuối số điện thoại.'],
    [{ field: 'verifier', reason: 'not-four-digits' as const }, 'Vui lòng nhập đúng 4 chữ số.'],
    [
      { field: 'verifier', reason: 'not-found' as const },
      'Mã hồ sơ và 4 số cuối số điện thoại không khớp. Vui lòng kiểm tra lại.',
    ],
    [{ field: 'comment', reason: 'too-long' as const }, 'Góp ý không được dài quá 1.000 ký tự.'],
    [{ field: 'staff', reason: 'required' as const }, 'Vui lòng trả lời: Công chức giải quyết.'],
    [{ field: 'staff', reason: 'server' as const }, 'Công chức giải quyết: thông tin chưa hợp lệ.'],
    [{ field: 'form', reason: 'server' as const }, 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra lại.'],
  ])('words %j as %j', (error, message) => {
    expect(fieldErrorMessage(error, context, vi)).toBe(message);
  });

  it('names the question in the interface language', () => {
    expect(fieldErrorMessage({ field: 'result', reason: 'required' }, { ...context, locale: 'en' }, en)).toBe(
      'Answer: The result.',
    );
  });
});

describe('outcomePanel', () => {
  const actions = { sendNow: () => undefined, backToForm: () => undefined, failureMessage: 'Mất kết nối.' };

  it('shows no panel while the form is filled in or sent', () => {
    expect(outcomePanel('form', { ...actions, pageFeedback: false, persisted: true }, vi)).toBeUndefined();
    expect(outcomePanel('sending', { ...actions, pageFeedback: false, persisted: true }, vi)).toBeUndefined();
  });

  it('says "saved, will be sent" with a way to send now when the answer is stored on the device', () => {
    const stored = outcomePanel('queued', { ...actions, pageFeedback: false, persisted: true }, vi);
    expect(stored?.title).toBe('Đã lưu đánh giá, sẽ gửi khi có kết nối');
    expect(stored?.action?.label).toBe('Gửi ngay');
    expect(stored?.paragraphs).toEqual([
      'Nội dung được lưu trên thiết bị này và sẽ tự động được gửi khi có mạng trở lại hoặc khi bạn mở lại trang.',
    ]);
  });

  it.each([
    [false, 'Chưa gửi được — vui lòng giữ trang này mở'],
    [true, 'Chưa gửi được — vui lòng giữ trang này mở'],
  ])(
    'never says "saved" when the browser refused storage (page feedback: %s): only while the page stays open',
    (pageFeedback, title) => {
      const panel = outcomePanel('queued', { ...actions, pageFeedback, persisted: false }, vi);
      expect(panel?.title).toBe(title);
      expect(panel?.paragraphs).toEqual([
        'Trình duyệt không cho lưu trên thiết bị này, nên nội dung chỉ được giữ khi trang còn mở và sẽ tự gửi khi có mạng. Đóng hoặc tải lại trang trước đó sẽ làm mất nội dung.',
      ]);
      expect(panel?.action?.label).toBe('Gửi ngay');
      const text = [panel?.title, ...(panel?.paragraphs ?? [])].join(' ');
      expect(text).not.toMatch(/Đã lưu|được lưu trên thiết bị|mở lại trang/);
    },
  );

  it('says the same in English', () => {
    const panel = outcomePanel('queued', { ...actions, pageFeedback: false, persisted: false }, en);
    expect(panel?.title).toBe('Not sent yet — please keep this page open');
    const text = [panel?.title, ...(panel?.paragraphs ?? [])].join(' ');
    expect(text).toContain('kept only while this page stays open');
    expect(text).not.toMatch(/saved|kept on this device|open this page again/i);
  });

  it('tells what happens next after a rating, and thanks for page feedback', () => {
    expect(outcomePanel('sent', { ...actions, pageFeedback: false, persisted: true }, en)?.paragraphs[0]).toContain(
      'Public Administration Service Centre',
    );
    expect(outcomePanel('sent', { ...actions, pageFeedback: true, persisted: true }, vi)?.title).toBe(
      'Cảm ơn bạn đã góp ý.',
    );
  });

  it('explains a failure and offers a way back to the form', () => {
    const failed = outcomePanel('failed', { ...actions, pageFeedback: false, persisted: true }, vi);
    expect(failed).toMatchObject({ tone: 'problem', title: 'Chưa gửi được đánh giá', paragraphs: ['Mất kết nối.'] });
    expect(failed?.action?.label).toBe('Quay lại phiếu đánh giá');
  });
});
