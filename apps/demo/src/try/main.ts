import type { FixtureDossier } from '@hcc/mock-server';
import { demoClient } from '../shell/api.js';
import { h } from '../shell/dom.js';
import { currentLanguage, interpolate, onLanguageChange } from '../shell/language.js';
import { markPageReady, startPage } from '../shell/start-page.js';
import { formatInstant } from './format-instant.js';
import { fixtureTable } from './fixture-table.js';
import { tryEnglish, tryStrings } from './try.strings.js';

const { mock, apiBaseUrl } = await startPage('try', tryEnglish);
await Promise.all([import('@hcc/widgets/dossier-tracker'), import('@hcc/widgets/satisfaction-survey')]);
const client = demoClient(apiBaseUrl);

const list = document.getElementById('fixtures') as HTMLElement;
const listStatus = document.getElementById('fixtures-status') as HTMLElement;
const tracker = document.getElementById('try-tracker') as HTMLElement;
const trackHeading = document.getElementById('try-track-title') as HTMLElement;
const ratingSlot = document.getElementById('try-rating') as HTMLElement;
const rateHeading = document.getElementById('try-rate-title') as HTMLElement;
const rateHint = document.getElementById('try-rate-hint') as HTMLElement;
const rateStatus = document.getElementById('try-rate-status') as HTMLElement;
// In the `empty` scenario the API answers that no dossier exists, so there is nothing to try.
const fixtures = mock.db.scenario.name === 'empty' ? [] : mock.db.fixtures;

/** Takes a keyboard or screen-reader user to a panel: focus on its heading, which names where they are. */
function goTo(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/** The rating form for this dossier, verifier included: the visitor already has it, as the tracker does. */
function showSurvey(dossier: Pick<FixtureDossier, 'code' | 'verifier'>): void {
  if (ratingSlot.querySelector('hcc-satisfaction-survey')?.getAttribute('dossier') === dossier.code) return;
  rateHint.hidden = true;
  ratingSlot.replaceChildren(
    h('hcc-satisfaction-survey', { 'api-base': apiBaseUrl, dossier: dossier.code, verifier: dossier.verifier }),
  );
}

const actions = {
  /** Fills the tracker as a citizen would, then takes the reader there. */
  track(dossier: FixtureDossier) {
    tracker.setAttribute('verifier', dossier.verifier);
    tracker.setAttribute('code', dossier.code);
    goTo(trackHeading);
  },
  /**
   * Opens the rating form for this dossier, or says when it was rated: a dossier is rated once, so showing the form
   * again would only end in "already rated" after the visitor had filled it in.
   */
  async rate(dossier: FixtureDossier) {
    const text = tryStrings[currentLanguage()];
    rateHint.hidden = true;
    ratingSlot.replaceChildren();
    rateStatus.textContent = interpolate(text.checking, { code: dossier.code });
    goTo(rateHeading);
    try {
      const { rating } = await client.dossiers.get(dossier.code, { verifier: dossier.verifier });
      if (rating.ratedAt) {
        const when = formatInstant(rating.ratedAt, currentLanguage());
        rateStatus.textContent = interpolate(text['already-rated'], { code: dossier.code, when });
        return;
      }
      rateStatus.textContent = '';
    } catch {
      rateStatus.textContent = interpolate(text['check-failed'], { code: dossier.code });
    }
    showSurvey(dossier);
  },
};

// A finished dossier the tracker shows can be rated at once, without typing the verifier a second time.
tracker.addEventListener('hcc-dossier-load', (event) => {
  const fixture = fixtures.find((dossier) => dossier.code === event.detail.code);
  if (!event.detail.canRate || !fixture) return;
  rateStatus.textContent = '';
  showSurvey(fixture);
});

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
