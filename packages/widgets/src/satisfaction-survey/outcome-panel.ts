import type { Translate } from '../shared/i18n.js';
import { type OutcomeContext, type Phase, type ResultViewModel, failurePanel } from './result-view.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';

/** The panel that replaces the form in `phase`, or undefined while the form is shown. */
export function outcomePanel(
  phase: Phase,
  context: OutcomeContext,
  t: Translate<SurveyStringKey>,
): ResultViewModel | undefined {
  const feedback = context.pageFeedback;
  switch (phase) {
    case 'sent':
      return feedback
        ? { tone: 'success', title: t('feedback.sent'), paragraphs: [t('feedback.sentDetail')] }
        : { tone: 'success', title: t('sent.title'), paragraphs: [t('sent.next')] };
    case 'queued':
      // Stored on the device, or (storage refused) kept only in this page's memory: the panel says which.
      return context.persisted
        ? {
            tone: 'pending',
            title: t(feedback ? 'feedback.queued' : 'queued.title'),
            paragraphs: [t('queued.detail')],
            action: { label: t('queued.sendNow'), onClick: context.sendNow },
          }
        : {
            tone: 'pending',
            title: t('memory.title'),
            paragraphs: [t('memory.detail')],
            action: { label: t('queued.sendNow'), onClick: context.sendNow },
          };
    case 'already-rated':
      return { tone: 'success', title: t('already.title'), paragraphs: [t('already.detail')] };
    case 'not-finished':
      return { tone: 'problem', title: t('notFinished.title'), paragraphs: [t('notFinished.detail')] };
    default:
      return failurePanel(phase, context, t);
  }
}
