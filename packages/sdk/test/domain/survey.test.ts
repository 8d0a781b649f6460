import { describe, expect, it } from 'vitest';
import { defaultSurveyForm, surveyAnswerErrors } from '../../src/index.js';

describe('defaultSurveyForm', () => {
  it('asks the national three-level question first, with an option per level', () => {
    expect(defaultSurveyForm.overall.options.map((option) => option.value)).toEqual([
      'very-satisfied',
      'satisfied',
      'dissatisfied',
    ]);
  });

  it('has questions with unique ids, each with options in both languages', () => {
    const ids = defaultSurveyForm.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of defaultSurveyForm.questions) {
      expect(question.options.length).toBeGreaterThan(1);
      for (const option of question.options) expect(option.label.vi && option.label.en).toBeTruthy();
    }
  });
});

describe('surveyAnswerErrors', () => {
  const single = defaultSurveyForm.questions.find((question) => question.kind === 'single');
  const multiple = defaultSurveyForm.questions.find((question) => question.kind === 'multiple');
  if (!single || !multiple) throw new Error('the default form has a single and a multiple question');
  const [first, second] = multiple.options.map((option) => option.value);

  it('accepts answers that are options of their questions', () => {
    const answers = { [single.id]: single.options[0]?.value, [multiple.id]: [first, second] };
    expect(surveyAnswerErrors(answers, defaultSurveyForm)).toEqual([]);
  });

  it('names each wrong answer by its JSON pointer, and says why', () => {
    const errors = surveyAnswerErrors(
      { nothing: 'x', [single.id]: ['a', 'b'], [multiple.id]: [first, 'made-up'] },
      defaultSurveyForm,
    );
    expect(errors).toEqual([
      { in: 'body', name: '/answers/nothing', detail: 'không có câu hỏi này' },
      { in: 'body', name: `/answers/${single.id}`, detail: 'chỉ chọn một phương án' },
      { in: 'body', name: `/answers/${multiple.id}`, detail: expect.stringContaining(String(first)) },
    ]);
  });

  it('refuses an answer that is not text, and one with more options than any question has', () => {
    expect(surveyAnswerErrors({ [single.id]: 3 }, defaultSurveyForm)).toHaveLength(1);
    const many = Array.from({ length: 21 }, () => first);
    expect(surveyAnswerErrors({ [multiple.id]: many }, defaultSurveyForm)[0]?.detail).toBe('tối đa 20 phương án');
  });
});
