import type { FixtureDossier } from '@hcc/mock-server';
import { h } from '../shell/dom.js';
import { currentLanguage, onLanguageChange } from '../shell/language.js';
import { markPageReady, startPage } from '../shell/start-page.js';
import { fixtureTable } from './fixture-table.js';
import { tryEnglish, tryStrings } from './try.strings.js';

const { mock } = await startPage('try', tryEnglish);
await Promise.all([import('@hcc/widgets/dossier-tracker'), import('@hcc/widgets/satisfaction-survey')]);

const list = document.getElementById('fixtures') as HTMLElement;
const listStatus = document.getElementById('fixtures-status') as HTMLElement;
const tracker = document.getElementById('try-tracker') as HTMLElement;
const trackPanel = document.getElementById('try-track') as HTMLElement;
const ratingSlot = document.getElementById('try-rating') as HTMLElement;
const ratePanel = document.getElementById('try-rate') as HTMLElement;
const rateHint = document.getElementById('try-rate-hint') as HTMLElement;
// In the `empty` scenario the API answers that no dossier exists, so there is nothing to try.
const fixtures = mock.db.scenario.name === 'empty' ? [] : mock.db.fixtures;

const actions = {
  /** Fills the tracker as a citizen would, then takes the reader there. */
  track(dossier: FixtureDossier) {
    tracker.setAttribute('verifier', dossier.verifier);
    tracker.setAttribute('code', dossier.code);
    trackPanel.focus();
    trackPanel.scrollIntoView({ block: 'start' });
  },
  /** Opens the rating form for this dossier, verifier included, as a portal does after a successful look-up. */
  rate(dossier: FixtureDossier) {
    const survey = h('hcc-satisfaction-survey', {
      'api-base': '/api/v1',
      dossier: dossier.code,
      verifier: dossier.verifier,
    });
    rateHint.hidden = true;
    ratingSlot.replaceChildren(survey);
    ratePanel.focus();
    ratePanel.scrollIntoView({ block: 'start' });
  },
};

function showFixtures(): void {
  const lang = currentLanguage();
  if (fixtures.length === 0) {
    list.replaceChildren();
    listStatus.textContent = tryStrings[lang].empty;
    return;
  }
  list.replaceChildren(fixtureTable(fixtures, lang, actions));
}

showFixtures();
onLanguageChange(showFixtures);
markPageReady();
