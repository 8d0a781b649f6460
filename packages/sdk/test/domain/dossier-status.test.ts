import { describe, expect, it } from 'vitest';
import { dossierStatus, dossierStatuses, isRatableStatus } from '../../src/domain/index.js';

describe('the national dossier statuses', () => {
  it('are the ten of the glossary, numbered 1 to 10 with their stable keys', () => {
    expect(dossierStatuses.map((status) => [status.code, status.key])).toEqual([
      [1, 'registered'],
      [2, 'received'],
      [3, 'rejected'],
      [4, 'processing'],
      [5, 'supplement-requested'],
      [6, 'payment-requested'],
      [7, 'withdrawn'],
      [8, 'stopped'],
      [9, 'processed'],
      [10, 'returned'],
    ]);
  });

  it('word status 5 as receipts do, in Vietnamese and English', () => {
    expect(dossierStatus(5)?.label).toEqual({ vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' });
    expect(dossierStatus(0)).toBeUndefined();
    expect(dossierStatus(11)).toBeUndefined();
  });

  it('can be rated once processing is over: not accepted, stopped, processed, returned', () => {
    expect(dossierStatuses.filter((status) => isRatableStatus(status.code)).map((status) => status.code)).toEqual([
      3, 8, 9, 10,
    ]);
  });
});
