import { type TemplateResult, html, nothing } from 'lit';
import { alertIcon } from './icons.js';

/** What a field's control must carry so that assistive technology reads its hint and error with it. */
export interface FieldAria {
  /** Ids for `aria-describedby`: the error first (what to fix), then the hint, then any other note. */
  describedBy: string;
  /** For `aria-invalid`. */
  invalid: boolean;
}

/** A labelled field: label, optional hint, the error when there is one, then the control the widget draws. */
export interface FormField {
  /** The control's id; the hint's is `{id}-help`, the error's `{id}-error`. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The hint's id when it is not `{id}-help`. */
  hintId?: string;
  /** What is wrong with the value, in the interface language; undefined while the field is fine. */
  error?: string | undefined;
  /** Ids of further notes read with the control (a character counter, a warning), after the hint. */
  notes?: readonly (string | undefined)[];
  /** Extra classes of the hint (`warning`). */
  hintClass?: string;
  /** Class of the label (`label`, `search-label`). */
  labelClass?: string;
  /** The wrapper's id, for an error summary's link. */
  wrapperId?: string | undefined;
  /** `::part` names of the wrapper and the label, as each widget documents them. */
  parts?: { field?: string; label?: string };
  /** Draws the control (input, textarea, a search row) with the ARIA it is given. */
  control: (aria: FieldAria) => TemplateResult;
  /** Shown after the control (a counter, a personal-data note). */
  after?: TemplateResult | typeof nothing;
}

/** Element ids joined for `aria-describedby`; an empty string when there are none. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string => ids.filter(Boolean).join(' ');

/** A message under a field with the alert icon: its error (`field-error`, the default) or another warning. */
export function renderFieldNote(
  id: string | undefined,
  text: string | undefined,
  kind = 'field-error',
): TemplateResult | typeof nothing {
  if (!id || !text) return nothing;
  return html`<p class=${kind} id=${id} part=${kind === 'field-error' ? 'field-error' : nothing}>${alertIcon}<span>${text}</span></p>`;
}

/**
 * The one form field of every widget: the finder's search box, the tracker's code and verifier, the survey's verifier
 * and comment. The label names the control, the hint and the error are read with it (`aria-describedby`), and an
 * invalid value is marked (`aria-invalid`, class `invalid`).
 */
export function renderFormField(field: FormField): TemplateResult {
  const hintId = field.hint ? (field.hintId ?? `${field.id}-help`) : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  const aria = { describedBy: describedBy(errorId, hintId, ...(field.notes ?? [])), invalid: Boolean(field.error) };
  return html`<div class="field ${field.error ? 'invalid' : ''}" id=${field.wrapperId ?? nothing} part=${field.parts?.field ?? nothing}>
    <label class=${field.labelClass ?? nothing} for=${field.id} part=${field.parts?.label ?? nothing}>${field.label}</label>
    ${hintId ? html`<p class="hint ${field.hintClass ?? ''}" id=${hintId}>${field.hint}</p>` : nothing}
    ${renderFieldNote(errorId, field.error)}
    ${field.control(aria)}
    ${field.after ?? nothing}
  </div>`;
}
