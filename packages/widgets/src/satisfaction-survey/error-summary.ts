import { html, nothing } from 'lit';
import type { Translate } from '../shared/i18n.js';
import { alertIcon } from '../shared/icons.js';
import { fieldId } from './form-fields.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';

type T = Translate<SurveyStringKey>;

/** One line of the error summary: the message and the field it links to. */
export interface SummaryLine {
  field: string;
  message: string;
}

/**
 * The error summary at the top of the form, focused after a failed submit. Each line links to its field; the link
 * moves focus itself, since `#id` links cannot reach into a shadow root (and must not change the page's URL).
 */
export function renderErrorSummary(t: T, lines: readonly SummaryLine[], focusField: (field: string) => void) {
  if (lines.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="errors-title">
    <h3 id="errors-title">${alertIcon}<span>${t('errors.title')}</span></h3>
    <ul>
      ${lines.map(
        (line) =>
          html`<li><a href="#${fieldId(line.field)}" @click=${(event: Event) => {
            event.preventDefault();
            focusField(line.field);
          }}>${line.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Moves focus to a field named in the error summary: its checked option, else its first input, else the field itself
 * (`form` is the summary).
 */
export function focusField(root: ParentNode, field: string): void {
  const container = root.querySelector(field === 'form' ? '.error-summary' : `#${fieldId(field)}`);
  const target =
    container?.querySelector<HTMLInputElement>('input:checked') ??
    container?.querySelector<HTMLElement>('input, textarea') ??
    (container as HTMLElement | null);
  target?.focus();
}
