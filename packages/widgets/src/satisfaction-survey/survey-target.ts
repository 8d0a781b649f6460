import { parseDossierCode } from '@hcc/sdk';
import { HccConfigError } from '../shared/config-error.js';
import { dossierCodeFromPageUrl } from '../shared/dossier-input.js';

/** What a survey widget is asked to rate. */
export type SurveyTarget =
  /** No dossier given: the widget asks whether the page was useful. */
  | { kind: 'page' }
  /** Something given that is not a dossier code: nothing can be rated. */
  | { kind: 'malformed'; requested: string }
  /** A dossier, by its canonical code. */
  | { kind: 'dossier'; code: string };

/** The dossier in the `dossier` attribute, else in `?ma-ho-so=` of the page URL (where the tracker's link puts it). */
export function findSurveyTarget(dossier: string | undefined, href: string): SurveyTarget {
  const requested = dossier?.trim() || dossierCodeFromPageUrl(href) || undefined;
  if (requested === undefined) return { kind: 'page' };
  const parsed = parseDossierCode(requested);
  return parsed.ok ? { kind: 'dossier', code: parsed.code } : { kind: 'malformed', requested };
}

/** What the console and `hcc-error` say about a dossier code (attribute or `?ma-ho-so=`) that is not one. */
export function malformedTargetError(tag: string, requested: string): HccConfigError {
  const message = `<${tag}>: "${requested}" (dossier attribute or ?ma-ho-so=) is not a dossier code like 000.00.14.H56-250612-0118.`;
  return new HccConfigError(tag, 'dossier', requested, message);
}
