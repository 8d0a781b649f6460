import type { Dossier } from '@hcc/sdk';
import type { HccEvent } from '../shared/events.js';

/** `detail` of `hcc-dossier-load`: the dossier just shown, after a look-up, a "Check again" or a poll. */
export interface DossierLoadDetail {
  /** The canonical dossier code. */
  code: string;
  /** The dossier as the API returned it (applicant name masked). */
  dossier: Dossier;
  /** Finished and not yet rated: the host page may offer its own way to rate. */
  canRate: boolean;
}

declare module '../shared/events.js' {
  interface HccEventMap {
    'hcc-dossier-load': DossierLoadDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'hcc-dossier-load': HccEvent<'hcc-dossier-load'>;
  }
}
