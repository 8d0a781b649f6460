import { parseDossierCode } from '@hcc/sdk';
import { DOSSIER_CODE_PARAMETER, dossierCodeFromPageUrl } from '../shared/dossier-input.js';
import { httpUrl } from '../shared/safe-url.js';

/** Where the "Rate your satisfaction" invitation leads: the survey page's URL, or the survey widget on this page. */
export type RatingTarget = string | HTMLElement | null;

/** The tag of the survey widget the tracker hands a finished dossier to. */
export const SURVEY_TAG = 'hcc-satisfaction-survey';

/**
 * The survey page's URL with the dossier code in `?ma-ho-so=`. Only the code: the verifier never goes into a URL,
 * where it would stay in the history, in server logs and in `Referer` headers. `null` for an unusable URL.
 */
export function ratingLink(surveyUrl: string, code: string, base: string): string | null {
  const href = httpUrl(surveyUrl, base);
  if (!href) return null;
  const url = new URL(href);
  url.searchParams.set(DOSSIER_CODE_PARAMETER, code);
  return url.href;
}

/**
 * Chooses where the invitation leads: the `survey-url` page when the integrator gave one, else a
 * `<hcc-satisfaction-survey>` on the same page, else nowhere (the host page still hears `hcc-dossier-load`).
 */
export function findRatingTarget(surveyUrl: string | undefined, code: string, page: Document): RatingTarget {
  const url = surveyUrl?.trim();
  return (url && ratingLink(url, code, page.baseURI)) || page.querySelector<HTMLElement>(SURVEY_TAG);
}

/**
 * Hands the dossier to the survey widget on the page and takes the citizen there: the view scrolls to it and focus
 * moves to it (made focusable for that with `tabindex="-1"` when it is not), so keyboard and screen-reader users
 * continue from there. The verifier is set as a property, not an attribute, so it does not show in the page's markup.
 */
export function openSurvey(survey: HTMLElement, code: string, verifier: string): void {
  survey.setAttribute('dossier', code);
  (survey as HTMLElement & { verifier?: string }).verifier = verifier;
  if (!survey.hasAttribute('tabindex')) survey.tabIndex = -1;
  survey.scrollIntoView({ block: 'start' });
  survey.focus({ preventScroll: true });
}

/** A survey widget as the tracker sees it: its `verifier` property. */
type SurveyElement = HTMLElement & { verifier?: string };

/**
 * Gives `verifier` to every survey on the page that rates dossier `code` (its `dossier` attribute, else the page
 * URL's `?ma-ho-so=`, as the survey reads it) and has no verifier yet, so the citizen is not asked again for the
 * digits they just typed into the tracker. A property, never an attribute or a URL: it stays out of the markup and
 * the history. Called right after `hcc-dossier-load`, so a survey that a listener of that event created gets it too.
 */
export function handVerifierToSurveys(page: Document, code: string, verifier: string): void {
  for (const survey of page.querySelectorAll<SurveyElement>(SURVEY_TAG)) {
    if (survey.verifier) continue;
    const requested = survey.getAttribute('dossier')?.trim() || dossierCodeFromPageUrl(page.location?.href ?? '');
    const parsed = requested ? parseDossierCode(requested) : undefined;
    if (parsed?.ok && parsed.code === code) survey.verifier = verifier;
  }
}
