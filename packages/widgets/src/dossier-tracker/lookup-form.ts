import type { DossierCodeFailure } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { searchIcon } from '../shared/icons.js';
import type { Translate } from '../shared/i18n.js';
import type { TrackerStringKey } from './dossier-tracker.strings.js';
import type { VerifierFailure } from '../shared/dossier-input.js';
import { codeProblemText, verifierProblemText } from './tracker-messages.js';

/** What the form shows and what it reports back. */
export interface LookupFormProps {
  t: Translate<TrackerStringKey>;
  code: string;
  verifier: string;
  codeProblem: DossierCodeFailure | null;
  verifierProblem: VerifierFailure | null;
  onCodeInput: (value: string) => void;
  onVerifierInput: (value: string) => void;
  onSubmit: () => void;
}

/**
 * The look-up form: the dossier code and the verifier, each labelled with help text and its own error message.
 * The inputs have no `name` and submission is handled in script, so nothing typed ever lands in the page URL.
 */
export function renderLookupForm(props: LookupFormProps): TemplateResult {
  const { t } = props;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return html`<form class="lookup" part="form" novalidate @submit=${submit}>
    ${field({
      id: 'code',
      label: t('field.code'),
      help: t('field.code.help'),
      value: props.code,
      problem: props.codeProblem ? codeProblemText(props.codeProblem, t) : null,
      onInput: props.onCodeInput,
      extra: { autocapitalize: 'characters', inputmode: 'text', maxlength: 300 },
    })}
    ${field({
      id: 'verifier',
      label: t('field.verifier'),
      help: t('field.verifier.help'),
      value: props.verifier,
      problem: props.verifierProblem ? verifierProblemText(props.verifierProblem, t) : null,
      onInput: props.onVerifierInput,
      extra: { autocapitalize: 'off', inputmode: 'numeric', maxlength: 8 },
    })}
    <div class="form-actions">
      <button type="submit" class="button" part="submit-button">
        ${searchIcon}<span>${t('submit')}</span>
      </button>
    </div>
  </form>`;
}

interface FieldProps {
  id: 'code' | 'verifier';
  label: string;
  help: string;
  value: string;
  problem: string | null;
  onInput: (value: string) => void;
  extra: { autocapitalize: string; inputmode: string; maxlength: number };
}

function field(props: FieldProps): TemplateResult {
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  const describedBy = props.problem ? `${errorId} ${helpId}` : helpId;
  const onInput = (event: Event) => props.onInput((event.target as HTMLInputElement).value);
  return html`<div class="field ${props.problem ? 'invalid' : ''}" part="field">
    <label for=${props.id}>${props.label}</label>
    <p class="help" id=${helpId}>${props.help}</p>
    ${props.problem ? html`<p class="field-error" id=${errorId} part="field-error">${props.problem}</p>` : nothing}
    <input
      id=${props.id}
      part="input"
      type="text"
      autocomplete="off"
      spellcheck="false"
      autocapitalize=${props.extra.autocapitalize}
      inputmode=${props.extra.inputmode}
      maxlength=${props.extra.maxlength}
      aria-describedby=${describedBy}
      aria-invalid=${props.problem ? 'true' : 'false'}
      .value=${props.value}
      @input=${onInput}
    />
  </div>`;
}
