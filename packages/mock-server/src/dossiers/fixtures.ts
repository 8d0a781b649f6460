import { formatDossierCode, isWorkingDay } from '@hcc/sdk';
import type { Channel } from '@hcc/sdk';
import type { Catalogue } from '../catalogue/catalogue.js';
import { type DossierRecord, vietnamDateTime } from './record.js';
import type { StatusCode } from './statuses.js';
import { appointmentFor, dossierProcessingTime } from './timing.js';

/** What `hcc-mock-server fixtures` prints for each demo dossier. */
export interface FixtureDossier {
  code: string;
  verifier: string;
  status: StatusCode;
  procedureCode: string;
  /** What the dossier shows: `late`, `overdue`, `supplement`, `former-agency`, `rated`, … */
  traits: string[];
}

/** A date given either as a fixed day or as a number of working days before today. */
type Day = string | { workingDaysAgo: number };

interface FixtureSpec {
  status: StatusCode;
  procedureCode: string;
  agencyId: string;
  channel: Channel;
  applicantName: string;
  verifier: string;
  received: Day;
  finished?: Day;
  returned?: Day;
  supplements?: [requested: Day, resumed: Day | null][];
  traits: string[];
}

/**
 * The demo dossiers: at least one per status, late ones, supplement requests, and receipts before 1 July 2025 by a
 * former district agency. Dossiers still in progress are dated relative to today, so they stay in progress.
 */
const SPECS: FixtureSpec[] = [
  {
    status: 1,
    procedureCode: '1.001193',
    agencyId: 'xa-tien-du',
    channel: 'online',
    applicantName: 'Nguyễn Văn An',
    verifier: '4821',
    received: { workingDaysAgo: 1 },
    traits: ['pending'],
  },
  {
    status: 2,
    procedureCode: '1.004222',
    agencyId: 'phuong-kinh-bac',
    channel: 'in-person',
    applicantName: 'Trần Thị Mai',
    verifier: '0397',
    received: { workingDaysAgo: 1 },
    traits: ['pending'],
  },
  {
    status: 3,
    procedureCode: '1.115458',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'in-person',
    applicantName: 'Lê Minh Tuấn',
    verifier: '5530',
    received: '2026-03-10',
    finished: '2026-03-10',
    traits: ['rejected'],
  },
  {
    status: 4,
    procedureCode: '1.115454',
    agencyId: 'phuong-tu-son',
    channel: 'online',
    applicantName: 'Phạm Thị Hương',
    verifier: '2604',
    received: { workingDaysAgo: 3 },
    traits: ['pending'],
  },
  {
    status: 4,
    procedureCode: '1.115446',
    agencyId: 'xa-tien-du',
    channel: 'in-person',
    applicantName: 'Hoàng Văn Dũng',
    verifier: '7713',
    received: { workingDaysAgo: 15 },
    traits: ['overdue', 'late'],
  },
  {
    status: 5,
    procedureCode: '1.115465',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'online',
    applicantName: 'Vũ Thị Lan',
    verifier: '3158',
    received: { workingDaysAgo: 6 },
    supplements: [[{ workingDaysAgo: 2 }, null]],
    traits: ['supplement', 'paused'],
  },
  {
    status: 6,
    procedureCode: '1.115464',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'in-person',
    applicantName: 'Đỗ Quang Huy',
    verifier: '9042',
    received: { workingDaysAgo: 3 },
    traits: ['pending'],
  },
  {
    status: 7,
    procedureCode: '1.004222',
    agencyId: 'phuong-kinh-bac',
    channel: 'in-person',
    applicantName: 'Ngô Thị Thảo',
    verifier: '6621',
    received: '2026-02-03',
    finished: '2026-02-05',
    traits: ['withdrawn'],
  },
  {
    status: 8,
    procedureCode: '1.115452',
    agencyId: 'xa-tien-du',
    channel: 'in-person',
    applicantName: 'Bùi Văn Sơn',
    verifier: '1875',
    received: '2026-01-12',
    finished: '2026-02-20',
    traits: ['stopped'],
  },
  {
    status: 9,
    procedureCode: '1.115460',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'online',
    applicantName: 'Đặng Thị Yến',
    verifier: '2290',
    received: { workingDaysAgo: 3 },
    finished: { workingDaysAgo: 1 },
    traits: ['early'],
  },
  {
    status: 10,
    procedureCode: '1.001193',
    agencyId: 'phuong-kinh-bac',
    channel: 'in-person',
    applicantName: 'Nguyễn Thị Hà',
    verifier: '8086',
    received: '2026-06-15',
    finished: '2026-06-15',
    returned: '2026-06-15',
    traits: ['on-time'],
  },
  {
    status: 10,
    procedureCode: '1.115467',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'in-person',
    applicantName: 'Trần Văn Hùng',
    verifier: '4417',
    received: '2026-04-06',
    finished: '2026-04-28',
    returned: '2026-04-29',
    traits: ['late'],
  },
  {
    status: 10,
    procedureCode: '1.115473',
    agencyId: 'van-phong-dang-ky-dat-dai',
    channel: 'online',
    applicantName: 'Lê Thị Ngân',
    verifier: '3904',
    received: '2026-05-04',
    supplements: [['2026-05-08', '2026-05-15']],
    finished: '2026-06-05',
    returned: '2026-06-08',
    traits: ['supplement'],
  },
  {
    status: 10,
    procedureCode: '1.001193',
    agencyId: 'thanh-pho-bac-ninh',
    channel: 'in-person',
    applicantName: 'Phạm Văn Nam',
    verifier: '1204',
    received: '2024-09-16',
    finished: '2024-09-16',
    returned: '2024-09-17',
    traits: ['former-agency'],
  },
  {
    status: 10,
    procedureCode: '1.115446',
    agencyId: 'huyen-tien-du',
    channel: 'in-person',
    applicantName: 'Chu Thị Linh',
    verifier: '5761',
    received: '2025-03-03',
    supplements: [
      ['2025-03-05', '2025-03-10'],
      ['2025-03-12', '2025-03-14'],
    ],
    finished: '2025-03-25',
    returned: '2025-03-26',
    traits: ['former-agency', 'supplement', 'late'],
  },
  {
    status: 10,
    procedureCode: '1.004222',
    agencyId: 'phuong-kinh-bac',
    channel: 'online',
    applicantName: 'Dương Văn Khánh',
    verifier: '6390',
    received: '2026-09-07',
    finished: '2026-09-11',
    returned: '2026-09-14',
    traits: ['rated'],
  },
];

