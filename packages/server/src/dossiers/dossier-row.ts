import type { components } from '@hcc/sdk';

type SupplementRequest = components['schemas']['SupplementRequest'];

/** A dossier as stored (see the `dossiers` table): never the phone number or the full name. */
export interface DossierRow {
  code: string;
  verifier_hash: string | null;
  procedure_code: string;
  procedure_name: string;
  agency_identifier: string;
  agency_name: string | null;
  applicant_masked: string;
  status: number;
  channel: 'online' | 'in-person' | 'postal';
  received_at: string;
  appointment_date: string;
  finished_at: string | null;
  returned_at: string | null;
  supplements: SupplementRequest[];
}

/** A step of the timeline as stored (see `dossier_steps`). */
export interface StepRow {
  step_key: string;
  name: string;
  unit: string | null;
  started_at: string;
  finished_at: string | null;
}
