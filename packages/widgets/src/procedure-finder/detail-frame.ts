import type { HccClient, Procedure } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import type { FetchController } from '../shared/fetch-controller.js';
import type { Locale } from '../shared/i18n.js';
import { backIcon } from './finder-icons.js';
import { renderFetchState } from '../shared/state-views.js';
import type { FinderTranslate } from './procedure-finder.strings.js';

/** The detail view's module, loaded on first use. */
export type DetailViewModule = typeof import('./detail-view.js');

/** An opened procedure with the module that draws it: both arrive before the detail is shown. */
export interface OpenedProcedure {
  procedure: Procedure;
  view: DetailViewModule;
}

/**
 * Fetches a procedure and, the first time, the module that draws it (the browser keeps it): the detail's one loading
 * state covers both, and its error state with "Try again" covers a failure of either. `prepare` adds the styles and
 * strings that came with the module before the detail is drawn.
 */
export async function fetchOpenedProcedure(
  api: HccClient,
  code: string,
  signal: AbortSignal,
  prepare: (view: DetailViewModule) => Promise<void>,
): Promise<OpenedProcedure> {
  const [view, procedure] = await Promise.all([import('./detail-view.js'), api.procedures.get(code, { signal })]);
  await prepare(view);
  return { view, procedure };
}

/** What the detail frame shows and reports. */
export interface DetailFrameProps {
  t: FinderTranslate;
  locale: Locale;
  detail: Pick<FetchController<OpenedProcedure, [string]>, 'status' | 'data' | 'showSpinner' | 'error' | 'retry'>;
  /** Keys (`case/document`) of the documents the citizen ticked. */
  ready: Set<string>;
  onToggle: () => void;
  onBack: () => void;
}

/**
 * "Back to the list", then the state of the request (and of the view's module: a loading state while either
 * arrives, an error with "Try again" if either fails) or the procedure with its checklist; Escape goes back too.
 */
export function renderDetailFrame({ t, locale, detail, ready, onToggle, onBack }: DetailFrameProps): TemplateResult {
  const opened = detail.status === 'data' ? detail.data : undefined;
  return html`<div class="detail-view" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onBack()}>
    <button type="button" class="button secondary back" part="back-button" @click=${onBack}>
      ${backIcon}<span>${t('detail.back')}</span>
    </button>
    ${renderFetchState(t, detail)}
    ${
      opened
        ? opened.view.renderProcedureDetail({
            t,
            locale,
            procedure: opened.procedure,
            ready,
            onToggle: (key, isReady) => {
              if (isReady) ready.add(key);
              else ready.delete(key);
              onToggle();
            },
            onPrint: () => opened.view.printChecklist(opened.procedure, ready, t, locale),
          })
        : nothing
    }
  </div>`;
}
