import type { FixtureDossier } from '@hcc/mock-server';
import { h } from '../shell/dom.js';
import { type Lang, interpolate } from '../shell/language.js';
import { canBeRated, statusLabel, traitLabels } from './dossier-labels.js';
import { tryStrings } from './try.strings.js';

/** What a visitor can do with a sample dossier. */
export interface FixtureActions {
  track(dossier: FixtureDossier): void;
  rate(dossier: FixtureDossier): void;
}

/**
 * The sample dossiers as a table, each row with buttons to track it here and (when finished) to rate it. On a phone
 * the rows are laid out as cards (CSS); the explicit roles keep them a table for screen readers, which drop a
 * table's semantics once its rows are no longer displayed as table rows. Each cell carries its column's name for the
 * card layout.
 */
export function fixtureTable(
  fixtures: readonly FixtureDossier[],
  lang: Lang,
  actions: FixtureActions,
): HTMLTableElement {
  const text = tryStrings[lang];
  const button = (label: string, accessibleName: string, onClick: () => void, quiet = false) => {
    const element = h(
      'button',
      { type: 'button', class: quiet ? 'button button--quiet' : 'button', 'aria-label': accessibleName },
      label,
    );
    element.addEventListener('click', onClick);
    return element;
  };
  const cell = (label: string, ...content: Parameters<typeof h>[2][]) =>
    h('td', { role: 'cell', 'data-label': label }, ...content);
  const rows = fixtures.map((dossier) =>
    h(
      'tr',
      { role: 'row', 'data-code': dossier.code, 'data-status': dossier.status },
      h('th', { scope: 'row', role: 'rowheader' }, h('code', {}, dossier.code)),
      cell(text.verifier, h('code', {}, dossier.verifier)),
      cell(text.status, statusLabel(dossier.status, lang)),
      cell(text.traits, ...traitLabels(dossier.traits, lang).map((trait) => h('span', { class: 'trait' }, trait))),
      cell(
        text.actions,
        h(
          'div',
          { class: 'fixture-table__actions' },
          button(text.track, interpolate(text['track-label'], { code: dossier.code }), () => actions.track(dossier)),
          canBeRated(dossier.status)
            ? button(
                text.rate,
                interpolate(text['rate-label'], { code: dossier.code }),
                () => actions.rate(dossier),
                true,
              )
            : null,
          h(
            'a',
            {
              href: `./index.html?ma-ho-so=${encodeURIComponent(dossier.code)}#tra-cuu`,
              'aria-label': interpolate(text['open-portal-label'], { code: dossier.code }),
            },
            text['open-portal'],
          ),
        ),
      ),
    ),
  );
  return h(
    'table',
    { class: 'fixture-table', role: 'table' },
    h('caption', { class: 'visually-hidden' }, text.caption),
    h(
      'thead',
      { role: 'rowgroup' },
      h(
        'tr',
        { role: 'row' },
        ...[text.code, text.verifier, text.status, text.traits, text.actions].map((label) =>
          h('th', { scope: 'col', role: 'columnheader' }, label),
        ),
      ),
    ),
    h('tbody', { role: 'rowgroup' }, ...rows),
  );
}
