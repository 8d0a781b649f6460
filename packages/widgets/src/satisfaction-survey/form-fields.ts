import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale, Translate } from '../shared/i18n.js';
import { describedBy, renderFieldNote, renderFormField } from '../shared/form-field.js';
import type { AfterAnswer } from './delivery-loader.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';
import type { FieldError } from './survey-form-model.js';

type T = Translate<SurveyStringKey>;

/** What a form (rating or page feedback) needs from the element around it; read when the citizen acts. */
export interface FormOptions<Answer> {
  t: T;
  locale: () => Locale;
  /** True while an answer is being sent: a second submit changes nothing (the outbox shares that send). */
  isSending: () => boolean;
  /** Stores and sends a complete answer. */
  send: (answer: Answer) => void;
  /** Shows what to fix after a submit. */
  showErrors: (errors: FieldError[]) => void;
  /** Runs `then` once the module that checks and sends answers is here (at once if it is); the element shows a failure to load it. */
  whenReady: (then: (after: AfterAnswer) => void) => void;
  /** The comment changed: screen readers may need to hear that it is too long or seems to hold personal data. */
  onComment: (comment: string, maxLength: number) => void;
}

/** What a form shows at one render besides its own draft. */
export interface FormRenderContext {
  sending: boolean;
  /** The error summary at the top of the form, or nothing when there is nothing to fix. */
  summary: TemplateResult | typeof nothing;
  /** The message for a field's error, or undefined when the field is fine. */
  errorText: (field: string) => string | undefined;
  /**
   * The hint for a comment that seems to hold personal data; undefined when it does not, or while the outbox's piece
   * (which brings the check) is not here yet.
   */
  personalData: (comment: string) => string | undefined;
}

/** One option of a radio or checkbox group, already in the interface language. */
export interface Choice {
  value: string;
  label: string;
}

/** A group of radios (one answer) or checkboxes (several) in a fieldset with its legend. */
export interface ChoiceGroup {
  /** The field id: `overall` or a question id. Element ids derive from it. */
  field: string;
  legend: string;
  hint?: string | undefined;
  /** Shown after the legend, e.g. "(không bắt buộc)". */
  legendSuffix?: string | undefined;
  multiple: boolean;
  choices: Choice[];
  selected: readonly string[];
  error: string | undefined;
  /** An option was ticked or unticked. The element applies it to its current state, not to this render's. */
  onChange: (value: string, checked: boolean) => void;
}

/** ids are built from API data; keep them to safe characters. */
export const fieldId = (field: string) => `field-${field.replace(/[^a-z0-9-]/gi, '_')}`;

/** A fieldset with a legend: screen readers announce the question with each option, and arrow keys move in it. */
export function renderChoiceGroup(group: ChoiceGroup): TemplateResult {
  const id = fieldId(group.field);
  const hintId = group.hint && `${id}-hint`;
  const errorId = group.error && `${id}-error`;
  return html`<fieldset id=${id} class="field ${group.error ? 'invalid' : ''}" part="fieldset"
    aria-describedby=${ifDefined(describedBy(hintId, errorId) || undefined)}>
    <legend part="legend">${group.legend}${group.legendSuffix ? html` <span class="muted">${group.legendSuffix}</span>` : nothing}</legend>
    ${hintId ? html`<p class="hint" id=${hintId}>${group.hint}</p>` : nothing}
    ${renderFieldNote(errorId, group.error)}
    <div class="choices ${group.multiple ? '' : 'inline'} ${group.field === 'overall' ? 'overall' : ''}">
      ${group.choices.map(
        (choice) => html`<label class="choice" part="choice"><input type=${group.multiple ? 'checkbox' : 'radio'}
          name=${id} .value=${choice.value} .checked=${group.selected.includes(choice.value)}
          @change=${(event: Event) => group.onChange(choice.value, (event.target as HTMLInputElement).checked)}
        /><span>${choice.label}</span></label>`,
      )}
    </div>
  </fieldset>`;
}

/** A free-text comment: label, the personal-data warning, a character counter and a hint when data seems personal. */
export interface CommentField {
  label: string;
  warning: string;
  value: string;
  length: number;
  maxLength: number;
  /** The hint that the comment seems to hold personal data (see `personalDataMessage`), or undefined. */
  personalData: string | undefined;
  error: string | undefined;
  onInput: (value: string) => void;
}

export function renderCommentField(t: T, field: CommentField): TemplateResult {
  const over = field.length - field.maxLength;
  const personalId = field.personalData ? 'comment-personal' : undefined;
  return renderFormField({
    id: 'comment',
    wrapperId: fieldId('comment'),
    label: field.label,
    labelClass: 'label',
    parts: { label: 'label' },
    hint: field.warning,
    hintId: 'comment-warning',
    hintClass: 'warning',
    error: field.error,
    notes: [personalId, 'comment-count'],
    control: (aria) => html`<textarea id="comment" part="comment" rows="4" .value=${field.value}
      aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
      @input=${(event: Event) => field.onInput((event.target as HTMLTextAreaElement).value)}></textarea>`,
    after: html`<p id="comment-count" class="counter ${over > 0 ? 'over' : ''}">
        ${over > 0 ? t('comment.over', { count: over }) : t('comment.left', { count: -over })}
      </p>
      ${renderFieldNote(personalId, field.personalData, 'personal-data')}`,
  });
}

/** The verifier, asked for when the page did not pass it: the last four digits of the phone number on the receipt. */
export function renderVerifierField(
  t: T,
  value: string,
  error: string | undefined,
  onInput: (value: string) => void,
): TemplateResult {
  return renderFormField({
    id: 'verifier',
    wrapperId: fieldId('verifier'),
    label: t('verifier.label'),
    labelClass: 'label',
    parts: { label: 'label' },
    hint: t('verifier.hint'),
    error,
    control: (aria) => html`<input id="verifier" part="verifier-input" class="verifier" inputmode="numeric"
      autocomplete="tel-local-suffix" spellcheck="false" .value=${value} aria-invalid=${aria.invalid}
      aria-describedby=${aria.describedBy} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />`,
  });
}

/** The form's submit button; while sending, it says so and stays focusable (`aria-disabled`, not `disabled`). */
export function renderSubmitButton(t: T, label: string, sending: boolean): TemplateResult {
  return html`<button type="submit" class="button" part="submit-button" aria-disabled=${sending}>
    ${sending ? html`<span class="spinner" aria-hidden="true"></span>${t('sending')}` : label}
  </button>`;
}
