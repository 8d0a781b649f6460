import type { Channel, components, ProcessingTime } from '@hcc/sdk';
import type { StatusCode } from './statuses.js';

type SupplementRequest = components['schemas']['SupplementRequest'];

/** A dossier as the mock database stores it; the API's view (masked, with timeliness) is made per request. */
export interface DossierRecord {
  code: string;
  /** The last four digits of the applicant's phone number. */
  verifier: string;
  procedureCode: string;
  procedureName: string;
  agencyId: string;
  channel: Channel;
  /** The real (unmasked) name; only `maskName` of it leaves the mock. */
  applicantName: string;
  /** RFC 3339 with `+07:00`. */
  receivedAt: string;
  processingTime: ProcessingTime;
  /** `YYYY-MM-DD`, from the SDK's `appointmentDate`. */
  appointmentDate: string;
  status: StatusCode;
  supplements: SupplementRequest[];
  finishedAt: string | null;
  returnedAt: string | null;
}

/** `2025-06-12` + 570 minutes → `2025-06-12T09:30:00+07:00`. */
export function vietnamDateTime(date: string, minutesOfDay: number): string {
  const hours = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
  const minutes = String(minutesOfDay % 60).padStart(2, '0');
  return `${date}T${hours}:${minutes}:00+07:00`;
}

/** The civil date of a `+07:00` date-time. */
export const dateOf = (dateTime: string) => dateTime.slice(0, 10);

/** The Vietnam civil date and minute of day of an instant. */
export function vietnamClock(instant: Date): { date: string; minutes: number } {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return { date: shifted.toISOString().slice(0, 10), minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/** An instant as RFC 3339 in Vietnam time: `2026-11-25T16:59:02+07:00`. */
export function vietnamTimestamp(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}
