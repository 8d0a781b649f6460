import type { Agency } from '@hcc/sdk';
import type { CatalogueRow, ProcedureDetail } from '@hcc/sdk/catalogue';
import agencies from '../../data/agencies.json' with { type: 'json' };
import details from '../../data/procedure-details.json' with { type: 'json' };
import procedures from '../../data/procedures.json' with { type: 'json' };

/** The parts of a `Procedure` that an official detail record provides (see `scripts/lib/details.mjs`). */
export type { ProcedureDetail };

/** Bắc Ninh's catalogue as built by `npm run data` (1,802 procedures). */
export const bundledProcedures = procedures as CatalogueRow[];
/** Agencies of both snapshots with their sample official identifiers. */
export const bundledAgencies = agencies as Agency[];
/** The real detail records, normalised. */
export const bundledDetails = details as ProcedureDetail[];
