import type { SurveyForm } from '@hcc/sdk';
import { nothing } from 'lit';
import type { Locale, Translate } from '../shared/i18n.js';
import type { AfterAnswer } from './delivery-loader.js';
import { FEEDBACK_COMMENT_MAX_LENGTH } from './feedback-limit.js';
import type { FormRenderContext } from './form-fields.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';
import type { FieldError } from './survey-form-model.js';

/** The element's state a form's render context is built from. */
export interface FormState {
  t: Translate<SurveyStringKey>;
  locale: Locale;
  sending: boolean;
  errors: readonly FieldError[];
  /** The rating's survey; undefined for page feedback. */
  form: SurveyForm | undefined;
  /** Where the fields are, for the error summary's links. */
  root: ParentNode;
  /**
   * What words and lists the errors, and finds personal data in a comment: it comes with the outbox, which is loaded
   * on the first focus in the form and before any error is shown.
   */
  after:
    | Pick<AfterAnswer, 'fieldErrorMessage' | 'renderErrorSummary' | 'focusField' | 'personalDataMessage'>
    | undefined;
}

/** What a form shows at one render: whether it is sending, and the errors to fix with their messages. */
export function formContext({ t, locale, sending, errors, form, root, after }: FormState): FormRenderContext {
  const commentMaxLength = form?.comment.maxLength ?? FEEDBACK_COMMENT_MAX_LENGTH;
  /** The message for a field's first error, in the interface language; undefined when the field is fine. */
  const errorText = (field: string) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && after ? after.fieldErrorMessage(error, { form, locale, commentMaxLength }, t) : undefined;
  };
  const lines = errors.map((error) => ({ field: error.field, message: errorText(error.field) ?? '' }));
  return {
    sending,
    summary: after ? after.renderErrorSummary(t, lines, (field) => after.focusField(root, field)) : nothing,
    errorText,
    personalData: (comment) => after?.personalDataMessage(t, comment),
  };
}
