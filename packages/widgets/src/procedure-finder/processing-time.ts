import type { Duration } from '@hcc/sdk';
import type { Translate } from '../shared/i18n.js';
import type { FinderStringKey } from './procedure-finder.strings.js';

/**
 * Describes a processing time: `3 ngày làm việc` / `3 working days`; the official wording for limits that are not a
 * plain number (`unit: 'other'`, or "as set by the procedure" when the record has none); "processed immediately"
 * for 0.
 */
export function formatDuration(duration: Duration, t: Translate<FinderStringKey>): string {
  if (duration.unit === 'other') return duration.text || t('duration.unspecified');
  if (duration.value === 0) return t('duration.immediate');
  return t(`duration.${duration.unit}`, { count: duration.value });
}
