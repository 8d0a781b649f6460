/**
 * `<hcc-dossier-tracker>`: importing this module registers the element (harmlessly, if it is already registered).
 */
import { HccDossierTracker } from './dossier-tracker/dossier-tracker.js';
import { defineElement } from './shared/define-element.js';

defineElement('hcc-dossier-tracker', HccDossierTracker);

export { HccDossierTracker };
export type { DossierLoadDetail } from './dossier-tracker/dossier-tracker.js';
