/**
 * What a search that found nothing shows (what to try, common procedures to search for), with its words and styles:
 * loaded with the first such search, in the same loading state, so a finder whose searches find something never
 * downloads it.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { renderEmpty } from '../shared/state-views.js';
import { noResultsStrings } from './no-results.strings.js';
import { noResultsStyles } from './no-results.styles.js';
import type { ResultsProps } from './results-view.js';

/** Common procedures the empty state offers to search for: Vietnamese words in both languages, as citizens type them. */
const examples = ['đăng ký khai sinh', 'đăng ký thường trú', 'sổ đỏ', 'đăng ký kết hôn'];

/** Nothing matched: what to try (spelling, a code, fewer filters when some are set) and common procedures. */
export function renderNoResults({ t, filtered, onSuggestion }: ResultsProps): TemplateResult {
  return renderEmpty(
    t('empty.title'),
    html`<p>${t('empty.hint')}</p>
      <ul class="bullets">
        <li>${t('empty.spelling')}</li>
        <li>${t('empty.code')}</li>
        ${filtered ? html`<li>${t('empty.filters')}</li>` : nothing}
      </ul>
      <p>${t('empty.examples')}</p>
      <ul class="suggestions">
        ${examples.map(
          (example) =>
            html`<li><button type="button" class="suggestion" @click=${() => onSuggestion(example)}>${example}</button></li>`,
        )}
      </ul>`,
  );
}

/** What the view brings to the finder when it first arrives: its words and its styles. */
export const piece = { strings: noResultsStrings, styles: noResultsStyles };
