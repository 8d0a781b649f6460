import { type ReactiveElement, type TemplateResult, html } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import type { Translate } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { renderFetchState } from '../shared/state-views.js';
import type { FormOptions, FormRenderContext } from './form-fields.js';
import type { FeedbackAnswer, PageFeedbackForm } from './page-feedback-view.js';
import type { ResultViewModel } from './result-view.js';

/** The page-feedback form's module. */
export type PageFeedbackModule = typeof import('./page-feedback-view.js');

/**
 * Page feedback, loaded only by a widget that shows it (one without a dossier to rate): until its module is here, the
 * loading state; if it fails, the error state with "Try again".
 */
export class PageFeedbackLoader {
  private form: PageFeedbackForm | undefined;
  private readonly view: FetchController<PageFeedbackModule>;

  /**
   * `prepare` makes the form's strings, which come with its module, ready in the widget's language; `onError` hears
   * a module that could not be loaded.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormOptions<FeedbackAnswer>,
    { prepare, onError }: { prepare: (view: PageFeedbackModule) => Promise<void>; onError: (error: unknown) => void },
  ) {
    this.view = new FetchController<PageFeedbackModule>(host, {
      task: async () => {
        const view = await import('./page-feedback-view.js');
        await prepare(view);
        return view;
      },
      onError,
    });
  }

  /** Starts loading the form's module, once. */
  load(): void {
    if (this.view.status === 'idle') void this.view.run();
  }

  /** The form (see `PageFeedbackForm.render`), or the state of its module. */
  render(
    result: ResultViewModel | undefined,
    context: FormRenderContext,
    t: Translate<SharedStringKey>,
  ): TemplateResult {
    const module = this.view.data;
    if (!module) return html`<section class="survey" part="base">${renderFetchState(t, this.view)}</section>`;
    this.form ??= new module.PageFeedbackForm(this.host, this.options);
    return this.form.render(result, context);
  }

  /** Back to the question with nothing answered. */
  reset(): void {
    this.form?.reset();
  }
}
