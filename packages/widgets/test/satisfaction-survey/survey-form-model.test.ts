import type { SurveyForm, SurveyQuestion } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import {
  commentLength,
  emptyDraft,
  readVerifier,
  visibleQuestions,
  withChoice,
} from '../../src/satisfaction-survey/survey-form-model.js';
import { fieldErrorsFromProblem } from '../../src/satisfaction-survey/outcome-reaction.js';
import { checkRating, toRatingInput, validateDraft } from '../../src/satisfaction-survey/rating-checks.js';

const text = (vi: string, en = vi) => ({ vi, en });
const quality = [
  { value: 'good', label: text('Tốt', 'Good') },
  { value: 'poor', label: text('Chưa tốt', 'Poor') },
];

const form: SurveyForm = {
  id: 'test',
  version: 1,
  title: text('Đánh giá mức độ hài lòng', 'Rate your satisfaction'),
  overall: {
    label: text('Mức độ hài lòng'),
    options: [
      { value: 'very-satisfied', label: text('Rất hài lòng') },
      { value: 'satisfied', label: text('Hài lòng') },
      { value: 'dissatisfied', label: text('Không hài lòng') },
    ],
  },
  questions: [
    { id: 'staff', aspect: 'staff', kind: 'single', required: false, label: text('Công chức'), options: quality },
    { id: 'result', aspect: 'result', kind: 'single', required: true, label: text('Kết quả'), options: quality },
    {
      id: 'reasons',
      aspect: 'reasons',
      kind: 'multiple',
      required: false,
      label: text('Điều gì chưa tốt?'),
      options: [
        { value: 'late', label: text('Trễ hạn') },
        { value: 'many-trips', label: text('Đi lại nhiều lần') },
      ],
      showWhen: { overall: ['dissatisfied'] },
    },
  ],
  comment: { label: text('Góp ý'), maxLength: 10, warning: text('Không ghi thông tin cá nhân') },
};

describe('visibleQuestions', () => {
  it('asks "what went wrong" only of a dissatisfied citizen', () => {
    expect(visibleQuestions(form, 'satisfied').map((q) => q.id)).toEqual(['staff', 'result']);
    expect(visibleQuestions(form, 'dissatisfied').map((q) => q.id)).toEqual(['staff', 'result', 'reasons']);
  });

  it('hides conditional questions until an overall rating is chosen', () => {
    expect(visibleQuestions(form, undefined).map((q) => q.id)).toEqual(['staff', 'result']);
  });
});

describe('validateDraft', () => {
  it('asks for the overall rating and every required visible question, in form order', () => {
    expect(validateDraft(form, emptyDraft())).toEqual([
      { field: 'overall', reason: 'required' },
      { field: 'result', reason: 'required' },
    ]);
  });

  it('accepts a draft with the overall rating and the required answers', () => {
    expect(validateDraft(form, { overall: 'satisfied', answers: { result: 'good' }, comment: '' })).toEqual([]);
  });

  it('refuses a comment longer than the form allows, counting characters not UTF-16 units', () => {
    const draft = { overall: 'satisfied' as const, answers: { result: 'good' }, comment: 'Rất tốt 👍👍' };
    expect(commentLength(draft.comment)).toBe(10);
    expect(validateDraft(form, draft)).toEqual([]);
    expect(validateDraft(form, { ...draft, comment: 'Rất tốt 👍👍👍👍' })).toEqual([
      { field: 'comment', reason: 'too-long' },
    ]);
  });

  it('counts a Vietnamese letter typed with combining marks once', () => {
    expect(commentLength('Ho\u0302\u0300 so\u031B')).toBe(commentLength('Hồ sơ'));
  });
});

describe('toRatingInput', () => {
  it('sends only the answers to questions still shown, with known options, and the trimmed comment', () => {
    const draft = {
      overall: 'satisfied' as const,
      answers: { staff: 'good', result: 'poor', reasons: ['late'], unknown: 'x' },
      comment: '  Cán bộ nhiệt tình.  ',
    };
    expect(toRatingInput(form, draft)).toEqual({
      overall: 'satisfied',
      answers: { staff: 'good', result: 'poor' },
      comment: 'Cán bộ nhiệt tình.',
      channel: 'web',
    });
  });

  it('sends the reasons of a dissatisfied citizen and leaves out empty parts', () => {
    const draft = { overall: 'dissatisfied' as const, answers: { reasons: ['many-trips', 'bogus'] }, comment: '   ' };
    expect(toRatingInput(form, draft)).toEqual({
      overall: 'dissatisfied',
      answers: { reasons: ['many-trips'] },
      channel: 'web',
    });
  });
});

