import type { Translate } from '../shared/i18n.js';
import { personalDataMessage } from './personal-data-message.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';
import { commentLength } from './survey-form-model.js';

/**
 * What to tell screen readers while a comment is typed: once when it goes over the limit, once when it starts to seem
 * to hold personal data — not again at every key while that stays true.
 */
export class CommentNotice {
  /** The last condition announced: `over`, the personal-data message, or '' for none. */
  private last = '';

  constructor(private readonly t: Translate<SurveyStringKey>) {}

  /** The announcement the comment now calls for, or undefined when there is nothing new to say. */
  next(comment: string, maxLength: number): string | undefined {
    const t = this.t;
    const over = commentLength(comment) - maxLength;
    const notice = over > 0 ? t('comment.over', { count: over }) : (personalDataMessage(t, comment) ?? '');
    const condition = over > 0 ? 'over' : notice;
    const changed = notice !== '' && condition !== this.last;
    this.last = condition;
    return changed ? notice : undefined;
  }
}
