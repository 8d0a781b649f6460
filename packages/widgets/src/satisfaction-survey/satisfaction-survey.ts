import type { HccClient, SurveyForm } from '@hcc/sdk';
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import { HccElement } from '../shared/hcc-element.js';
import { describeError } from '../shared/problem-message.js';
import { renderConfigError, renderEmpty, renderFetchState, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import { AnswerDelivery } from './answer-delivery.js';
import { CommentNotice } from './comment-notice.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { fieldErrorMessage } from './field-messages.js';
import { type FormOptions, type FormRenderContext, focusField } from './form-fields.js';
import { reactionTo } from './outcome-reaction.js';
import { FEEDBACK_COMMENT_MAX_LENGTH } from './page-feedback-model.js';
import { type FeedbackAnswer, PageFeedbackForm } from './page-feedback-view.js';
import { type RatingAnswer, RatingForm } from './rating-form-view.js';
import { type Phase, type ResultViewModel, outcomePanel, renderResult } from './result-view.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import { surveyStrings } from './satisfaction-survey.strings.js';
import { ratingSubmitDetail } from './survey-events.js';
import type { FieldError } from './survey-form-model.js';
import { type SurveyTarget, findSurveyTarget } from './survey-target.js';

/** A dossier to rate, well-formed or not. */
type DossierTarget = Exclude<SurveyTarget, { kind: 'page' }>;

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
 * @attr theme - `light` or `dark` forces a colour scheme; by default the reader's system preference.
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

  static override properties = {
    ...HccElement.properties,
    dossier: {},
    verifier: {},
    phase: { state: true },
    errors: { state: true },
    failure: { state: true },
    persisted: { state: true },
  };

  /** The dossier code to rate; without it, page feedback. */
  declare dossier: string | undefined;
  /** The last four digits of the applicant's phone number; asked for when absent. */
  declare verifier: string | undefined;
  declare private phase: Phase;
  declare private errors: FieldError[];
  declare private failure: unknown;
  declare private persisted: boolean;

  private readonly t = this.translator(surveyStrings);
  private readonly survey = new FetchController<SurveyForm>(this, {
    // Run only once the client exists (willUpdate).
    task: (signal) => (this.api as HccClient).survey.get({ signal }),
    isEmpty: (form) => form.overall.options.length === 0,
    onError: (error) => this.reportError(error),
  });
  private readonly delivery = new AnswerDelivery(this, {
    onOutcome: (outcome) => this.applyOutcome(outcome),
    isQueued: () => this.phase === 'queued',
    apiBase: () => this.apiBase,
    client: () => this.client,
  });
  private readonly rating = new RatingForm(this, {
    ...this.formOptions<RatingAnswer>(),
    dossierCode: () => this.dossierCode,
    pageVerifier: () => this.verifier,
  });
  private readonly pageFeedback = new PageFeedbackForm(this, this.formOptions<FeedbackAnswer>());
  private readonly commentNotice = new CommentNotice(this.t);
  /** What takes focus after the next render: the error summary, the result's title, or nothing. */
  private focusTarget: 'summary' | 'result' | undefined;
  private warnedDossier: string | undefined;

  constructor() {
    super();
    this.phase = 'form';
    this.errors = [];
    this.failure = undefined;
    this.persisted = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('dossier')) this.startOver();
    if ((changed.has('dossier') || changed.has('apiBase')) && this.dossierCode && this.api) void this.survey.run();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    if (target === 'result') this.renderRoot.querySelector<HTMLElement>('.result-title')?.focus();
  }

  protected override render(): TemplateResult {
    const target = this.target;
    const body = this.configProblem
      ? renderConfigError(this.sharedT)
      : target.kind === 'page'
        ? this.pageFeedback.render(this.resultView(), this.formContext(undefined))
        : this.renderRating(target);
    return html`${body}${this.announcer.render()}`;
  }

  // ——— What to rate ———

  private get target(): SurveyTarget {
    return findSurveyTarget(this.dossier, location.href);
  }

  private get isPageFeedback(): boolean {
    return this.target.kind === 'page';
  }

  /** The canonical dossier code, or undefined when there is none or it is malformed. */
  private get dossierCode(): string | undefined {
    const target = this.target;
    return target.kind === 'dossier' ? target.code : undefined;
  }

  private renderRating(target: DossierTarget): TemplateResult {
    const form = this.survey.data;
    const title = form ? form.title[this.locale] : this.t('title');
    return html`<section class="survey" part="base" aria-labelledby="survey-title">
      <h2 id="survey-title" part="title">${title}</h2>
      ${this.renderRatingBody(target, form)}
    </section>`;
  }

  private renderRatingBody(target: DossierTarget, form: SurveyForm | undefined): TemplateResult | typeof nothing {
    if (target.kind === 'malformed') {
      this.warnAboutDossier(target.requested);
      return renderResult({
        tone: 'problem',
        title: this.t('error.dossier', { code: target.requested }),
        paragraphs: [],
      });
    }
    const result = this.resultView();
    if (result) return renderResult(result);
    const state = renderFetchState(this.sharedT, this.survey);
    if (state !== nothing) return state;
    if (this.survey.status === 'empty') return renderEmpty(this.t('empty.survey'));
    return form ? this.rating.render(form, target.code, this.formContext(form)) : nothing;
  }

  private warnAboutDossier(requested: string): void {
    if (this.warnedDossier === requested) return;
    this.warnedDossier = requested;
    console.warn(
      `<${this.localName}>: "${requested}" (dossier attribute or ?ma-ho-so=) is not a dossier code like 000.00.14.H56-250612-0118.`,
    );
  }

  // ——— The forms ———

  /** What both forms need from the element, read when the citizen acts. */
  private formOptions<Answer extends RatingAnswer | FeedbackAnswer>(): FormOptions<Answer> {
    return {
      t: this.t,
      locale: () => this.locale,
      isSending: () => this.phase === 'sending',
      send: (answer) => this.send(answer),
      showErrors: (errors) => this.showErrors(errors),
      onComment: (comment, maxLength) => {
        const notice = this.commentNotice.next(comment, maxLength);
        if (notice) this.announcer.announce(notice);
      },
    };
  }

  /** What a form shows at this render: whether it is sending, and the errors to fix (`form`: the rating's survey). */
  private formContext(form: SurveyForm | undefined): FormRenderContext {
    return {
      sending: this.phase === 'sending',
      summary: this.errors.map((error) => ({ field: error.field, message: this.errorText(error.field, form) ?? '' })),
      errorText: (field) => this.errorText(field, form),
      focusField: (field) => focusField(this.renderRoot, field),
    };
  }

  /** The message for a field's first error, in the interface language; undefined when the field is fine. */
  private errorText(field: string, form: SurveyForm | undefined): string | undefined {
    const error = this.errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    const commentMaxLength = form?.comment.maxLength ?? FEEDBACK_COMMENT_MAX_LENGTH;
    return fieldErrorMessage(error, { form, locale: this.locale, commentMaxLength }, this.t);
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.phase = 'form';
    this.focusTarget = 'summary';
  }

  // ——— Sending and outcomes ———

  /** Stores the answer before anything is sent, then sends it at once; outcomes arrive in applyOutcome. */
  private send(answer: RatingAnswer | FeedbackAnswer): void {
    const stored = this.delivery.store(answer);
    if (!stored) return;
    this.persisted = stored.persisted;
    this.errors = [];
    this.phase = 'sending';
    this.announcer.announce(this.t('sending'));
    this.delivery.sendStored();
  }

  private applyOutcome(outcome: DeliveryOutcome): void {
    const typedVerifier = this.rating.asksVerifier && !this.isPageFeedback;
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

  /** The panel that replaces the form in the current phase, if any. */
  private resultView(): ResultViewModel | undefined {
    return outcomePanel(
      this.phase,
      {
        pageFeedback: this.isPageFeedback,
        persisted: this.persisted,
        failureMessage: describeError(this.failure, this.sharedT).message,
        sendNow: () => this.sendNow(),
        backToForm: () => this.backToForm(),
      },
      this.t,
    );
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
