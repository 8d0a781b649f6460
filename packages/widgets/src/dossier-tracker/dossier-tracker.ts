import type { Dossier } from '@hcc/sdk';
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import type { HccErrorDetail } from '../shared/events.js';
import { configProperties } from '../shared/config-schema.js';
import { classifyFailure } from '../shared/failure.js';
import { HccElement } from '../shared/hcc-element.js';
import { renderConfigError, renderLoading } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { ResultStringKey } from './dossier-result.strings.js';
import { type TrackerOwnStringKey, trackerStrings } from './dossier-tracker.strings.js';
import { trackerStyles } from './dossier-tracker.styles.js';
import { trackerConfig } from './tracker-config.js';
import { type LookupFailure, classifyLookupFailure } from './lookup-failure.js';
import { renderLookupForm } from './lookup-form.js';
import { dossierCodeFromPageUrl } from '../shared/dossier-input.js';
import { type InvalidLookupInput, readLookupInput } from './lookup-input.js';
import { renderFailure } from './lookup-states.js';
import { Poller, parsePollMinutes } from './poller.js';
import { failureText, statusText } from './tracker-messages.js';

export type { DossierLoadDetail } from './dossier-load-event.js';

/** The result view's module, loaded with the first look-up. */
type ResultViewModule = typeof import('./result-view.js');

/** Why the tracker fetched: the citizen's look-up (the result takes focus) or a refresh of the dossier shown. */
type FetchReason = 'lookup' | 'refresh' | 'poll';

/**
 * Looks up a dossier with its code and verifier and shows its national status, on-time state and processing steps.
 *
 * @summary Where is my dossier, and is it on time? (Tra cứu hồ sơ)
 *
 * @attr api-base - The API's base URL, ending in `/api/v1`. Required.
 * @attr lang - `vi` (default) or `en`; without it, the nearest ancestor's `lang`.
 * @attr code - The dossier code to pre-fill; without it, `?ma-ho-so=` from the page URL.
 * @attr verifier - The last four digits of the phone number on the receipt. With a code, the dossier is looked up
 * at once; without it, the form asks for them.
 * @attr poll - Minutes between automatic refreshes while a dossier is shown (at least 1); changes are announced
 * politely. No polling without it.
 * @attr survey-url - The page with the satisfaction survey; a finished, unrated dossier links there with
 * `?ma-ho-so=CODE`. Without it, a `<hcc-satisfaction-survey>` on the same page is used.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system.
 *
 * @event hcc-dossier-load - A dossier was shown (look-up, "Check again" or poll). `detail: { code, dossier, canRate }`.
 * @event hcc-error - A look-up failed or `api-base` is missing. `detail: { widget, kind, status?, message, error }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The widget's heading.
 * @csspart form - The look-up form.
 * @csspart field - A form field (label, help text, error, input).
 * @csspart input - The code and verifier inputs.
 * @csspart field-error - The message under an invalid field.
 * @csspart submit-button - The "Tra cứu" button.
 * @csspart state - The loading, error and offline boxes (with `loading`, `error`, `offline`).
 * @csspart retry-button - "Thử lại" after a failure.
 * @csspart result - The dossier shown.
 * @csspart status - The national status, with its icon.
 * @csspart timeliness - The on-time line.
 * @csspart facts - The list of procedure, agency, applicant and dates.
 * @csspart former-agency - The note beside a former (district) agency.
 * @csspart rate-invitation - The invitation to rate a finished dossier.
 * @csspart timeline - The ordered list of processing steps.
 * @csspart step - One step (with `step-done`, `step-current`, `step-pending`).
 * @csspart check-again-button - The "Kiểm tra lại" button.
 *
 * @cssproperty --hcc-color-primary - Buttons, links, the current step.
 * @cssproperty --hcc-color-text - Text.
 * @cssproperty --hcc-color-text-muted - Help text and secondary lines.
 * @cssproperty --hcc-color-background - The widget's background.
 * @cssproperty --hcc-color-surface - Boxes (status, steps, states).
 * @cssproperty --hcc-color-border - Borders and pending steps.
 * @cssproperty --hcc-color-focus - The focus ring.
 * @cssproperty --hcc-color-success - Finished and on-time tones.
 * @cssproperty --hcc-color-warning - Waiting-for-the-applicant tones.
 * @cssproperty --hcc-color-danger - Late, errors and invalid fields.
 * @cssproperty --hcc-radius - Corner radius.
 * @cssproperty --hcc-spacing - The base spacing.
 * @cssproperty --hcc-font-family - The typeface.
 * @cssproperty --hcc-font-size - The base size in px (default 16px); everything else scales from it.
 */
