import {
  type Agency,
  type components,
  type Dossier,
  dossierAgencyOf,
  dossierStatus,
  type DossierStatus,
  evaluateTimeliness,
  isRatableStatus,
  workingDaysBetween,
} from '@hcc/sdk';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { DossierRow, StepRow } from './dossier-row.js';
import { vietnamDate } from './vietnam-time.js';

type DossierStep = components['schemas']['DossierStep'];
type DossierAgency = components['schemas']['DossierAgency'];
type Duration = components['schemas']['Duration'];

/**
 * The API's view of a stored dossier: the agency from the catalogue (by the identifier that starts the code),
 * timeliness by the SDK's rules, the step timeline as pushed (or the outline its dates give), the rating state.
 */
export function toDossier(
  row: DossierRow,
  steps: readonly StepRow[],
  ratedAt: string | null,
  catalogue: Catalogue,
  now: Date,
): Dossier {
  const timeliness = evaluateTimeliness({
    receivedAt: row.received_at,
    appointmentDate: row.appointment_date,
    finishedAt: row.finished_at,
    supplements: row.supplements,
    now,
  });
  return {
    code: row.code,
    status: dossierStatus(row.status) as DossierStatus,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    agency: agencyOf(row, catalogue, vietnamDate(now)),
    channel: row.channel,
    applicant: { name: row.applicant_masked },
    receivedAt: row.received_at,
    appointmentDate: row.appointment_date,
    finishedAt: row.finished_at,
    returnedAt: row.returned_at,
    processingTime: processingTimeOf(row, catalogue),
    // The SDK's outcome has the contract's shape; absent counts stay absent in the JSON.
    timeliness,
    supplements: row.supplements,
    steps: steps.length ? pushedSteps(steps) : outlineSteps(row),
    rating: { canRate: isRatableStatus(row.status) && !ratedAt, ratedAt },
  };
}

function agencyOf(row: DossierRow, catalogue: Catalogue, today: string): DossierAgency {
  const agency: Agency | undefined = catalogue.agencyByIdentifier(row.agency_identifier);
  if (!agency) {
    // An identifier the agencies file does not know yet: the one-stop system's own name for it.
    return {
      id: row.agency_identifier,
      identifier: row.agency_identifier,
      name: row.agency_name ?? row.agency_identifier,
      level: 'province',
      former: false,
      validTo: null,
    };
  }
  return dossierAgencyOf(agency, today);
}

/** The procedure's stated time limit, else the working days between receipt and appointment. */
function processingTimeOf(row: DossierRow, catalogue: Catalogue): Duration {
  const stated = catalogue.get(row.procedure_code)?.summary.processingTime;
  if (stated) return stated;
  return { value: Math.max(0, workingDaysBetween(row.received_at, row.appointment_date)), unit: 'working-day' };
}

/** The steps the one-stop system pushed, in order; the first unfinished one is the current one. */
function pushedSteps(steps: readonly StepRow[]): DossierStep[] {
  const current = steps.findIndex((step) => !step.finished_at);
  return steps.map((step, index) => ({
    name: step.name,
    unit: step.unit ?? '',
    state: step.finished_at ? 'done' : index === current ? 'current' : 'pending',
    startedAt: step.started_at,
    finishedAt: step.finished_at,
  }));
}

const DESK = 'Bộ phận Một cửa';

/** Without pushed steps: receipt, processing and return of the result, from the dossier's own dates. */
function outlineSteps(row: DossierRow): DossierStep[] {
  const step = (name: string, unit: string, startedAt: string | null, finishedAt: string | null, current: boolean) =>
    ({ name, unit, state: finishedAt ? 'done' : current ? 'current' : 'pending', startedAt, finishedAt }) as const;
  const unit = row.agency_name ?? DESK;
  const steps: DossierStep[] = [
    step('Tiếp nhận hồ sơ', DESK, row.received_at, row.status === 1 ? null : row.received_at, row.status === 1),
  ];
  if (row.status === 3 || row.status === 7) return steps;
  steps.push(step('Xử lý hồ sơ', unit, row.status === 1 ? null : row.received_at, row.finished_at, row.status !== 1));
  if (row.status === 8) return steps;
  steps.push(step('Trả kết quả', DESK, row.finished_at, row.returned_at, row.status === 9));
  return steps;
}
