import { describe, expect, it } from 'vitest';
import { type CountedDossier, summariseDossiers } from '../../src/index.js';

const dossier = (overrides: Partial<CountedDossier>): CountedDossier => ({
  agencyId: 'xa-tien-du',
  receivedAt: '2026-11-03T09:00:00+07:00',
  status: 10,
  channel: 'online',
  finished: true,
  timeliness: 'on-time',
  rating: null,
  ...overrides,
});

describe('summariseDossiers, the rule behind /stats', () => {
  const stats = summariseDossiers(
    [
      dossier({ timeliness: 'early', rating: 'very-satisfied' }),
      dossier({ timeliness: 'late', channel: 'in-person', rating: 'dissatisfied' }),
      dossier({ status: 4, finished: false, timeliness: 'overdue', receivedAt: '2026-12-01T08:00:00+07:00' }),
      dossier({ agencyId: 'so-tu-phap', rating: 'satisfied' }),
    ],
    { from: '2026-11-01', to: '2026-12-03', agency: null },
    (id) => (id === 'so-tu-phap' ? 'Sở Tư pháp' : 'UBND xã Tiên Du'),
  );

  it('counts on time as early or on time of the finished dossiers judged, and satisfaction as (very) satisfied', () => {
    expect(stats.totals).toMatchObject({
      received: 4,
      finished: 3,
      early: 1,
      onTime: 1,
      late: 1,
      overdue: 1,
      rated: 3,
    });
    expect(stats.rates).toEqual({ onTime: 66.7, online: 75, satisfaction: 66.7 });
    expect(stats.ratings).toEqual({ 'very-satisfied': 1, satisfied: 1, dissatisfied: 1 });
  });

  it('breaks the figures down by status, by agency (busiest first) and by month (in order)', () => {
    expect(stats.byStatus.map((entry) => entry.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 3]);
    expect(stats.byAgency.map((entry) => [entry.name, entry.received])).toEqual([
      ['UBND xã Tiên Du', 3],
      ['Sở Tư pháp', 1],
    ]);
    expect(stats.byMonth.map((entry) => [entry.month, entry.received])).toEqual([
      ['2026-11', 3],
      ['2026-12', 1],
    ]);
  });

  it('gives no rate where there is nothing to count', () => {
    const empty = summariseDossiers([], { from: '2026-01-01', to: '2026-01-31', agency: 'x' }, (id) => id);
    expect(empty.rates).toEqual({ onTime: null, online: null, satisfaction: null });
    expect(empty).toMatchObject({ from: '2026-01-01', to: '2026-01-31', agency: 'x', byAgency: [], byMonth: [] });
  });
});
