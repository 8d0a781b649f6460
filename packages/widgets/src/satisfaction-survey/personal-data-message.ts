import type { Translate } from '../shared/i18n.js';
import { findPersonalData } from './personal-data.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';

/**
 * The hint under a comment that seems to hold personal data, naming what was found ("… có vẻ chứa số điện thoại và
 * địa chỉ email …"); undefined when nothing was. It comes with the outbox's piece, which loads as soon as the citizen
 * focuses the form, so a survey nobody answers never downloads the patterns or their words.
 */
export function personalDataMessage(t: Translate<SurveyStringKey>, comment: string): string | undefined {
  const found = findPersonalData(comment);
  if (found.length === 0) return undefined;
  const kinds = found.map((kind) => t(`personal.${kind}`)).join(t('personal.and'));
  return t('comment.personalData', { kinds });
}