/** Fixture running numbers start here, far above a day's generated receipts, so codes never collide. */
const FIRST_FIXTURE_SEQUENCE = 9001;

/** The working day `count` working days before `today` (0: today, or the last working day before it). */
function workingDaysBefore(today: string, count: number): string {
  let day = today;
  let left = count;
  while (left > 0 || !isWorkingDay(day)) {
    const previous = new Date(`${day}T00:00:00Z`);
    previous.setUTCDate(previous.getUTCDate() - 1);
    day = previous.toISOString().slice(0, 10);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** Builds the fixture dossiers for a given today, against the catalogue's procedures and agencies. */
export function buildFixtures(catalogue: Catalogue, today: string): DossierRecord[] {
  const dayOf = (day: Day) => (typeof day === 'string' ? day : workingDaysBefore(today, day.workingDaysAgo));
  return SPECS.flatMap((spec, index) => {
    const entry = catalogue.get(spec.procedureCode);
    const agency = catalogue.agency(spec.agencyId);
    if (!entry || !agency) return [];
    const receivedOn = dayOf(spec.received);
    const receivedAt = vietnamDateTime(receivedOn, 8 * 60 + 15 + index * 7);
    const processingTime = dossierProcessingTime(entry.detail.processingTime);
    return [
      {
        code: formatDossierCode({ agencyId: agency.identifier, receivedOn, sequence: FIRST_FIXTURE_SEQUENCE + index }),
        verifier: spec.verifier,
        procedureCode: entry.row.code,
        procedureName: entry.row.name,
        agencyId: agency.id,
        channel: spec.channel,
        applicantName: spec.applicantName,
        receivedAt,
        processingTime,
        appointmentDate: appointmentFor(receivedAt, processingTime),
        status: spec.status,
        supplements: (spec.supplements ?? []).map(([requested, resumed], number) => ({
          requestedAt: vietnamDateTime(dayOf(requested), 14 * 60 + number * 30),
          reason: 'Bổ sung bản sao giấy tờ chứng minh nơi cư trú.',
          resumedAt: resumed === null ? null : vietnamDateTime(dayOf(resumed), 9 * 60),
        })),
        finishedAt: spec.finished ? vietnamDateTime(dayOf(spec.finished), 15 * 60 + 30) : null,
        returnedAt: spec.returned ? vietnamDateTime(dayOf(spec.returned), 16 * 60) : null,
      },
    ];
  });
}

/** The fixture list as printed by the CLI. */
export function describeFixtures(records: readonly DossierRecord[]): FixtureDossier[] {
  return records.map((record) => {
    const spec = SPECS.find((candidate) => candidate.verifier === record.verifier) as FixtureSpec;
    return {
      code: record.code,
      verifier: record.verifier,
      status: record.status,
      procedureCode: record.procedureCode,
      traits: spec.traits,
    };
  });
}

/** Fixtures that come with a rating already given (to show the 409 "already rated" path). */
export const isPreRated = (record: DossierRecord) =>
  SPECS.some((spec) => spec.verifier === record.verifier && spec.traits.includes('rated'));
