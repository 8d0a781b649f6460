import { formatDossierCode } from '@hcc/sdk';
import type { Agency, Channel, components } from '@hcc/sdk';
import type { CatalogueEntry } from '../catalogue/catalogue.js';
import type { Random } from '../runtime/random.js';
import { randomName } from './names.js';
import { type ReceiptOptions, receipts } from './receipts.js';
import { type DossierRecord, vietnamDateTime } from './record.js';
import type { StatusCode } from './statuses.js';
import { addWorkingDays, appointmentFor, dossierProcessingTime, workingDaysBetween } from './timing.js';

type SupplementRequest = components['schemas']['SupplementRequest'];

const SUPPLEMENT_REASONS = [
  'Bổ sung bản sao giấy tờ chứng minh nơi cư trú.',
  'Tờ khai chưa ký, đề nghị ký và nộp lại.',
  'Bổ sung văn bản ủy quyền có chứng thực.',
  'Bản vẽ chưa đúng tỷ lệ, đề nghị nộp lại.',
  'Bổ sung xác nhận của cơ quan có thẩm quyền.',
];

export type GenerateOptions = ReceiptOptions;

/** Running numbers per receiving agency and day, as on real receipts. */
export class SequenceCounter {
  private readonly counts = new Map<string, number>();
  next(identifier: string, date: string): number {
    const key = `${identifier}|${date}`;
    const value = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, value);
    return value;
  }
}

/**
 * Generates the dossiers received from 2 January 2024 up to today, deterministically from the seed: a realistic
 * mix of channels, levels, early and late results, supplement requests, and former district agencies before July
 * 2025. Appointment dates come from the SDK's calendar.
 */
export function generateDossiers(options: GenerateOptions, sequences = new SequenceCounter()): DossierRecord[] {
  const dossiers: DossierRecord[] = [];
  for (const receipt of receipts(options)) {
    dossiers.push(simulate({ ...receipt, today: options.today, nowMinutes: options.nowMinutes, sequences }));
  }
  return dossiers;
}

interface SimulationInput {
  entry: CatalogueEntry;
  agency: Agency;
  day: string;
  minutes: number;
  random: Random;
  today: string;
  nowMinutes: number;
  sequences: SequenceCounter;
}

/** Plays one dossier forward from its receipt to today and records where it stands. */
function simulate(input: SimulationInput): DossierRecord {
  const { entry, agency, day, minutes, random, today } = input;
  const channel: Channel =
    entry.detail.onlineLevel !== 'none' && random.chance(day < '2025-07-01' ? 0.35 : 0.6)
      ? 'online'
      : random.chance(0.06)
        ? 'postal'
        : 'in-person';
  const receivedAt = vietnamDateTime(day, minutes);
  const processingTime = dossierProcessingTime(entry.detail.processingTime);
  const appointmentDate = appointmentFor(receivedAt, processingTime);
  const record: DossierRecord = {
    code: formatDossierCode({
      agencyId: agency.identifier,
      receivedOn: day,
      sequence: input.sequences.next(agency.identifier, day),
    }),
    verifier: String(random.int(0, 9999)).padStart(4, '0'),
    procedureCode: entry.row.code,
    procedureName: entry.row.name,
    agencyId: agency.id,
    channel,
    applicantName: randomName(random),
    receivedAt,
    processingTime,
    appointmentDate,
    status: 4,
    supplements: [],
    finishedAt: null,
    returnedAt: null,
  };
  const ending = random.weighted<StatusCode>([
    [10, 88],
    [3, 4],
    [7, 2],
    [8, 2],
    [9, 4],
  ]);
  if (ending === 3) return finishAt(record, addWorkingDays(day, random.int(0, 1)), 3, random, today, input.nowMinutes);
  const supplementCount = random.weighted([
    [0, 88],
    [1, 10],
    [2, 2],
  ]);
  let cursor = day;
  let paused = 0;
  for (let index = 0; index < supplementCount; index++) {
    const requestedOn = addWorkingDays(cursor, random.int(1, 3));
    const pause = random.int(1, 8);
    const resumedOn = addWorkingDays(requestedOn, pause);
    record.supplements.push(supplement(requestedOn, resumedOn, random));
    cursor = resumedOn;
    paused += pause;
  }
  const dueSpan = workingDaysBetween(day, addWorkingDays(appointmentDate, paused));
  const outcome = random.weighted([
    ['early', 62],
    ['on-time', 26],
    ['late', 12],
  ] as const);
  const offset =
    outcome === 'early'
      ? random.int(Math.min(1, dueSpan), Math.max(0, dueSpan - 1))
      : outcome === 'on-time'
        ? dueSpan
        : dueSpan + random.int(1, 6);
  const finishedOn = addWorkingDays(day, Math.max(offset, workingDaysBetween(day, cursor)));
  const status: StatusCode = ending === 7 || ending === 8 ? ending : 9;
  finishAt(record, finishedOn, status, random, today, input.nowMinutes);
  if (record.status === 9 && ending === 10)
    returnAt(
      record,
      addWorkingDays(
        finishedOn,
        random.weighted([
          [0, 5],
          [1, 3],
          [2, 1],
          [3, 1],
        ]),
      ),
      random,
      today,
    );
  return record;
}

function supplement(requestedOn: string, resumedOn: string, random: Random): SupplementRequest {
  return {
    requestedAt: vietnamDateTime(requestedOn, random.int(8 * 60, 16 * 60)),
    reason: random.pick(SUPPLEMENT_REASONS),
    resumedAt: vietnamDateTime(resumedOn, random.int(8 * 60, 16 * 60)),
  };
}

/** Records the end of processing, or — when that lies after today — where the dossier stands today. */
function finishAt(
  record: DossierRecord,
  finishedOn: string,
  status: StatusCode,
  random: Random,
  today: string,
  nowMinutes: number,
) {
  const receivedOn = record.receivedAt.slice(0, 10);
  const minutes =
    finishedOn === receivedOn
      ? Math.min(17 * 60, Number(record.receivedAt.slice(11, 13)) * 60 + 60)
      : random.int(8 * 60, 17 * 60);
  if (finishedOn < today || (finishedOn === today && minutes <= nowMinutes)) {
    record.status = status;
    record.finishedAt = vietnamDateTime(finishedOn, minutes);
    return record;
  }
  // Still in progress: drop what has not happened yet; an open supplement request stops the clock.
  record.supplements = record.supplements.filter((request) => request.requestedAt.slice(0, 10) <= today);
  const open = record.supplements.find((request) => request.resumedAt && request.resumedAt.slice(0, 10) > today);
  if (open) open.resumedAt = null;
  if (open) record.status = 5;
  else if (receivedOn === today) record.status = record.channel === 'online' && random.chance(0.4) ? 1 : 2;
  else record.status = random.chance(0.1) ? 6 : 4;
  return record;
}

function returnAt(record: DossierRecord, returnedOn: string, random: Random, today: string) {
  if (returnedOn >= today) return;
  record.status = 10;
  record.returnedAt = vietnamDateTime(returnedOn, random.int(8 * 60, 17 * 60));
  if (record.finishedAt && record.returnedAt < record.finishedAt) record.returnedAt = record.finishedAt;
}
