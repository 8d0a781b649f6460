import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/dossier-tracker/timeline.js';
import { makeDossier } from './make-dossier.js';

describe('the timeline', () => {
  it('keeps the steps in order and marks the current one', () => {
    const timeline = buildTimeline(makeDossier().steps);
    expect(timeline.items.map((item) => [item.name, item.state])).toEqual([
      ['Tiếp nhận hồ sơ', 'done'],
      ['Thẩm định', 'current'],
      ['Trả kết quả', 'pending'],
    ]);
    expect(timeline.doneCount).toBe(1);
  });

  it('dates a done step by when it finished and the current step by when it started', () => {
    const [done, current, pending] = buildTimeline(makeDossier().steps).items;
    expect(done?.date).toBe('2025-06-12T09:45:00+07:00');
    expect(current?.date).toBe('2025-06-12T09:45:00+07:00');
    expect(pending?.date).toBeNull();
  });

  it('keeps only the first of several current steps current', () => {
    const step = { unit: 'Bộ phận Một cửa', state: 'current' as const, startedAt: null, finishedAt: null };
    const timeline = buildTimeline([
      { ...step, name: 'A' },
      { ...step, name: 'B' },
    ]);
    expect(timeline.items.map((item) => item.state)).toEqual(['current', 'pending']);
  });

  it('has no current step when every step is done', () => {
    const steps = makeDossier().steps.map((step) => ({ ...step, state: 'done' as const }));
    const timeline = buildTimeline(steps);
    expect(timeline.items.some((item) => item.state === 'current')).toBe(false);
    expect(timeline.doneCount).toBe(3);
  });

  it('is empty for a dossier without steps', () => {
    expect(buildTimeline([])).toEqual({ items: [], doneCount: 0 });
  });
});
