import type { InvalidParam, SurveyForm } from '../client/types.js';

/** More options than any question of a form has: beyond it, an answer is refused before it is compared. */
const MAX_OPTIONS_PER_ANSWER = 20;

/**
 * What the contract's schema cannot say about a rating's `answers`: each answers a question of the served form with
 * that question's options, one option for a `single` question. The errors name each answer by its JSON pointer.
 */
export function surveyAnswerErrors(answers: Record<string, unknown>, survey: SurveyForm): InvalidParam[] {
  return Object.entries(answers).flatMap(([id, answer]): InvalidParam[] => {
    const refuse = (detail: string): InvalidParam[] => [{ in: 'body', name: `/answers/${id}`, detail }];
    const question = survey.questions.find((candidate) => candidate.id === id);
    if (!question) return refuse('không có câu hỏi này');
    if (question.kind === 'single' && Array.isArray(answer)) return refuse('chỉ chọn một phương án');
    const values = Array.isArray(answer) ? answer : [answer];
    if (values.length > MAX_OPTIONS_PER_ANSWER) return refuse(`tối đa ${MAX_OPTIONS_PER_ANSWER} phương án`);
    const allowed = question.options.map((option) => option.value);
    return values.every((value) => typeof value === 'string' && allowed.includes(value))
      ? []
      : refuse(`phương án phải là một trong: ${allowed.join(', ')}`);
  });
}
