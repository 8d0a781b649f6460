import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mockEachTest } from '../harness/index.js';
import { fetchDossier, fixture, lookUp, mountTracker, text } from './tracker-page.js';

const mock = mockEachTest();

/** Looks up the first fixture with `status` and `traits`; returns the tracker and the API's view of the dossier. */
async function show(status: number, ...traits: string[]) {
  const { code, verifier } = fixture(mock(), status, ...traits);
  const dossier = await fetchDossier(code, verifier);
  const tracker = await mountTracker();
  await lookUp(tracker, code, verifier);
  return { tracker, dossier };
}

describe('the on-time line', () => {
  it('says how many working days are left for a dossier in progress', async () => {
    const { tracker, dossier } = await show(4, 'pending');
    expect(dossier.timeliness.state).toBe('pending');
    const left = dossier.timeliness.workingDaysLeft ?? 0;
    expect(text(tracker, '.timeliness-headline')).toBe(
      left > 0 ? `Tiến độ: Còn ${left} ngày làm việc` : 'Tiến độ: Đến hạn trả kết quả hôm nay',
    );
  });

  it('says by how many working days an unfinished dossier is overdue', async () => {
    const { tracker, dossier } = await show(4, 'overdue');
    expect(dossier.timeliness.state).toBe('overdue');
    expect(text(tracker, '.timeliness-headline')).toBe(
      `Tiến độ: Quá hạn ${dossier.timeliness.workingDaysLate} ngày làm việc`,
    );
    expect(tracker.shadowRoot?.querySelector('.timeliness.tone-danger')).not.toBeNull();
  });

  it('says by how many working days a returned dossier was late', async () => {
    const { tracker, dossier } = await show(10, 'late');
    expect(dossier.timeliness.state).toBe('late');
    const days = dossier.timeliness.workingDaysLate;
    expect(text(tracker, '.timeliness-headline')).toBe(
      `Tiến độ: Trả kết quả trễ hạn${days ? ` ${days} ngày làm việc` : ''}`,
    );
    await expectNoAxeViolations(tracker);
  });

  it('says how many working days early a dossier processed early was, as the API counted them', async () => {
    const { tracker, dossier } = await show(9, 'early');
    const days = dossier.timeliness.workingDaysEarly ?? 0;
    expect(days).toBeGreaterThan(0);
    expect(text(tracker, '.timeliness-headline')).toBe(`Tiến độ: Trả kết quả trước hạn ${days} ngày làm việc`);
    expect(tracker.shadowRoot?.querySelector('.timeliness.tone-success')).not.toBeNull();
  });

  it('says "Đúng hạn" or "Trước hạn" for a dossier returned in time, as the API judged it', async () => {
    const { tracker, dossier } = await show(10, 'on-time');
    const words = { 'on-time': 'Trả kết quả đúng hạn', early: 'Trả kết quả trước hạn' } as Record<string, string>;
    expect(Object.keys(words)).toContain(dossier.timeliness.state);
    expect(text(tracker, '.timeliness-headline')).toMatch(new RegExp(`^Tiến độ: ${words[dossier.timeliness.state]}`));
  });

  it('says the clock is paused while waiting for the supplement, and what was requested', async () => {
    const { tracker, dossier } = await show(5, 'paused');
    expect(dossier.timeliness.pausedForSupplement).toBe(true);
    const open = dossier.supplements.find((request) => request.resumedAt === null);
    expect(text(tracker, '.timeliness-headline')).toBe('Tiến độ: Tạm dừng tính thời hạn: đang chờ bổ sung hồ sơ');
    expect(text(tracker, '[part="timeliness"]')).toContain(`Yêu cầu bổ sung: ${open?.reason}`);
    expect(tracker.shadowRoot?.querySelector('.timeliness.tone-attention')).not.toBeNull();
    await expectNoAxeViolations(tracker);
  });

  it('shows no on-time line for a withdrawn dossier', async () => {
    const { tracker } = await show(7);
    expect(tracker.shadowRoot?.querySelector('[part="timeliness"]')).toBeNull();
  });
});

describe('dossiers received before 1 July 2025', () => {
  it('shows the former district agency that received it, as such', async () => {
    const { tracker, dossier } = await show(10, 'former-agency');
    expect(dossier.agency.former).toBe(true);
    expect(text(tracker, '[part="facts"]')).toContain(dossier.agency.name);
    expect(text(tracker, '[part="former-agency"]')).toBe(
      dossier.agency.level === 'district'
        ? '(Cơ quan cấp huyện trước đây (cấp huyện không còn từ ngày 01/7/2025))'
        : '(Cơ quan trước đây, nay không còn hoạt động)',
    );
    await expectNoAxeViolations(tracker);
  });

  it('counts a dossier with two supplement requests as late, and says why', async () => {
    const { tracker, dossier } = await show(10, 'former-agency', 'supplement', 'late');
    expect(dossier.timeliness.state).toBe('late');
    expect(dossier.timeliness.supplementCount).toBe(2);
    expect(text(tracker, '[part="timeliness"]').includes('bổ sung giấy tờ nhiều lần')).toBe(
      dossier.timeliness.lateReason === 'repeated-supplement',
    );
    expect(text(tracker, '.timeliness-headline')).toMatch(/^Tiến độ: Trả kết quả trễ hạn/);
  });

  it('shows a current agency without the "former" note', async () => {
    const { tracker, dossier } = await show(4, 'pending');
    expect(dossier.agency.former).toBe(false);
    expect(tracker.shadowRoot?.querySelector('[part="former-agency"]')).toBeNull();
  });
});
