import { type TemplateResult, html } from 'lit';
import { renderFormField } from '../shared/form-field.js';
import { searchIcon } from '../shared/icons.js';
import type { TrackerStringKey, TrackerTranslate } from './dossier-tracker.strings.js';
import type { InvalidLookupInput } from './lookup-input.js';

/** A field of the form. */
export type LookupField = 'code' | 'verifier';

/** What the form shows and what it reports back. */
export interface LookupFormProps {
  t: TrackerTranslate;
  code: string;
  verifier: string;
  /** What is wrong with the fields after a submission, if anything. */
  invalid: InvalidLookupInput | undefined;
  onInput: (field: LookupField, value: string) => void;
  onSubmit: () => void;
}

/**
 * The look-up form: the dossier code and the verifier, each labelled with help text and its own error message.
 * The inputs have no `name` and submission is handled in script, so nothing typed ever lands in the page URL.
 */
export function renderLookupForm(props: LookupFormProps): TemplateResult {
  const { t, invalid } = props;
  const codeProblem = invalid?.codeProblem;
  const verifierProblem = invalid?.verifierProblem;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return html`<form class="lookup" part="form" novalidate @submit=${submit}>
    ${field(props, 'code', props.code, codeProblem && `problem.code.${codeProblem}`, 'characters', 'text', 300)}
    ${field(props, 'verifier', props.verifier, verifierProblem && `problem.verifier.${verifierProblem}`, 'off', 'numeric', 8)}
    <button type="submit" class="button" part="submit-button">${searchIcon}<span>${t('submit')}</span></button>
  </form>`;
}

/** One labelled field with its help text and, when invalid, the message saying why (both read with the input). */
function field(
  { t, onInput }: LookupFormProps,
  id: LookupField,
  value: string,
  problem: TrackerStringKey | null | undefined,
  autocapitalize: string,
  inputmode: string,
  maxlength: number,
): TemplateResult {
  return renderFormField({
    id,
    label: t(`field.${id}`),
    hint: t(`field.${id}.help`),
    error: problem ? t(problem) : undefined,
    parts: { field: 'field' },
    control: (aria) => html`<input
      id=${id}
      part="input"
      autocomplete="off"
      spellcheck="false"
      autocapitalize=${autocapitalize}
      inputmode=${inputmode}
      maxlength=${maxlength}
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
      .value=${value}
      @input=${(event: Event) => onInput(id, (event.target as HTMLInputElement).value)}
    />`,
  });
}
