/**
 * On-time rules of the national scorecard (Quyết định 766/QĐ-TTg): when a dossier's results are due, and whether
 * they came early, on time or late once the time spent waiting for the applicant's supplement is taken out.
 * Every date is a Vietnam calendar day (UTC+7); an appointment date means "by the end of that day".
 */
import { type DateInput, isoFromDay, toVietnamDay, toVietnamMoment } from './vietnam-time.js';
import { addWorkingDaysToDay, countWorkingDays, isWorkingDayNumber } from './working-days.js';

/** How a processing time (thời hạn giải quyết) is counted. */
export type ProcessingTimeUnit = 'working-day' | 'day' | 'hour';

/** A processing time such as "05 ngày làm việc" (`{ value: 5, unit: 'working-day' }`). */
export interface ProcessingTime {
  value: number;
  unit: ProcessingTimeUnit;
}

/** What {@link appointmentDate} needs. */
export interface AppointmentInput {
  /** When the one-stop desk received the dossier. */
  receivedAt: DateInput;
  processingTime: ProcessingTime;
  /** Receipts at or after this hour (Vietnam time) count from the next working day. Default 15. */
  cutoffHour?: number;
}

/** A request for the applicant to supplement the dossier (yêu cầu bổ sung), and when processing resumed. */
export interface SupplementRequest {
  requestedAt: DateInput;
  /** Absent or null while the request is still open. */
  resumedAt?: DateInput | null;
}

/** What {@link evaluateTimeliness} needs. */
export interface TimelinessInput {
  receivedAt: DateInput;
  /** The appointment date printed on the receipt (ngày hẹn trả). */
  appointmentDate: DateInput;
  /** When the results were ready; absent or null while the dossier is being processed. */
  finishedAt?: DateInput | null;
  /** Supplement requests, assumed not to overlap. */
  supplements?: readonly SupplementRequest[] | null;
  /** The moment to judge an unfinished dossier at. Default: the current time. */
  now?: DateInput;
}

/**
 * `early`, `on-time`, `late`: finished before, on or after the effective due date (Trước hạn / Đúng hạn / Trễ hạn);
 * `pending`: unfinished and not past due; `overdue`: unfinished and past due (Quá hạn).
 */
export type TimelinessState = 'early' | 'on-time' | 'late' | 'pending' | 'overdue';

/** The outcome of {@link evaluateTimeliness}. */
export interface Timeliness {
  state: TimelinessState;
  /** For `pending`: working days left until the effective due date (0 when it is due today). */
  workingDaysLeft?: number;
  /** For `late` and `overdue`: working days past the effective due date (a day off counts as the next working day). */
  workingDaysLate?: number;
  /** For `early`: working days between the day it was finished and the effective due date ("2 working days early"). */
  workingDaysEarly?: number;
  /** Why a dossier counts as late: past its due date, or asked for a supplement more than once. */
  lateReason?: 'past-due' | 'repeated-supplement';
  /** Whether the clock is stopped now, waiting for an open supplement request. */
  pausedForSupplement: boolean;
  supplementCount: number;
  /** The appointment date moved by the working days spent waiting for supplements, as `YYYY-MM-DD`. */
  effectiveDueDate: string;
}

const MINUTES_PER_HOUR = 60;
/** Office hours used to count limits given in hours: 08:00–12:00 and 13:00–17:00, eight hours a day. */
const OFFICE_HOURS: readonly (readonly [start: number, end: number])[] = [
  [8 * MINUTES_PER_HOUR, 12 * MINUTES_PER_HOUR],
  [13 * MINUTES_PER_HOUR, 17 * MINUTES_PER_HOUR],
];
const OFFICE_MINUTES_PER_DAY = 8 * MINUTES_PER_HOUR;

/**
 * The appointment date (ngày hẹn trả kết quả) for a dossier: results are due by the end of that day.
 *
 * - A receipt on a day off, or at or after `cutoffHour` (15:00 by default), counts as received at the opening of
 *   the next working day.
 * - `working-day`: that many working days after the receipt day (0 gives the receipt day itself).
 * - `day`: that many calendar days after the receipt day; a due date on a day off moves to the next working day.
 * - `hour`: office hours (08:00–12:00, 13:00–17:00 on working days) counted from the receipt time; the due date is
 *   the day on which they run out.
 *
 * @throws RangeError for a negative or non-finite value, fractional days, a cutoff outside 0–24, or dates outside
 * the calendar's years.
 * @example appointmentDate({ receivedAt: '2024-02-07T09:00:00+07:00', processingTime: { value: 3, unit: 'working-day' } })
 * // '2024-02-19' (Tết 8–14 February)
 */