export class HccDossierTracker extends HccElement {
  static override styles = [...themeStyles, trackerStyles];

  static override config = trackerConfig;
  static override properties = {
    ...HccElement.properties,
    ...configProperties(trackerConfig),
    codeInput: { state: true },
    verifierInput: { state: true },
    invalid: { state: true },
    shown: { state: true },
    failure: { state: true },
  };

  /** The dossier code to pre-fill (else `?ma-ho-so=` from the page URL). */
  declare code: string | undefined;
  /** The last four digits of the phone number on the receipt (asked for when absent). */
  declare verifier: string | undefined;
  /** Minutes between automatic refreshes while a dossier is shown (at least 1); no polling when absent. */
  declare poll: number | undefined;
  /** The satisfaction-survey page a finished dossier links to. */
  declare surveyUrl: string | undefined;
  /** `light` or `dark`, overriding the system preference. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  declare private codeInput: string;
  declare private verifierInput: string;
  /** What is wrong with the fields, after a submission that did not pass the checks. */
  declare private invalid: InvalidLookupInput | undefined;
  declare private shown: Dossier | undefined;
  declare private failure: LookupFailure | null;

  private readonly t = this.translator<TrackerOwnStringKey, ResultStringKey>(trackerStrings);
  /** The verifier that unlocked the dossier shown; kept in memory only, for "Check again", polls and the survey. */
  private shownVerifier = '';
  /** When the dossier shown was fetched (set with `shown`, which renders it). */
  private checkedAt = new Date();
  /** What takes focus once rendered: the result heading after a look-up, or the first invalid field. */
  private focusAfterUpdate = '';
  /** The result view's module, once loaded (with the first look-up, so that the form alone stays small). */
  private view: ResultViewModule | undefined;
  private readonly poller = new Poller(this, () => this.refresh('poll'));
  private readonly lookup = new FetchController<Dossier, [string, string, FetchReason]>(this, {
    // The request and the module start together: one loading state covers both, one error state (with "Try
    // again") a failure of either.
    task: async (signal, code, verifier, reason) => {
      const [view, dossier] = await Promise.all([
        // The result's words come with its view, ready before the dossier is shown and announced.
        this.loadPiece(() => import('./result-view.js')),
        this.requireApi().dossiers.get(code, { verifier, signal }),
      ]);
      this.view = view;
      if (!signal.aborted) this.showDossier(dossier, verifier, reason);
      return dossier;
    },
    onError: (error) => this.showFailure(error),
  });

