import { isHccError } from '@hcc/sdk';
import { type Lang, interpolate } from '../shell/language.js';
import { dashboardStrings } from './dashboard.strings.js';

/** What failed when the figures did not load, in words a reader can act on. */
export function failureMessage(error: unknown, lang: Lang): string {
  const text = dashboardStrings[lang];
  if (!isHccError(error)) return text.failed;
  if (error.kind === 'network') return text['failed-network'];
  if (error.kind === 'timeout') return text['failed-timeout'];
  if (error.kind === 'http' && error.status) {
    return interpolate(text['failed-http'], { status: error.status, title: error.problem?.title ?? '' }).replace(
      ' ()',
      '',
    );
  }
  return text.failed;
}
