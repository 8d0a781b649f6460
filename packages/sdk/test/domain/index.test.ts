import { describe, expect, it } from 'vitest';
import * as domain from '../../src/domain/index.js';

describe('the domain entry point', () => {
  it('exports the dossier-code, status, calendar, on-time, name-masking, /stats and survey helpers', () => {
    const exported = Object.entries(domain)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(
      [
        'addWorkingDays',
        'dossierAgencyOf',
        'isAgencyOpenOn',
        'selectAgencies',
        'appointmentDate',
        'canonicalJson',
        'ratingFingerprint',
        'dossierStatus',
        'evaluateTimeliness',
        'formatDossierCode',
        'holidaysIn',
        'isDossierCode',
        'isHoliday',
        'isRatableStatus',
        'isWorkingDay',
        'maskPersonName',
        'nextWorkingDay',
        'parseDossierCode',
        'summariseDossiers',
        'surveyAnswerErrors',
        'toVietnamDateTime',
        'workingDaysBetween',
        'workingSaturdaysIn',
      ].sort(),
    );
    expect(domain.defaultSurveyForm.id).toBe('bac-ninh-hcc');
    expect(domain.calendarCoverage).toEqual({ firstYear: 2017, lastYear: 2030 });
  });

  it('turns a scanned receipt into a verdict end to end', () => {
    const parsed = domain.parseDossierCode('Mã hồ sơ: 000.00.14.H56-240207-0042');
    if (!parsed.ok) throw new Error(parsed.message);
    const due = domain.appointmentDate({
      receivedAt: `${parsed.receivedOn}T10:00:00+07:00`,
      processingTime: { value: 5, unit: 'working-day' },
    });
    expect(due).toBe('2024-02-21');
    expect(
      domain.evaluateTimeliness({ receivedAt: parsed.receivedOn, appointmentDate: due, finishedAt: '2024-02-20' })
        .state,
    ).toBe('early');
  });
});
