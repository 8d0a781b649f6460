import { type TemplateResult, html, nothing } from 'lit';
import { renderFormField } from '../shared/form-field.js';
import { searchIcon } from '../shared/icons.js';
import { clearIcon } from './finder-icons.js';
import type { FinderTranslate } from './procedure-finder.strings.js';

/** What the search box shows and reports. */
export interface SearchBoxProps {
  t: FinderTranslate;
  text: string;
  /** Every change of the box (typing, pasting, the browser's own clear). */
  onInput: (text: string) => void;
  /** Enter: search now. */
  onSubmit: () => void;
  /** The clear button. */
  onClear: () => void;
}

/** The search form: a labelled box with its hint, a search icon and, once something is typed, a clear button. */
export function renderSearchBox({ t, text, onInput, onSubmit, onClear }: SearchBoxProps): TemplateResult {
  return html`<form
    class="search"
    part="search"
    role="search"
    @submit=${(event: Event) => {
      event.preventDefault();
      onSubmit();
    }}
  >
    ${renderFormField({
      id: 'hcc-q',
      label: t('search.label'),
      labelClass: 'search-label',
      hint: t('search.hint'),
      control: (aria) => html`<div class="search-row">
        <span class="search-icon">${searchIcon}</span>
        <input
          id="hcc-q"
          class="search-input"
          part="search-input"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${aria.describedBy}
          placeholder=${t('search.placeholder')}
          .value=${text}
          @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
        />
        ${
          text
            ? html`<button type="button" class="clear" part="clear-button" aria-label=${t('search.clear')} @click=${onClear}>
              ${clearIcon}
            </button>`
            : nothing
        }
      </div>`,
    })}
  </form>`;
}