  constructor() {
    super();
    this.codeInput = '';
    this.verifierInput = '';
    this.failure = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.code && !this.codeInput) this.codeInput = dossierCodeFromPageUrl(window.location.href) ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code) this.codeInput = this.code;
    if (changed.has('verifier') && this.verifier) this.verifierInput = this.verifier;
    // With both a code and a verifier from the page, the citizen has nothing left to type.
    const given = !this.hasUpdated || changed.has('code') || changed.has('verifier') || changed.has('client');
    if (given && this.codeInput && this.verifier && this.api) this.submit({ moveFocus: false });
    // Polls only while a dossier is shown; the same interval again keeps the poller's clock.
    this.poller.set(this.shown ? parsePollMinutes(this.poll) : null);
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate && this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    if (!target) return;
    this.focusAfterUpdate = '';
    target.focus();
  }

  /** Looks up the dossier typed in the form, after checking both fields. */
  private submit({ moveFocus }: { moveFocus: boolean }): void {
    const input = readLookupInput(this.codeInput, this.verifierInput);
    this.invalid = input.ok ? undefined : input;
    this.focusAfterUpdate = moveFocus ? (input.ok ? '#result-heading' : 'input[aria-invalid="true"]') : '';
    if (!input.ok) return;
    this.codeInput = input.code;
    this.failure = null;
    this.shown = undefined;
    void this.lookup.run(input.code, input.verifier, 'lookup');
  }

  /** Fetches the dossier shown again: "Check again", a poll, or a retry after a failed refresh. */
  private refresh(reason: FetchReason): void {
    if (!this.shown || this.lookup.status === 'loading') return;
    void this.lookup.run(this.shown.code, this.shownVerifier, reason);
  }

  private showDossier(dossier: Dossier, verifier: string, reason: FetchReason): void {
    const before = this.shown;
    this.shown = dossier;
    this.shownVerifier = verifier;
    this.failure = null;
    this.checkedAt = new Date();
    this.announceLoad(before, dossier, reason);
    this.emit('hcc-dossier-load', { code: dossier.code, dossier, canRate: dossier.rating.canRate });
    // After the event: a survey its listeners put on the page for this dossier does not ask for the digits again.
    this.view?.handVerifierToSurveys(this.ownerDocument, dossier.code, verifier);
  }

  private announceLoad(before: Dossier | undefined, after: Dossier, reason: FetchReason): void {
    const t = this.t;
    if (!before || reason === 'lookup') {
      this.announcer.announce(t('announce.loaded', { code: after.code, status: statusText(after.status.key, t) }));
      return;
    }
    const view = this.view;
    if (!view) return;
    const changes = view.findChanges(before, after);
    // A poll that finds nothing new stays silent; a "Check again" always answers.
    if (changes.length === 0 && reason === 'poll') return;
    const timeliness = view.presentTimeliness(after);
    const headline = timeliness ? view.timelinessText(timeliness, t) : '';
    this.announcer.announce(view.changesAnnouncement(changes, headline, t));
  }

  private showFailure(error: unknown): void {
    const failure = classifyLookupFailure(error, navigator.onLine);
    this.failure = failure;
    // The kind and status as every widget reports them; the message is the one the tracker shows.
    const { reported, status } = classifyFailure(error);
    const detail: HccErrorDetail = {
      widget: this.localName,
      kind: reported,
      message: failureText(failure, this.t),
      error,
    };
    if (status !== undefined) detail.status = status;
    this.emit('hcc-error', detail);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<section class="tracker" part="base" aria-labelledby="title">
      <h2 id="title" part="title">${t('title')}</h2>
      ${this.api ? this.renderLookup() : renderConfigError(t)} ${this.announcer.render()}
    </section>`;
  }

  private renderLookup(): TemplateResult {
    const t = this.t;
    const busy = this.lookup.status === 'loading';
    return html`<p class="muted">${t('intro')}</p>
      ${renderLookupForm({
        t,
        code: this.codeInput,
        verifier: this.verifierInput,
        invalid: this.invalid,
        onInput: (field, value) => {
          if (field === 'code') this.codeInput = value;
          else this.verifierInput = value;
        },
        onSubmit: () => this.submit({ moveFocus: true }),
      })}
      <div class="outcome" aria-busy=${busy}>
        ${busy ? renderLoading(t, this.lookup.showSpinner) : nothing}
        ${this.failure && !busy ? renderFailure(this.failure, t, () => this.lookup.retry()) : nothing}
        ${this.shown && this.view ? this.renderResult(this.shown, this.view) : nothing}
      </div>`;
  }

  private renderResult(dossier: Dossier, view: ResultViewModule): TemplateResult {
    return view.renderDossierResult({
      dossier,
      t: this.t,
      locale: this.locale,
      checkedAt: this.checkedAt,
      pollMinutes: parsePollMinutes(this.poll),
      ratingTarget: dossier.rating.canRate ? view.findRatingTarget(this.surveyUrl, dossier.code, document) : null,
      onCheckAgain: () => this.refresh('refresh'),
      onRate: (survey) => view.openSurvey(survey, dossier.code, this.shownVerifier),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hcc-dossier-tracker': HccDossierTracker;
  }
}
