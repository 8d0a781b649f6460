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

/** The sample dossiers as a table, each row with buttons to track it here and (when finished) to rate it. */
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
  const rows = fixtures.map((dossier) =>
    h(
      'tr',
      { 'data-code': dossier.code, 'data-status': dossier.status },
      h('th', { scope: 'row' }, h('code', {}, dossier.code)),
      h('td', {}, h('code', {}, dossier.verifier)),
      h('td', {}, statusLabel(dossier.status, lang)),
      h('td', {}, ...traitLabels(dossier.traits, lang).map((trait) => h('span', { class: 'trait' }, trait))),
      h(
        'td',
        {},
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
    { class: 'fixture-table' },
    h('caption', { class: 'visually-hidden' }, text.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[text.code, text.verifier, text.status, text.traits, text.actions].map((label) =>
          h('th', { scope: 'col' }, label),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
