import { describe, expect, it } from 'vitest';
import { canBeRated, statusLabel, traitLabels } from '../../src/try/dossier-labels.js';

describe('sample dossier labels', () => {
  it('names the 10 national statuses with their number, in both languages', () => {
    expect(statusLabel(1, 'vi')).toBe('1. Mới đăng ký');
    expect(statusLabel(10, 'vi')).toBe('10. Đã trả kết quả');
    expect(statusLabel(5, 'en')).toBe('5. Supplement requested');
  });

  it('offers a rating only for finished dossiers: not accepted, stopped, processed, returned', () => {
    const rateable = Array.from({ length: 10 }, (_, index) => index + 1).filter(canBeRated);
    expect(rateable).toEqual([3, 8, 9, 10]);
  });

  it('calls an overdue dossier overdue, not also late', () => {
    expect(traitLabels(['overdue', 'late'], 'vi')).toEqual(['Quá hạn']);
  });

  it('leaves out traits that only repeat the status', () => {
    expect(traitLabels(['withdrawn', 'former-agency'], 'en')).toEqual(['Former district agency']);
  });
});
