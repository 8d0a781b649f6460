import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mockEachTest } from '../harness/index.js';
import { fetchDossier, fixture, lookUp, mountTracker, text, timeline } from './tracker-page.js';

const mock = mockEachTest();

const STATUS_WORDS = [
  [1, 'Mới đăng ký'],
  [2, 'Được tiếp nhận'],
  [3, 'Không được tiếp nhận'],
  [4, 'Đang xử lý'],
  [5, 'Yêu cầu bổ sung giấy tờ'],
  [6, 'Yêu cầu thực hiện nghĩa vụ tài chính'],
  [7, 'Công dân yêu cầu rút hồ sơ'],
  [8, 'Dừng xử lý'],
  [9, 'Đã xử lý xong'],
  [10, 'Đã trả kết quả'],
] as const;

const STEP_WORDS = { done: 'Đã hoàn thành', current: 'Đang thực hiện', pending: 'Chưa thực hiện' };

describe('each national status', () => {
  it.each(STATUS_WORDS)(
    'shows status %i as "%s", with its icon and the timeline of its steps',
    async (status, words) => {
      const { code, verifier } = fixture(mock(), status);
      const dossier = await fetchDossier(code, verifier);
      const tracker = await mountTracker();
      await lookUp(tracker, code, verifier);

      expect(text(tracker, '[part="status"]')).toBe(`Trạng thái: ${words}`);
      expect(tracker.shadowRoot?.querySelector('[part="status"] svg')).not.toBeNull();
      const shown = timeline(tracker);
      expect(shown.steps).toEqual(dossier.steps.map((step) => [STEP_WORDS[step.state], step.name, step.unit]));
      expect(shown.current).toEqual(dossier.steps.filter((step) => step.state === 'current').map((step) => step.name));
      await expectNoAxeViolations(tracker);
    },
  );

  it('marks the step the applicant must act on as current while a supplement is requested', async () => {
    const { code, verifier } = fixture(mock(), 5);
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    expect(timeline(tracker).current).toEqual(['Bổ sung hồ sơ']);
  });

  it('has every step done and none current once the result is returned', async () => {
    const { code, verifier } = fixture(mock(), 10, 'on-time');
    const tracker = await mountTracker();
    await lookUp(tracker, code, verifier);
    const shown = timeline(tracker);
    expect(shown.current).toEqual([]);
    expect(shown.steps.every(([state]) => state === STEP_WORDS.done)).toBe(true);
    expect(text(tracker, '[part="facts"]')).toMatch(/Ngày trả kết quả\s*\d{2}\/\d{2}\/\d{4}/);
  });

  it('shows the status words in English when the page is in English', async () => {
    const { code, verifier } = fixture(mock(), 5);
    const tracker = await mountTracker({}, { lang: 'en' });
    await lookUp(tracker, code, verifier);
    expect(text(tracker, '[part="status"]')).toBe('Status: Supplement requested');
    expect(timeline(tracker).steps[0]?.[0]).toBe('Completed');
  });
});
