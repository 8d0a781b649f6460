import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appointmentDate, evaluateTimeliness } from '../../src/domain/on-time.js';
import { addWorkingDays, isWorkingDay } from '../../src/domain/working-days.js';

const workingDays = (value: number) => ({ value, unit: 'working-day' as const });
const days = (value: number) => ({ value, unit: 'day' as const });
const hours = (value: number) => ({ value, unit: 'hour' as const });

describe('appointmentDate with working days', () => {
  it('counts from the receipt day: Monday 09:00 + 3 working days is Thursday', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: workingDays(3) })).toBe(
      '2024-03-07',
    );
  });

  it('counts a receipt at or after 15:00 from the next working day', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T14:59:00+07:00', processingTime: workingDays(3) })).toBe(
      '2024-03-07',
    );
    expect(appointmentDate({ receivedAt: '2024-03-04T15:00:00+07:00', processingTime: workingDays(3) })).toBe(
      '2024-03-08',
    );
  });

  it('reads the receipt time in Vietnam time: 08:30 UTC is 15:30 in Bắc Ninh', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T08:30:00Z', processingTime: workingDays(3) })).toBe('2024-03-08');
  });

  it('honours another cutoff hour', () => {
    expect(
      appointmentDate({ receivedAt: '2024-03-04T16:00:00+07:00', processingTime: workingDays(3), cutoffHour: 17 }),
    ).toBe('2024-03-07');
  });

  it('skips the weekend: Friday + 2 working days is Tuesday', () => {
    expect(appointmentDate({ receivedAt: '2024-03-01T10:00:00+07:00', processingTime: workingDays(2) })).toBe(
      '2024-03-05',
    );
  });

  it('counts an online submission on Saturday from Monday', () => {
    expect(appointmentDate({ receivedAt: '2024-03-02T10:00:00+07:00', processingTime: workingDays(2) })).toBe(
      '2024-03-06',
    );
  });

  it('skips the Tết break: 7 February 2024 + 3 working days is 19 February', () => {
    expect(appointmentDate({ receivedAt: '2024-02-07T09:00:00+07:00', processingTime: workingDays(3) })).toBe(
      '2024-02-19',
    );
    expect(appointmentDate({ receivedAt: '2024-02-07T16:00:00+07:00', processingTime: workingDays(3) })).toBe(
      '2024-02-20',
    );
  });

  it('gives the receipt day itself for a same-day procedure received before the cutoff', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: workingDays(0) })).toBe(
      '2024-03-04',
    );
    expect(appointmentDate({ receivedAt: '2024-03-08T16:00:00+07:00', processingTime: workingDays(0) })).toBe(
      '2024-03-11',
    );
  });
});

describe('appointmentDate with calendar days', () => {
  it('adds calendar days: Monday + 4 days is Friday', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: days(4) })).toBe('2024-03-08');
  });

  it('moves a due date on a weekend to the next working day', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: days(5) })).toBe('2024-03-11');
  });

  it('moves a due date inside the Tết break to the first working day after it', () => {
    expect(appointmentDate({ receivedAt: '2024-02-05T09:00:00+07:00', processingTime: days(5) })).toBe('2024-02-15');
  });
});

describe('appointmentDate with hours', () => {
  it('is due the same day when the office hours left that day suffice', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: hours(4) })).toBe('2024-03-04');
    expect(appointmentDate({ receivedAt: '2024-03-04T14:00:00+07:00', processingTime: hours(3) })).toBe('2024-03-04');
  });

  it('carries the remaining hours over to the next working days', () => {
    // 09:00 on Monday leaves 7 office hours that day.
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: hours(8) })).toBe('2024-03-05');
    expect(appointmentDate({ receivedAt: '2024-03-04T09:00:00+07:00', processingTime: hours(24) })).toBe('2024-03-07');
    expect(appointmentDate({ receivedAt: '2024-03-08T14:00:00+07:00', processingTime: hours(4) })).toBe('2024-03-11');
  });

  it('starts a receipt after the cutoff at the next working day’s opening', () => {
    expect(appointmentDate({ receivedAt: '2024-03-04T16:00:00+07:00', processingTime: hours(8) })).toBe('2024-03-05');
  });
});

