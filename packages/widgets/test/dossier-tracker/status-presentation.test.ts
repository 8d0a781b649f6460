import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';
import type { SVGTemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { statusTone } from '../../src/dossier-tracker/status-presentation.js';
import { statusIcons } from '../../src/dossier-tracker/tracker-icons.js';

describe('the national statuses', () => {
  it("are the SDK's 10 statuses in their official order, each with a tone", () => {
    expect(dossierStatuses.map((status) => status.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dossierStatuses.every((status) => statusTone(status.key) !== undefined)).toBe(true);
  });

  it('gives every status an icon of its own, so colour is never the only carrier', () => {
    // The shapes drawn inside each icon's <svg>, compared as markup.
    const shape = (key: DossierStatusKey) => String((statusIcons[key].values[0] as SVGTemplateResult).strings);
    const icons = new Set(dossierStatuses.map((status) => shape(status.key)));
    expect(icons.size).toBe(10);
  });

  it.each([
    ['processed', 'success'],
    ['returned', 'success'],
    ['supplement-requested', 'attention'],
    ['payment-requested', 'attention'],
    ['rejected', 'danger'],
    ['withdrawn', 'danger'],
    ['stopped', 'danger'],
    ['processing', 'progress'],
    ['registered', 'neutral'],
  ] as const)('shows "%s" in the %s tone', (key, tone) => {
    expect(statusTone(key)).toBe(tone);
  });

  it('knows nothing of a key outside the national list', () => {
    expect(statusTone('archived' as DossierStatusKey)).toBeUndefined();
  });
});
