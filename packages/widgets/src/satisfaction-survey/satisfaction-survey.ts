import type { SurveyForm } from '@hcc/sdk';
import { type PropertyValues, type TemplateResult, html } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import { configProperties } from '../shared/config-schema.js';
import { HccElement } from '../shared/hcc-element.js';
import { describeError } from '../shared/problem-message.js';
import { renderConfigError, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import { type AfterAnswer, DeliveryLoader } from './delivery-loader.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { formContext } from './form-context.js';
import type { FormOptions, FormRenderContext } from './form-fields.js';
import { PageFeedbackLoader } from './page-feedback-loader.js';
import type { FeedbackAnswer } from './page-feedback-view.js';
import { type RatingAnswer, RatingForm } from './rating-form-view.js';
import { type Phase, type ResultViewModel, failurePanel } from './result-view.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import { surveyConfig } from './survey-config.js';
import { renderRatingSection } from './rating-section.js';
import { type SurveyOwnStringKey, surveyStrings } from './satisfaction-survey.strings.js';
import type { FeedbackStringKey } from './page-feedback.strings.js';
import type { OutcomeStringKey } from './survey-outcome.strings.js';
import type { FieldError } from './survey-form-model.js';
import { type SurveyTarget, findSurveyTarget, malformedTargetError } from './survey-target.js';

/**
 * Rates a finished dossier with the province's survey (`GET /survey`), or, without `dossier`, asks whether the page
 * was useful. No answer is lost: it is stored on the device before it is sent, and sent again (with the same
 * idempotency key) after a network failure, a timeout or a server error — on a timer, when the network returns and on
 * the next page load of any page with the widget.
 *
 * @summary Rate a finished dossier (Đánh giá mức độ hài lòng), or say whether a page was useful.
 *
 * @attr api-base - The API's base URL, ending in `/api/v1`. Required.
 * @attr lang - `vi` (default) or `en`; without it, the nearest ancestor's `lang`.
 * @attr dossier - The dossier code to rate; without it, `?ma-ho-so=` from the page URL (where the tracker's
 *   `survey-url` link puts it). With neither, the widget asks "Trang này có hữu ích không?".
 * @attr verifier - The last four digits of the applicant's phone number; asked for when absent.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system; without it, the page's CSS
 *   `color-scheme` can ask for dark.
 *
 * @event hcc-rating-submit - A rating or page feedback was sent (`state: 'sent'`) or stored to be sent
 *   (`state: 'queued'`). `detail`: `{ kind, dossierCode, rating | feedback, state, persisted }`.
 * @event hcc-error - The survey could not be loaded, or the server refused an answer for good.
 *   `detail`: `{ widget, kind, status?, message, error }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The survey's title.
 * @csspart error-summary - The list of problems shown at the top after a failed submit.
 * @csspart fieldset - Each question's group of options.
 * @csspart legend - Each question's text.
 * @csspart choice - One option (label with its radio or checkbox).
 * @csspart label - The label of a text field.
 * @csspart verifier-input - The field for the last four digits of the phone number.
 * @csspart comment - The comment text area.
 * @csspart submit-button - The submit button.
 * @csspart answer-button - The "Có" / "Không" buttons of page feedback.
 * @csspart result - The panel that replaces the form (thank you, saved, already rated, problem).
 * @csspart result-button - The button of that panel ("Gửi ngay", "Quay lại phiếu đánh giá").
 * @csspart state - The loading, error and offline states.
 * @csspart retry-button - Their retry button.
 *
 * @cssproperty --hcc-color-primary - Buttons, links, selected options.
 * @cssproperty --hcc-color-text - Text.
 * @cssproperty --hcc-color-text-muted - Hints and counters.
 * @cssproperty --hcc-color-background - Background.
 * @cssproperty --hcc-color-surface - Panels.
 * @cssproperty --hcc-color-border - Borders of fields.
 * @cssproperty --hcc-color-focus - The focus ring.
 * @cssproperty --hcc-color-success - The thank-you panel.
 * @cssproperty --hcc-color-warning - The saved-not-sent panel and the personal-data hint.
 * @cssproperty --hcc-color-danger - Errors.
 * @cssproperty --hcc-radius - Corner radius.
 * @cssproperty --hcc-spacing - Base spacing.
 * @cssproperty --hcc-font-family - Font.
 * @cssproperty --hcc-font-size - Base font size, in px (default 16px); everything else scales from it.
 */
export class HccSatisfactionSurvey extends HccElement {
  static override styles = [...themeStyles, stateStyles, surveyStyles];

  static override config = surveyConfig;
  static override properties = {
    ...HccElement.properties,
    ...configProperties(surveyConfig),
    phase: { state: true },
    errors: { state: true },
    failure: { state: true },
    persisted: { state: true },
  };

  /** The dossier code to rate; without it, page feedback. */
  declare dossier: string | undefined;
  /** The last four digits of the applicant's phone number; asked for when absent. */
  declare verifier: string | undefined;
  /** `light` (default), `dark`, or `auto` (the reader's system). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  declare private phase: Phase;
  declare private errors: FieldError[];
  declare private failure: unknown;
  declare private persisted: boolean;

  private readonly t = this.translator<SurveyOwnStringKey, FeedbackStringKey | OutcomeStringKey>(surveyStrings);
  private readonly survey = new FetchController<SurveyForm>(this, {
    task: (signal) => this.requireApi().survey.get({ signal }),
    isEmpty: (form) => form.overall.options.length === 0,
    onError: (error) => this.reportError(error),
  });
  private readonly delivery = new DeliveryLoader(this, {
    onOutcome: (outcome, after) => this.applyOutcome(outcome, after),
    prepare: (after) => this.addPiece({ strings: after.outcomeStrings, styles: after.outcomeStyles }),
    onWait: (waiting) => {
      this.phase = waiting ? 'sending' : 'form';
    },
    onFailure: (error) => this.failToLoad(error),
    isQueued: () => this.phase === 'queued',
  });
  private readonly rating = new RatingForm(this, {
    ...this.formOptions<RatingAnswer>(),
    dossierCode: () => this.dossierCode,
    pageVerifier: () => this.verifier,
  });
  private readonly pageFeedback = new PageFeedbackLoader(this, this.formOptions<FeedbackAnswer>(), {
    prepare: (view) => this.addPiece({ strings: view.feedbackStrings, styles: view.feedbackStyles }),
    onError: (error) => this.reportError(error),
  });
  private commentNotice: InstanceType<AfterAnswer['CommentNotice']> | undefined;
  /** What takes focus after the next render: the error summary, the result's title, or nothing. */
  private focusTarget: 'summary' | 'result' | undefined;

  constructor() {
    super();
    this.phase = 'form';
    this.errors = [];
    this.persisted = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('dossier')) this.startOver();
    const target = this.target;
    if (target.kind === 'malformed') this.reportConfig(malformedTargetError(this.localName, target.requested));
    const source = changed.has('dossier') || changed.has('apiBase') || changed.has('client');
    if (source && this.dossierCode && this.api) void this.survey.run();
    if (target.kind === 'page') this.pageFeedback.load();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusTarget && (this.focusTarget === 'summary' ? '.error-summary' : '.result-title');
    this.focusTarget = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  protected override render(): TemplateResult {
    const target = this.target;
    const body = this.configProblem
      ? renderConfigError(this.sharedT)
      : target.kind === 'page'
        ? this.pageFeedback.render(this.resultView(), this.formContext(undefined), this.sharedT)
        : renderRatingSection({
            t: this.t,
            locale: this.locale,
            target,
            survey: this.survey,
            result: this.resultView(),
            renderForm: (form, code) => this.rating.render(form, code, this.formContext(form)),
          });
    return html`${body}${this.announcer.render()}`;
  }

  // ——— What to rate ———

  private get target(): SurveyTarget {
    return findSurveyTarget(this.dossier, location.href);
  }

  /** The canonical dossier code, or undefined when there is none or it is malformed. */
  private get dossierCode(): string | undefined {
    const target = this.target;
    return target.kind === 'dossier' ? target.code : undefined;
  }

  // ——— The forms ———

  /** What both forms need from the element, read when the citizen acts. */
  private formOptions<Answer extends RatingAnswer | FeedbackAnswer>(): FormOptions<Answer> {
    return {
      t: this.t,
      locale: () => this.locale,
      isSending: () => this.phase === 'sending',
      send: (answer) => this.send(answer),
      showErrors: (errors) => this.delivery.whenReady(() => this.showErrors(errors)),
      whenReady: (then) => this.delivery.whenReady(then),
      onComment: (comment, maxLength) => {
        const after = this.delivery.loaded;
        this.commentNotice ??= after && new after.CommentNotice(this.t);
        const notice = this.commentNotice?.next(comment, maxLength);
        if (notice) this.announcer.announce(notice);
      },
    };
  }

  /** What a form shows at this render (`form`: the rating's survey, undefined for page feedback). */
  private formContext(form: SurveyForm | undefined): FormRenderContext {
    const { t, locale, errors, renderRoot: root, delivery } = this;
    return formContext({ t, locale, errors, form, root, after: delivery.loaded, sending: this.phase === 'sending' });
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.phase = 'form';
    this.focusTarget = 'summary';
  }

  // ——— Sending and outcomes ———

  /**
   * Stores the answer before anything is sent, then sends it at once; outcomes arrive in applyOutcome. The outbox is
   * loaded first if it is not yet: should that fail, the citizen sees the failure and the form to send again.
   */
  private send(answer: RatingAnswer | FeedbackAnswer): void {
    if (!this.api) return;
    this.errors = [];
    this.phase = 'sending';
    this.announcer.announce(this.t('sending'));
    this.delivery.load().then(
      (delivery) => {
        const stored = delivery.store(answer);
        if (!stored) {
          this.phase = 'form';
          return;
        }
        this.persisted = stored.persisted;
        delivery.sendStored();
      },
      (error: unknown) => this.failToLoad(error),
    );
  }

  /** The outbox's module could not be loaded: the citizen sees why, with the way back to the form. */
  private failToLoad(error: unknown): void {
    this.failure = error;
    this.settle('failed');
    this.reportError(error);
  }

  private applyOutcome(outcome: DeliveryOutcome, { reactionTo, ratingSubmitDetail }: AfterAnswer): void {
    const typedVerifier = this.rating.asksVerifier && !(this.target.kind === 'page');
    const reaction = reactionTo(outcome, { queued: this.phase === 'queued', typedVerifier });
    if (reaction.kind === 'none') return;
    if (reaction.kind === 'fix') {
      this.showErrors(reaction.errors);
    } else {
      if ('error' in outcome) this.failure = outcome.error;
      this.settle(reaction.phase);
      const state = reaction.submitted;
      if (state) this.emit('hcc-rating-submit', ratingSubmitDetail(outcome.item, state, this.persisted));
    }
    if (reaction.report && 'error' in outcome) this.reportError(outcome.error);
  }

  /** Shows an outcome in place of the form, moves focus to its title and tells screen readers. */
  private settle(phase: Phase): void {
    this.phase = phase;
    this.focusTarget = 'result';
    const title = this.resultView()?.title;
    if (title) this.announcer.announce(title);
  }

  /** The panel that replaces the form in the current phase, if any (only a failure before the outbox is loaded). */
  private resultView(): ResultViewModel | undefined {
    const context = {
      pageFeedback: this.target.kind === 'page',
      persisted: this.persisted,
      failureMessage: describeError(this.failure, this.sharedT).message,
      sendNow: () => this.sendNow(),
      backToForm: () => this.backToForm(),
    };
    return (this.delivery.loaded?.outcomePanel ?? failurePanel)(this.phase, context, this.t);
  }

  private sendNow(): void {
    if (!this.delivery.waiting) return;
    this.announcer.announce(this.t('sending'));
    this.delivery.sendAgain();
  }

  private backToForm(): void {
    this.phase = 'form';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus());
  }

  private startOver(): void {
    this.phase = 'form';
    this.errors = [];
    this.rating.reset();
    this.pageFeedback.reset();
    this.delivery.forget();
  }
}