export function appointmentDate({ receivedAt, processingTime, cutoffHour = 15 }: AppointmentInput): string {
  const { value, unit } = processingTime;
  if (!Number.isFinite(value) || value < 0 || (unit !== 'hour' && !Number.isInteger(value))) {
    throw new RangeError(`Expected a processing time ≥ 0 (whole days), got ${value} ${unit}.`);
  }
  if (!(cutoffHour >= 0 && cutoffHour <= 24)) {
    throw new RangeError(`Expected a cutoff hour from 0 to 24, got ${cutoffHour}.`);
  }
  const received = toVietnamMoment(receivedAt);
  const countsToday = isWorkingDayNumber(received.day) && received.minutes < cutoffHour * MINUTES_PER_HOUR;
  const startDay = countsToday ? received.day : addWorkingDaysToDay(received.day, 1);
  const startMinutes = countsToday ? received.minutes : 0;
  switch (unit) {
    case 'working-day':
      return isoFromDay(addWorkingDaysToDay(startDay, value));
    case 'day':
      return isoFromDay(addWorkingDaysToDay(startDay + value, 0));
    case 'hour':
      return isoFromDay(dayOfficeHoursRunOut(startDay, startMinutes, value * MINUTES_PER_HOUR));
    default:
      throw new RangeError(`Unknown processing time unit "${unit as string}".`);
  }
}

/**
 * Whether a dossier was, or is being, handled on time.
 *
 * - Waiting for the applicant does not count: for each supplement request, the working days after the request up to
 *   and including the day processing resumed move the due date later. While a request is open the clock is stopped
 *   (the due date keeps moving until `finishedAt`, else `now`).
 * - More than one supplement request counts as late whatever the dates (`late` if finished, else `overdue`), with
 *   `lateReason: 'repeated-supplement'`.
 * - Finished before the effective due date: `early`, with `workingDaysEarly`; on it: `on-time`; after it: `late`.
 * - Unfinished: `pending` with `workingDaysLeft` up to the due date, then `overdue` with `workingDaysLate`.
 *
 * @throws RangeError when `finishedAt` is before `receivedAt`, or for dates outside the calendar's years.
 */
export function evaluateTimeliness(input: TimelinessInput): Timeliness {
  const received = toVietnamDay(input.receivedAt);
  const finished = input.finishedAt == null ? undefined : toVietnamDay(input.finishedAt);
  if (finished !== undefined && finished < received) {
    throw new RangeError(`finishedAt (${isoFromDay(finished)}) is before receivedAt (${isoFromDay(received)}).`);
  }
  const end = finished ?? toVietnamDay(input.now ?? new Date());
  const supplements = input.supplements ?? [];
  const paused = supplements.reduce((total, request) => total + pausedWorkingDays(request, received, end), 0);
  const due = toVietnamDay(input.appointmentDate);
  const effectiveDue = paused > 0 ? addWorkingDaysToDay(due, paused) : due;
  const base = {
    pausedForSupplement: finished === undefined && supplements.some((request) => request.resumedAt == null),
    supplementCount: supplements.length,
    effectiveDueDate: isoFromDay(effectiveDue),
  };
  const daysLate = Math.max(0, countWorkingDays(effectiveDue, addWorkingDaysToDay(end, 0)));
  if (supplements.length > 1) {
    return {
      state: finished === undefined ? 'overdue' : 'late',
      workingDaysLate: daysLate,
      lateReason: 'repeated-supplement',
      ...base,
    };
  }
  if (end > effectiveDue) {
    return {
      state: finished === undefined ? 'overdue' : 'late',
      workingDaysLate: daysLate,
      lateReason: 'past-due',
      ...base,
    };
  }
  if (finished !== undefined && finished === effectiveDue) return { state: 'on-time', ...base };
  if (finished !== undefined) {
    return { state: 'early', workingDaysEarly: countWorkingDays(finished, effectiveDue), ...base };
  }
  return { state: 'pending', workingDaysLeft: countWorkingDays(end, effectiveDue), ...base };
}

// Working days the clock stood still for one request, within the dossier's life (receipt to finish or now).
function pausedWorkingDays(request: SupplementRequest, received: number, end: number): number {
  const from = Math.max(toVietnamDay(request.requestedAt), received);
  const to = Math.min(request.resumedAt == null ? end : toVietnamDay(request.resumedAt), end);
  return to > from ? countWorkingDays(from, to) : 0;
}

// The working day on which `minutes` of office time, counted from `startMinutes` on `startDay`, run out.
function dayOfficeHoursRunOut(startDay: number, startMinutes: number, minutes: number): number {
  const leftToday = OFFICE_HOURS.reduce(
    (sum, [open, close]) => sum + Math.max(0, close - Math.max(open, startMinutes)),
    0,
  );
  if (minutes <= leftToday) return startDay;
  return addWorkingDaysToDay(startDay, Math.ceil((minutes - leftToday) / OFFICE_MINUTES_PER_DAY));
}
