import type { Agency, Procedure } from '@hcc/sdk';
import agencies from '../../data/agencies.json' with { type: 'json' };
import details from '../../data/procedure-details.json' with { type: 'json' };
import procedures from '../../data/procedures.json' with { type: 'json' };
import type { CatalogueRow } from './catalogue-rule.js';

/** The parts of a `Procedure` that an official detail record provides (see `scripts/lib/details.mjs`). */
export type ProcedureDetail = Pick<
  Procedure,
  | 'code'
  | 'onlineLevel'
  | 'processingTime'
  | 'channels'
  | 'cases'
  | 'steps'
  | 'conditions'
  | 'legalBasis'
  | 'results'
  | 'executingAgencies'
  | 'receivingPlaces'
  | 'updatedAt'
>;

/** Bắc Ninh's catalogue as built by `npm run data` (1,802 procedures). */
export const bundledProcedures = procedures as CatalogueRow[];
/** Agencies of both snapshots with their sample official identifiers. */
export const bundledAgencies = agencies as Agency[];
/** The real detail records, normalised. */
export const bundledDetails = details as ProcedureDetail[];
