import type { InvalidParam, SurveyForm } from '@hcc/sdk';

/**
 * What the contract cannot say about `answers`: each answers a question of the served form with that question's
 * options, one option for `single` questions.
 */
export function answerErrors(
  answers: Record<string, string | string[]> | undefined,
  survey: SurveyForm,
): InvalidParam[] {
  return Object.entries(answers ?? {}).flatMap(([id, answer]): InvalidParam[] => {
    const name = `/answers/${id}`;
    const question = survey.questions.find((candidate) => candidate.id === id);
    if (!question) return [{ in: 'body', name, detail: 'không có câu hỏi này' }];
    if (question.kind === 'single' && Array.isArray(answer)) {
      return [{ in: 'body', name, detail: 'chỉ chọn một phương án' }];
    }
    const allowed = question.options.map((option) => option.value);
    const values = Array.isArray(answer) ? answer : [answer];
    return values.every((value) => allowed.includes(value))
      ? []
      : [{ in: 'body', name, detail: `phương án phải là một trong: ${allowed.join(', ')}` }];
  });
}
