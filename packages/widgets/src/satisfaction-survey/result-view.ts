import { type TemplateResult, html, nothing } from 'lit';
import type { Translate } from '../shared/i18n.js';
import { alertIcon, checkIcon, offlineIcon, retryIcon } from '../shared/icons.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';

/** How a result looks: done (thank you, already rated), waiting (queued) or a problem. */
export type ResultTone = 'success' | 'pending' | 'problem';

/** A state that replaces the form: its title, what happens next, and at most one action. */
export interface ResultViewModel {
  tone: ResultTone;
  title: string;
  paragraphs: readonly string[];
  action?: { label: string; onClick: () => void } | undefined;
}

const icons = { success: checkIcon, pending: offlineIcon, problem: alertIcon } as const;

/**
 * A result panel. Its title takes focus after a submit (`tabindex="-1"`), so keyboard and screen-reader users land
 * on the outcome rather than on a button that vanished.
 */
export function renderResult(view: ResultViewModel): TemplateResult {
  return html`<div class="result ${view.tone}" part="result ${view.tone}">
    <h3 class="result-title" tabindex="-1">${icons[view.tone]}<span>${view.title}</span></h3>
    ${view.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${
      view.action
        ? html`<button type="button" class="button secondary" part="result-button" @click=${view.action.onClick}>
          ${view.tone === 'problem' ? nothing : retryIcon}<span>${view.action.label}</span></button>`
        : nothing
    }
  </div>`;
}

/** Where the widget stands: filling in, sending, or one of the outcomes that replace the form. */
export type Phase = 'form' | 'sending' | 'sent' | 'queued' | 'already-rated' | 'not-finished' | 'failed';

/** What the outcome panels need besides the phase. */
export interface OutcomeContext {
  /** Page feedback rather than a dossier rating. */
  pageFeedback: boolean;
  /** False when the browser refused storage and the answer is kept only in this page's memory. */
  persisted: boolean;
  /** The failure's message, for `failed`. */
  failureMessage: string;
  sendNow: () => void;
  backToForm: () => void;
}

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
    case 'failed':
      return {
        tone: 'problem',
        title: t(feedback ? 'feedback.failed' : 'failed.title'),
        paragraphs: [context.failureMessage],
        action: { label: t('failed.back'), onClick: context.backToForm },
      };
    default:
      return undefined;
  }
}
