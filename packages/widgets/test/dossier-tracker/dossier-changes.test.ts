import { describe, expect, it } from 'vitest';
import { findChanges } from '../../src/dossier-tracker/dossier-changes.js';
import { makeDossier } from './make-dossier.js';

const before = makeDossier();

describe('changes between two look-ups', () => {
  it('finds nothing when the dossier is the same', () => {
    expect(findChanges(before, makeDossier())).toEqual([]);
  });

  it('reports a new status and the new current step', () => {
    const after = makeDossier({
      status: { code: 9, key: 'processed', label: { vi: 'Đã xử lý xong', en: 'Processed' } },
      steps: before.steps.map((step, index) => ({ ...step, state: index < 2 ? 'done' : 'current' })),
    });
    expect(findChanges(before, after)).toEqual([
      { kind: 'status', to: 'processed' },
      { kind: 'step', step: 'Trả kết quả' },
    ]);
  });

  it('reports a new supplement request with what was requested', () => {
    const after = makeDossier({
      supplements: [{ requestedAt: '2025-06-13T08:00:00+07:00', reason: 'Bản sao CCCD', resumedAt: null }],
    });
    expect(findChanges(before, after)).toEqual([{ kind: 'supplement', reason: 'Bản sao CCCD' }]);
  });

  it('reports a changed on-time state when nothing else changed', () => {
    const after = makeDossier({ timeliness: { ...before.timeliness, workingDaysLeft: 0 } });
    expect(findChanges(before, after)).toEqual([{ kind: 'timeliness' }]);
  });

  it('compares nothing across two different dossiers', () => {
    const other = makeDossier({
      code: '000.00.14.H56-250612-0119',
      status: { code: 10, key: 'returned', label: { vi: 'Đã trả kết quả', en: 'Returned' } },
    });
    expect(findChanges(before, other)).toEqual([]);
  });
});