describe('checkRating', () => {
  const filled = { overall: 'satisfied' as const, answers: { result: 'good' }, comment: ' Tốt ' };
  const code = '000.00.01.H06-260105-0001';

  it('gives the rating to send, with the verifier read from what was typed', () => {
    expect(checkRating(form, filled, { verifier: ' 5678 ', dossierCode: code })).toEqual({
      ok: true,
      answer: {
        kind: 'rating',
        dossierCode: code,
        verifier: '5678',
        rating: { overall: 'satisfied', answers: { result: 'good' }, comment: 'Tốt', channel: 'web' },
      },
    });
  });

  it('lists what to fix, the verifier first, in the order of the form', () => {
    expect(checkRating(form, emptyDraft(), { verifier: '56', dossierCode: code })).toEqual({
      ok: false,
      errors: [
        { field: 'verifier', reason: 'not-four-digits' },
        { field: 'overall', reason: 'required' },
        { field: 'result', reason: 'required' },
      ],
    });
    expect(checkRating(form, filled, { verifier: '', dossierCode: code })).toEqual({
      ok: false,
      errors: [{ field: 'verifier', reason: 'required' }],
    });
  });

  it('sends nothing without a dossier code, and has nothing to point the citizen to', () => {
    expect(checkRating(form, filled, { verifier: '5678', dossierCode: undefined })).toEqual({ ok: false, errors: [] });
  });
});

describe('fieldErrorsFromProblem', () => {
  it('maps the JSON pointers and the verifier header of a 400 to the form fields', () => {
    const errors = fieldErrorsFromProblem({
      type: 'https://hcc.example/problems/invalid-input',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [
        { in: 'body', name: '/overall', detail: 'bắt buộc' },
        { in: 'body', name: '/answers/staff', detail: 'không hợp lệ' },
        { in: 'body', name: '/comment', detail: 'quá dài' },
        { in: 'header', name: 'X-Verifier', detail: '4 chữ số' },
        { in: 'body', name: '/channel', detail: 'không hợp lệ' },
      ],
    });
    expect(errors.map((error) => error.field)).toEqual(['overall', 'staff', 'comment', 'verifier', 'form']);
    expect(errors[1]).toEqual({ field: 'staff', reason: 'server', detail: 'không hợp lệ' });
  });

  it('gives nothing for a problem without errors', () => {
    expect(fieldErrorsFromProblem(undefined)).toEqual([]);
  });
});

describe('readVerifier', () => {
  it.each([
    ['4821', '4821'],
    [' 48 21 ', '4821'],
    ['４８２１', '4821'],
  ])('reads %j as %j', (raw, verifier) => {
    expect(readVerifier(raw)).toEqual({ ok: true, verifier });
  });

  it.each([
    ['', 'required'],
    ['482', 'not-four-digits'],
    ['48a1', 'not-four-digits'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(readVerifier(raw)).toEqual({ ok: false, reason });
  });
});

describe('withChoice', () => {
  const [staff, , reasons] = form.questions;

  it('replaces the answer to a single-choice question', () => {
    const draft = withChoice({ ...emptyDraft(), answers: { staff: 'good' } }, staff as SurveyQuestion, 'poor', true);
    expect(draft.answers).toEqual({ staff: 'poor' });
  });

  it('adds and removes options of a multiple-choice question, two quick clicks included', () => {
    const question = reasons as SurveyQuestion;
    const twoClicks = withChoice(withChoice(emptyDraft(), question, 'late', true), question, 'many-trips', true);
    expect(twoClicks.answers.reasons).toEqual(['late', 'many-trips']);
    expect(withChoice(twoClicks, question, 'late', false).answers.reasons).toEqual(['many-trips']);
  });
});
