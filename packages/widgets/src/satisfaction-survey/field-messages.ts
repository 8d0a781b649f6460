import type { SurveyForm } from '@hcc/sdk';
import type { Locale, Translate } from '../shared/i18n.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';
import type { FieldError } from './survey-form-model.js';

/** What a message needs to name the field: the survey (question labels), when there is one, and its comment limit. */
export interface FieldMessageContext {
  form: SurveyForm | undefined;
  locale: Locale;
  commentMaxLength: number;
}

/** The message for one invalid field, in the interface language, naming the question it is about. */
export function fieldErrorMessage(error: FieldError, context: FieldMessageContext, t: Translate<SurveyStringKey>) {
  const { field, reason } = error;
  if (field === 'form') return t('error.form.server');
  if (field === 'verifier') {
    if (reason === 'server') return t('error.field.server', { label: t('verifier.label') });
    return t(
      reason === 'required' || reason === 'not-found' ? `error.verifier.${reason}` : 'error.verifier.not-four-digits',
    );
  }
  const label = labelOf(field, context, t);
  if (reason === 'server') return t('error.field.server', { label });
  if (field === 'overall') return t('error.overall.required');
  if (field === 'comment') return t('error.comment.too-long', { max: context.commentMaxLength });
  return t('error.question.required', { label });
}

function labelOf(field: string, { form, locale }: FieldMessageContext, t: Translate<SurveyStringKey>): string {
  if (field === 'comment') return t('field.comment');
  if (field === 'overall') return form?.overall.label[locale] ?? field;
  return form?.questions.find((question) => question.id === field)?.label[locale] ?? field;
}
