import { type Agency, type components, type Dossier, dossierAgencyOf, maskPersonName } from '@hcc/sdk';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { RatingBook } from '../runtime/ratings.js';
import type { DossierRecord } from './record.js';
import { isFinished, statusOf } from './statuses.js';
import { timelinessOf } from './timing.js';

type DossierStep = components['schemas']['DossierStep'];

/** The API's view of a dossier: masked applicant, timeliness by the SDK's rules, a step timeline, rating state. */
export function toDossier(record: DossierRecord, catalogue: Catalogue, ratings: RatingBook, now: Date): Dossier {
  const agency = catalogue.agency(record.agencyId) as Agency;
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const rating = ratings.get(record.code);
  return {
    code: record.code,
    status: statusOf(record.status),
    procedure: { code: record.procedureCode, name: record.procedureName },
    agency: dossierAgencyOf(agency, today),
    channel: record.channel,
    applicant: { name: maskPersonName(record.applicantName) },
    receivedAt: record.receivedAt,
    appointmentDate: record.appointmentDate,
    finishedAt: record.finishedAt,
    returnedAt: record.returnedAt,
    processingTime: record.processingTime,
    timeliness: timelinessOf(record, now),
    supplements: record.supplements,
    steps: stepsOf(record, agency),
    rating: { canRate: isFinished(record.status) && !rating, ratedAt: rating?.createdAt ?? null },
  };
}

const DESK = 'Bộ phận Một cửa';

/** The timeline: receipt, processing (with supplement requests and payment), approval, return of the result. */
function stepsOf(record: DossierRecord, agency: Agency): DossierStep[] {
  const step = (
    name: string,
    unit: string,
    startedAt: string | null,
    finishedAt: string | null,
    current = false,
  ): DossierStep => ({
    name,
    unit,
    state: finishedAt ? 'done' : current ? 'current' : 'pending',
    startedAt,
    finishedAt,
  });
  const { status, receivedAt, finishedAt, returnedAt } = record;
  const handler = agency.level === 'province' ? agency.name : `Công chức chuyên môn — ${agency.name}`;
  if (status === 1)
    return [step('Tiếp nhận hồ sơ', DESK, receivedAt, null, true), step('Xử lý hồ sơ', handler, null, null)];
  const steps = [step('Tiếp nhận hồ sơ', DESK, receivedAt, status === 3 ? finishedAt : receivedAt)];
  if (status === 3) return steps;
  // What the applicant must do comes before the processing it interrupts, so the timeline reads in order: while
  // the clock waits for the applicant, processing is the next step, not one left behind.
  for (const request of record.supplements) {
    steps.push(step('Bổ sung hồ sơ', 'Người nộp hồ sơ', request.requestedAt, request.resumedAt, !request.resumedAt));
  }
  if (status === 6) steps.push(step('Thực hiện nghĩa vụ tài chính', 'Người nộp hồ sơ', null, null, true));
  const waitingForApplicant = status === 5 || status === 6;
  const resumedAt = record.supplements.at(-1)?.resumedAt ?? receivedAt;
  steps.push(
    step(
      'Xử lý hồ sơ',
      handler,
      waitingForApplicant ? null : resumedAt,
      finishedAt,
      !finishedAt && !waitingForApplicant,
    ),
  );
  if (status === 7 || status === 8) return steps;
  steps.push(step('Trả kết quả', DESK, finishedAt, returnedAt, status === 9));
  return steps;
}