describe('appointmentDate input checks', () => {
  it('rejects negative, non-finite and fractional-day processing times', () => {
    const receivedAt = '2024-03-04T09:00:00+07:00';
    expect(() => appointmentDate({ receivedAt, processingTime: workingDays(-1) })).toThrow(RangeError);
    expect(() => appointmentDate({ receivedAt, processingTime: workingDays(1.5) })).toThrow(RangeError);
    expect(() => appointmentDate({ receivedAt, processingTime: hours(Number.POSITIVE_INFINITY) })).toThrow(RangeError);
    expect(() => appointmentDate({ receivedAt, processingTime: workingDays(1), cutoffHour: 25 })).toThrow(RangeError);
  });
});

describe('evaluateTimeliness', () => {
  // Received Monday 4 March 2024, due Friday 8 March.
  const dossier = { receivedAt: '2024-03-04T09:00:00+07:00', appointmentDate: '2024-03-08' };

  it('is "early" when finished before the appointment date, counting working days early', () => {
    expect(evaluateTimeliness({ ...dossier, finishedAt: '2024-03-07T10:00:00+07:00' })).toEqual({
      state: 'early',
      workingDaysEarly: 1,
      pausedForSupplement: false,
      supplementCount: 0,
      effectiveDueDate: '2024-03-08',
    });
  });

  it('counts the working days early across a weekend', () => {
    // Finished Thursday 29 February for a due date of Tuesday 5 March: Friday, Monday and Tuesday.
    const early = evaluateTimeliness({
      receivedAt: '2024-02-26T09:00:00+07:00',
      appointmentDate: '2024-03-05',
      finishedAt: '2024-02-29T16:00:00+07:00',
    });
    expect(early).toMatchObject({ state: 'early', workingDaysEarly: 3 });
  });

  it('is "on-time" when finished on the appointment date, even late in the evening', () => {
    expect(evaluateTimeliness({ ...dossier, finishedAt: '2024-03-08T23:30:00+07:00' }).state).toBe('on-time');
  });

  it('is "late" when finished after it, counting working days late', () => {
    expect(evaluateTimeliness({ ...dossier, finishedAt: '2024-03-12T10:00:00+07:00' })).toMatchObject({
      state: 'late',
      workingDaysLate: 2,
      lateReason: 'past-due',
    });
  });

  it('counts a finish on the weekend after a Friday due date as one working day late', () => {
    // 18:00 UTC on Friday is 01:00 on Saturday in Vietnam.
    expect(evaluateTimeliness({ ...dossier, finishedAt: '2024-03-08T18:00:00Z' })).toMatchObject({
      state: 'late',
      workingDaysLate: 1,
    });
  });

  it('is "pending" with the working days left while unfinished and not past due', () => {
    expect(evaluateTimeliness({ ...dossier, now: '2024-03-06T10:00:00+07:00' })).toMatchObject({
      state: 'pending',
      workingDaysLeft: 2,
    });
    expect(evaluateTimeliness({ ...dossier, finishedAt: null, now: '2024-03-08T16:00:00+07:00' })).toMatchObject({
      state: 'pending',
      workingDaysLeft: 0,
    });
  });

  it('is "overdue" with the working days late once unfinished past the due date', () => {
    expect(evaluateTimeliness({ ...dossier, now: '2024-03-12T10:00:00+07:00' })).toMatchObject({
      state: 'overdue',
      workingDaysLate: 2,
      lateReason: 'past-due',
    });
  });

  it('moves the due date by the working days spent waiting for a supplement', () => {
    const supplements = [{ requestedAt: '2024-03-05T10:00:00+07:00', resumedAt: '2024-03-07T08:00:00+07:00' }];
    const onTime = evaluateTimeliness({ ...dossier, supplements, finishedAt: '2024-03-12T16:00:00+07:00' });
    expect(onTime).toMatchObject({ state: 'on-time', effectiveDueDate: '2024-03-12', supplementCount: 1 });
    expect(evaluateTimeliness({ ...dossier, supplements, finishedAt: '2024-03-13' })).toMatchObject({
      state: 'late',
      workingDaysLate: 1,
    });
  });

  it('stops the clock while a supplement request is open', () => {
    const supplements = [{ requestedAt: '2024-03-05T10:00:00+07:00' }];
    // Three working days were left on Tuesday 5 March; still three on Monday 11 March.
    expect(evaluateTimeliness({ ...dossier, supplements, now: '2024-03-11T10:00:00+07:00' })).toEqual({
      state: 'pending',
      workingDaysLeft: 3,
      pausedForSupplement: true,
      supplementCount: 1,
      effectiveDueDate: '2024-03-14',
    });
  });

  it('counts more than one supplement request as late, whatever the dates', () => {
    const supplements = [
      { requestedAt: '2024-03-05', resumedAt: '2024-03-05' },
      { requestedAt: '2024-03-06', resumedAt: '2024-03-06' },
    ];
    expect(evaluateTimeliness({ ...dossier, supplements, finishedAt: '2024-03-07' })).toMatchObject({
      state: 'late',
      lateReason: 'repeated-supplement',
      supplementCount: 2,
    });
    expect(evaluateTimeliness({ ...dossier, supplements, now: '2024-03-07' })).toMatchObject({
      state: 'overdue',
      lateReason: 'repeated-supplement',
    });
  });

  it('does not count the Tết break as time left or time paused', () => {
    const tetDossier = {
      receivedAt: '2024-02-05T09:00:00+07:00',
      appointmentDate: appointmentDate({ receivedAt: '2024-02-05T09:00:00+07:00', processingTime: workingDays(3) }),
    };
    expect(tetDossier.appointmentDate).toBe('2024-02-15');
    expect(evaluateTimeliness({ ...tetDossier, now: '2024-02-12' })).toMatchObject({
      state: 'pending',
      workingDaysLeft: 1,
    });
    const supplements = [{ requestedAt: '2024-02-07', resumedAt: '2024-02-15' }];
    expect(evaluateTimeliness({ ...tetDossier, supplements, finishedAt: '2024-02-16' })).toMatchObject({
      state: 'on-time',
      effectiveDueDate: '2024-02-16',
    });
  });

  it('rejects a finish before the receipt', () => {
    expect(() => evaluateTimeliness({ ...dossier, finishedAt: '2024-03-01' })).toThrow(RangeError);
  });
});

