import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { renderEmpty } from '../shared/state-views.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

const examples = ['example.birth', 'example.residence', 'example.land', 'example.marriage'] as const;

/**
 * Nothing matched: what to try (spelling, a code, fewer filters when some are set) and common procedures to search
 * for with one click.
 */
export function renderEmptyResults(
  t: Translate<FinderStringKey | SharedStringKey>,
  filtered: boolean,
  onSuggest: (text: string) => void,
): TemplateResult {
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
        ${examples.map((key) => {
          const example = t(key);
          return html`<li><button type="button" class="suggestion" @click=${() => onSuggest(example)}>${example}</button></li>`;
        })}
      </ul>`,
  );
}
