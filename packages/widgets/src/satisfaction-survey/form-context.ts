import type { SurveyForm } from '@hcc/sdk';
import type { Locale, Translate } from '../shared/i18n.js';
import type { fieldErrorMessage } from './field-messages.js';
import { type FormRenderContext, focusField } from './form-fields.js';
import { FEEDBACK_COMMENT_MAX_LENGTH } from './feedback-limit.js';
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
  /** Words an error: it comes with the outbox, which is loaded before any error is shown. */
  message: typeof fieldErrorMessage | undefined;
}

/** What a form shows at one render: whether it is sending, and the errors to fix with their messages. */
export function formContext({ t, locale, sending, errors, form, root, message }: FormState): FormRenderContext {
  const commentMaxLength = form?.comment.maxLength ?? FEEDBACK_COMMENT_MAX_LENGTH;
  /** The message for a field's first error, in the interface language; undefined when the field is fine. */
  const errorText = (field: string) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && message ? message(error, { form, locale, commentMaxLength }, t) : undefined;
  };
  return {
    sending,
    summary: errors.map((error) => ({ field: error.field, message: errorText(error.field) ?? '' })),
    errorText,
    focusField: (field) => focusField(root, field),
  };
}