describe('on-time properties', () => {
  const receipt = fc
    .record({
      day: fc.integer({ min: Date.UTC(2017, 0, 1) / 86_400_000, max: Date.UTC(2030, 5, 30) / 86_400_000 }),
      minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    })
    .map(({ day, minutes }) => new Date(day * 86_400_000 + minutes * 60_000 - 7 * 3_600_000));
  const processingTime = fc.oneof(
    fc.integer({ min: 0, max: 30 }).map(workingDays),
    fc.integer({ min: 0, max: 60 }).map(days),
    fc.integer({ min: 1, max: 72 }).map(hours),
  );

  it('the appointment date is a working day, and finishing on it is on time', () => {
    fc.assert(
      fc.property(receipt, processingTime, (receivedAt, time) => {
        const due = appointmentDate({ receivedAt, processingTime: time });
        expect(isWorkingDay(due)).toBe(true);
        expect(evaluateTimeliness({ receivedAt, appointmentDate: due, finishedAt: due }).state).toBe('on-time');
        expect(
          evaluateTimeliness({ receivedAt, appointmentDate: due, finishedAt: addWorkingDays(due, 1) }),
        ).toMatchObject({ state: 'late', workingDaysLate: 1 });
      }),
    );
  });

  it('an open supplement never lets the working days left run down', () => {
    fc.assert(
      fc.property(
        receipt,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 40 }),
        (receivedAt, limit, wait) => {
          const due = appointmentDate({ receivedAt, processingTime: workingDays(limit) });
          const requestedAt = addWorkingDays(receivedAt, 0);
          const before = evaluateTimeliness({ receivedAt, appointmentDate: due, now: requestedAt });
          const later = evaluateTimeliness({
            receivedAt,
            appointmentDate: due,
            supplements: [{ requestedAt }],
            now: addWorkingDays(requestedAt, wait),
          });
          expect(later.state).toBe('pending');
          expect(later.workingDaysLeft).toBe(before.workingDaysLeft);
        },
      ),
    );
  });
});
