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

/**
 * The panel for an answer that could not be sent (the outbox's code could not be loaded, or the server refused it for
 * good), with the way back to the form; undefined in any other phase. It ships with the widget, since it must show
 * when nothing else could be loaded.
 */
export function failurePanel(
  phase: Phase,
  context: Pick<OutcomeContext, 'pageFeedback' | 'failureMessage' | 'backToForm'>,
  t: Translate<SurveyStringKey>,
): ResultViewModel | undefined {
  if (phase !== 'failed') return undefined;
  return {
    tone: 'problem',
    title: t(context.pageFeedback ? 'feedback.failed' : 'failed.title'),
    paragraphs: [context.failureMessage],
    action: { label: t('failed.back'), onClick: context.backToForm },
  };
}
