import { addWorkingDays, appointmentDate, evaluateTimeliness, type ProcessingTime, workingDaysBetween } from '@hcc/sdk';
import type { components } from '@hcc/sdk';
import type { DossierRecord } from './record.js';

type Duration = components['schemas']['Duration'];
type ApiTimeliness = components['schemas']['Timeliness'];

/**
 * The time limit a dossier is held to. Official records sometimes state it in words (`other`) or in months;
 * dossiers are then held to the stated number of working days, or 30 calendar days a month.
 */
export function dossierProcessingTime(time: Duration): ProcessingTime {
  const value = Math.max(1, Math.ceil(time.value));
  if (time.unit === 'working-day' || time.unit === 'day' || time.unit === 'hour') return { value, unit: time.unit };
  if (time.unit === 'month') return { value: value * 30, unit: 'day' };
  return { value, unit: 'working-day' };
}

/** The appointment date (ngày hẹn trả) by the SDK's rules: the mock never computes it itself. */
export const appointmentFor = (receivedAt: string, processingTime: ProcessingTime) =>
  appointmentDate({ receivedAt, processingTime });

/** Early, on time, late, pending or overdue, by the SDK's rules, as the API states it. */
export function timelinessOf(record: DossierRecord, now: Date): ApiTimeliness {
  // The SDK's outcome has the contract's shape; absent counts stay absent in the JSON.
  return evaluateTimeliness({
    receivedAt: record.receivedAt,
    appointmentDate: record.appointmentDate,
    finishedAt: record.finishedAt,
    supplements: record.supplements,
    now,
  });
}

export { addWorkingDays, workingDaysBetween };
