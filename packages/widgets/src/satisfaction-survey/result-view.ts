import { type TemplateResult, html, nothing } from 'lit';
import { alertIcon, checkIcon, offlineIcon, retryIcon } from '../shared/icons.js';

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
          ${view.tone === 'problem' ? nothing : retryIcon}<span>${view.action.label}</span>
        </button>`
        : nothing
    }
  </div>`;
}
