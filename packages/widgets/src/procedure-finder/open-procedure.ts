import type { Procedure } from '@hcc/sdk';
import type { ReactiveElement, TemplateResult } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import type { Locale } from '../shared/i18n.js';
import { renderFetchState } from '../shared/state-views.js';
import { JsonLdScript } from './json-ld-script.js';
import { type DetailView, renderDetailPanel } from './procedure-detail.js';
import { printChecklist, toChecklist } from './print-checklist.js';

/** What the open procedure needs from the finder. */
export interface OpenProcedureOptions {
  load: (code: string, signal: AbortSignal) => Promise<Procedure>;
  /** The page URL for the procedure's JSON-LD description, when the finder keeps its state in the URL. */
  pageUrl: () => string | undefined;
  onLoaded: (procedure: Procedure) => void;
  onError: (error: unknown) => void;
}

/** What the detail view needs at one render. */
export interface OpenProcedureView {
  t: DetailView['t'];
  locale: Locale;
  onBack: () => void;
}

/**
 * The procedure open in the finder's detail view: loads it, describes it to search engines (JSON-LD), keeps the
 * documents the citizen ticked for the printed checklist, and moves focus in and back out — into the detail when the
 * citizen opened it, back to the result it came from on the way out.
 */
export class OpenProcedure {
  /** The open procedure's code; undefined while the list is shown. */
  code: string | undefined;
  /** Keys (`case/document`) of the documents the citizen ticked. */
  private ready: ReadonlySet<string> = new Set();
  private returnFocusTo: string | undefined;
  /** Whether opening the detail moves focus into it: only when the citizen opened it from the list. */
  private focusDetail = false;
  private readonly jsonLd: JsonLdScript;
  private readonly detail: FetchController<Procedure, [string]>;

  constructor(
    private readonly host: ReactiveElement,
    options: OpenProcedureOptions,
  ) {
    this.jsonLd = new JsonLdScript(host);
    this.detail = new FetchController(host, {
      task: (signal, code: string) => options.load(code, signal),
      onData: (procedure: Procedure) => {
        this.jsonLd.show(procedure, options.pageUrl());
        options.onLoaded(procedure);
        if (this.focusDetail) this.focusAfterUpdate('.detail-title');
      },
      onError: options.onError,
    });
  }

  /** Opens a procedure; `moveFocus` when the citizen chose it (a deep link or back/forward leaves focus alone). */
  open(code: string, moveFocus: boolean): void {
    this.returnFocusTo = code;
    this.code = code;
    this.ready = new Set();
    this.focusDetail = moveFocus;
    this.host.requestUpdate();
    void this.detail.run(code);
    if (moveFocus) this.focusAfterUpdate('.back');
  }

  /** Back to the list, with focus on the result that was opened (or the search box). */
  close(): void {
    this.code = undefined;
    this.host.requestUpdate();
    this.detail.reset();
    this.jsonLd.remove();
    const code = this.returnFocusTo;
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const button = [...root.querySelectorAll<HTMLElement>('.result-button')].find(
        (candidate) => candidate.dataset.code === code,
      );
      (button ?? root.querySelector<HTMLElement>('.search-input'))?.focus();
    });
  }

  /** "Back to the list", then the request's state or the procedure with its checklist. */
  render(view: OpenProcedureView): TemplateResult {
    const procedure = this.detail.status === 'data' ? this.detail.data : undefined;
    return renderDetailPanel({
      t: view.t,
      state: renderFetchState(view.t, this.detail),
      onBack: view.onBack,
      detail: procedure && {
        t: view.t,
        id: (name) => `hcc-${name}`,
        locale: view.locale,
        procedure,
        ready: this.ready,
        onToggle: (key, ready) => {
          const next = new Set(this.ready);
          if (ready) next.add(key);
          else next.delete(key);
          this.ready = next;
          this.host.requestUpdate();
        },
        onPrint: () => printChecklist(toChecklist(procedure, this.ready, view.t), view.locale),
      },
    });
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}
