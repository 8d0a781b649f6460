import { describe, expect, it } from 'vitest';
import { presentTimeliness } from '../../src/dossier-tracker/timeliness-presentation.js';
import { makeDossier } from './make-dossier.js';

const base = makeDossier().timeliness;

describe('the on-time line', () => {
  it('says how many working days are left for a pending dossier', () => {
    const dossier = makeDossier({ timeliness: { ...base, state: 'pending', workingDaysLeft: 3 } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'days-left', days: 3, tone: 'neutral' });
  });

  it('says a pending dossier with no working day left is due today (no days left to count)', () => {
    const dossier = makeDossier({ timeliness: { ...base, state: 'pending', workingDaysLeft: 0 } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'days-left', days: 0 });
  });

  it('says by how many working days an unfinished dossier is overdue', () => {
    const dossier = makeDossier({
      timeliness: { ...base, state: 'overdue', workingDaysLeft: undefined, workingDaysLate: 2 },
    });
    expect(presentTimeliness(dossier)).toMatchObject({
      kind: 'overdue',
      days: 2,
      repeatedSupplement: false,
      tone: 'danger',
    });
  });

  it('says by how many working days a finished dossier was late', () => {
    const dossier = makeDossier({ timeliness: { ...base, state: 'late', workingDaysLate: 4 } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'late', days: 4, tone: 'danger' });
  });

  it('gives no day count for a late dossier when the API gave none', () => {
    const dossier = makeDossier({ timeliness: { ...base, state: 'late', workingDaysLate: undefined } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'late', days: 0, repeatedSupplement: false });
  });

  it('says a dossier is late because of repeated supplement requests, with no "0 days"', () => {
    const dossier = makeDossier({
      timeliness: { ...base, state: 'late', workingDaysLate: 0, lateReason: 'repeated-supplement', supplementCount: 2 },
    });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'late', days: 0, repeatedSupplement: true });
  });

  it.each(['early', 'on-time'] as const)('says "%s" for a dossier finished %s', (state) => {
    const dossier = makeDossier({ timeliness: { ...base, state } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: state, tone: 'success' });
  });

  it('says by how many working days a dossier was finished early, as the API counted them', () => {
    const dossier = makeDossier({ timeliness: { ...base, state: 'early', workingDaysEarly: 2 } });
    expect(presentTimeliness(dossier)).toMatchObject({ kind: 'early', days: 2, tone: 'success' });
  });

  it('says the clock is paused and what was requested while waiting for a supplement', () => {
    const dossier = makeDossier({
      timeliness: { ...base, pausedForSupplement: true, supplementCount: 2 },
      supplements: [
        { requestedAt: '2025-06-01T08:00:00+07:00', reason: 'Bản sao CCCD', resumedAt: '2025-06-03T08:00:00+07:00' },
        { requestedAt: '2025-06-12T10:00:00+07:00', reason: 'Giấy chứng sinh bản chính', resumedAt: null },
      ],
    });
    expect(presentTimeliness(dossier)).toMatchObject({
      kind: 'paused',
      supplement: { reason: 'Giấy chứng sinh bản chính', requestedAt: '2025-06-12T10:00:00+07:00' },
      tone: 'attention',
    });
  });

  it('gives the due date moved by the supplement time when it differs from the appointment date', () => {
    const dossier = makeDossier({
      appointmentDate: '2025-06-13',
      timeliness: { ...base, effectiveDueDate: '2025-06-18' },
    });
    expect(presentTimeliness(dossier)?.movedDueDate).toBe('2025-06-18');
  });

  it('gives no moved due date when the appointment date still holds', () => {
    expect(presentTimeliness(makeDossier())?.movedDueDate).toBeNull();
  });

  it('shows no on-time line for a dossier the applicant withdrew', () => {
    const dossier = makeDossier({
      status: { code: 7, key: 'withdrawn', label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn' } },
      timeliness: { ...base, state: 'on-time' },
    });
    expect(presentTimeliness(dossier)).toBeNull();
  });
});
