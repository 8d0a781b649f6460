import { type SurveyForm, parseDossierCode } from '@hcc/sdk';
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { FetchController } from '../shared/fetch-controller.js';
import { parseApiBase } from '../shared/api-base.js';
import { HccElement } from '../shared/hcc-element.js';
import { describeError } from '../shared/problem-message.js';
import { renderConfigError, renderEmpty, renderFetchState, stateStyles } from '../shared/state-views.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import {
  fieldId,
  renderChoiceGroup,
  renderCommentField,
  renderErrorSummary,
  renderVerifierField,
} from './form-fields.js';
import type { FeedbackEntry, OutboxEntry, OutboxItem, RatingEntry } from './outbox-item.js';
import { OUTBOX_STORAGE_KEY } from './outbox-store.js';
import { type PageOutbox, acquirePageOutbox, releasePageOutbox } from './page-outbox.js';
import {
  FEEDBACK_COMMENT_MAX_LENGTH,
  FEEDBACK_REASONS,
  type FeedbackDraft,
  type FeedbackReason,
  emptyFeedbackDraft,
  feedbackCommentTooLong,
  toFeedbackInput,
} from './page-feedback-model.js';
import { findPersonalData } from './personal-data.js';
import { type Phase, type ResultViewModel, outcomePanel, renderResult } from './result-view.js';
import { fieldErrorMessage } from './field-messages.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import { dossierCodeFromPageUrl } from '../shared/dossier-input.js';
import { surveyStrings } from './satisfaction-survey.strings.js';
import type { RatingSubmitDetail } from './survey-events.js';
import {
  type FieldError,
  type SurveyDraft,
  commentLength,
  emptyDraft,
  fieldErrorsFromProblem,
  readVerifier,
  toRatingInput,
  validateDraft,
  visibleQuestions,
  withChoice,
} from './survey-form-model.js';

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
    draft: { state: true },
    verifierInput: { state: true },
    errors: { state: true },
    feedback: { state: true },
    feedbackStep: { state: true },
    failure: { state: true },
    persisted: { state: true },
  };

  /** The dossier code to rate; without it, page feedback. */
  declare dossier: string | undefined;
  /** The last four digits of the applicant's phone number; asked for when absent. */
  declare verifier: string | undefined;
  declare private phase: Phase;
  declare private draft: SurveyDraft;
  declare private verifierInput: string;
  declare private errors: FieldError[];
  declare private feedback: FeedbackDraft;
  declare private feedbackStep: 'ask' | 'details';
  declare private failure: unknown;
  declare private persisted: boolean;

  private readonly t = this.translator(surveyStrings);
  private readonly survey = new FetchController<SurveyForm>(this, {
    task: (signal) => this.requireApi().survey.get({ signal }),
    isEmpty: (form) => form.overall.options.length === 0,
    onError: (error) => this.reportError(error),
  });
  private page: PageOutbox | undefined;
  private stopListening: (() => void) | undefined;
  /** The outbox item this widget is waiting for. */
  private pending: OutboxItem | undefined;
  /**
   * Another tab wrote to the outbox. When it took our queued answer out, it delivered it (a final refusal there is
   * as unlikely as it would be here): the citizen sees the thank-you rather than "will be sent" forever.
   */
  private readonly onStorage = (event: StorageEvent) => {
    const pending = this.pending;
    if (event.key !== OUTBOX_STORAGE_KEY || !pending || this.phase !== 'queued' || !this.page) return;
    if (!this.page.outbox.items().some((item) => item.id === pending.id)) {
      this.applyOutcome({ status: 'delivered', item: pending });
    }
  };
  /** What takes focus after the next render: the error summary, the result's title, or nothing. */
  private focusTarget: 'summary' | 'result' | undefined;
  private lastCommentNotice = '';
  private warnedDossier: string | undefined;

  constructor() {
    super();
    this.phase = 'form';
    this.draft = emptyDraft();
    this.verifierInput = '';
    this.errors = [];
    this.feedback = emptyFeedbackDraft();
    this.feedbackStep = 'ask';
    this.failure = undefined;
    this.persisted = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.page = acquirePageOutbox();
    this.stopListening = this.page.outbox.onOutcome((outcome) => this.applyOutcome(outcome));
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
    window.removeEventListener('storage', this.onStorage);
    this.page = undefined;
    releasePageOutbox();
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
    const body = this.configProblem
      ? renderConfigError(this.sharedT)
      : this.isPageFeedback
        ? this.renderPageFeedback()
        : this.renderRating();
    return html`${body}${this.announcer.render()}`;
  }

  // ——— Rating a dossier ———

  /** The dossier to rate as given: the `dossier` attribute, else `?ma-ho-so=` in the page URL (the tracker's link). */
  private get requestedDossier(): string | undefined {
    return this.dossier?.trim() || dossierCodeFromPageUrl(location.href) || undefined;
  }

  private get isPageFeedback(): boolean {
    return this.requestedDossier === undefined;
  }

  /** The canonical dossier code, or undefined when there is none or it is malformed. */
  private get dossierCode(): string | undefined {
    const requested = this.requestedDossier;
    if (requested === undefined) return undefined;
    const parsed = parseDossierCode(requested);
    return parsed.ok ? parsed.code : undefined;
  }

  /** True when the page did not pass a usable verifier, so the form asks for it. */
  private get asksVerifier(): boolean {
    return !readVerifier(this.verifier ?? '').ok;
  }

  private renderRating(): TemplateResult {
    const form = this.survey.data;
    const title = form ? form.title[this.locale] : this.t('title');
    return html`<section class="survey" part="base" aria-labelledby="survey-title">
      <h2 id="survey-title" part="title">${title}</h2>
      ${this.renderRatingBody(form)}
    </section>`;
  }

  private renderRatingBody(form: SurveyForm | undefined): TemplateResult | typeof nothing {
    const code = this.dossierCode;
    if (!code) {
      this.warnAboutDossier();
      return renderResult({
        tone: 'problem',
        title: this.t('error.dossier', { code: this.requestedDossier ?? '' }),
        paragraphs: [],
      });
    }
    const result = this.resultView();
    if (result) return renderResult(result);
    const state = renderFetchState(this.sharedT, this.survey);
    if (state !== nothing) return state;
    if (this.survey.status === 'empty') return renderEmpty(this.t('empty.survey'));
    if (!form) return nothing;
    return html`<p class="dossier">${this.t('dossier.heading', { code })}</p>
      ${renderErrorSummary(this.t, this.summaryLines(form), (field) => this.focusField(field))}
      <form novalidate @submit=${(event: Event) => this.submitRating(event, form)}>
        ${
          this.asksVerifier
            ? renderVerifierField(this.t, this.verifierInput, this.errorText('verifier', form), (value) => {
                this.verifierInput = value;
              })
            : nothing
        }
        ${renderChoiceGroup({
          field: 'overall',
          legend: form.overall.label[this.locale],
          multiple: false,
          choices: form.overall.options.map((option) => ({ value: option.value, label: option.label[this.locale] })),
          selected: this.draft.overall ? [this.draft.overall] : [],
          error: this.errorText('overall', form),
          onChange: (value) => {
            this.draft = { ...this.draft, overall: value as SurveyDraft['overall'] };
          },
        })}
        ${visibleQuestions(form, this.draft.overall).map((question) => {
          const answer = this.draft.answers[question.id];
          return renderChoiceGroup({
            field: question.id,
            legend: question.label[this.locale],
            hint: question.help?.[this.locale],
            legendSuffix: question.required ? undefined : this.t('optional'),
            multiple: question.kind === 'multiple',
            choices: question.options.map((option) => ({ value: option.value, label: option.label[this.locale] })),
            selected: answer === undefined ? [] : ([] as string[]).concat(answer),
            error: this.errorText(question.id, form),
            onChange: (value, checked) => {
              this.draft = withChoice(this.draft, question, value, checked);
            },
          });
        })}
        ${renderCommentField(this.t, {
          label: form.comment.label[this.locale],
          warning: form.comment.warning[this.locale],
          value: this.draft.comment,
          length: commentLength(this.draft.comment),
          maxLength: form.comment.maxLength,
          personalData: findPersonalData(this.draft.comment),
          error: this.errorText('comment', form),
          onInput: (comment) => {
            this.draft = { ...this.draft, comment };
            this.noticeComment(comment, form.comment.maxLength);
          },
        })}
        ${this.renderSubmit(this.t('submit'))}
      </form>`;
  }

  private submitRating(event: Event, form: SurveyForm): void {
    event.preventDefault();
    // A second click while the first send is under way changes nothing: the outbox shares that send.
    if (this.phase === 'sending') return;
    const code = this.dossierCode;
    const verifier = readVerifier(this.asksVerifier ? this.verifierInput : (this.verifier ?? ''));
    const errors: FieldError[] = verifier.ok ? [] : [{ field: 'verifier', reason: verifier.reason }];
    errors.push(...validateDraft(form, this.draft));
    if (errors.length > 0 || !verifier.ok || !code) {
      this.showErrors(errors);
      return;
    }
    this.send({
      kind: 'rating',
      dossierCode: code,
      verifier: verifier.verifier,
      rating: toRatingInput(form, this.draft),
    });
  }

  // ——— Page feedback ———

  private renderPageFeedback(): TemplateResult {
    const result = this.resultView();
    return html`<section class="survey feedback" part="base" aria-labelledby="feedback-question">
      <p id="feedback-question" class="question">${this.t('feedback.question')}</p>
      ${result ? renderResult(result) : this.feedbackStep === 'ask' ? this.renderYesNo() : this.renderFeedbackDetails()}
    </section>`;
  }

  private renderYesNo(): TemplateResult {
    return html`<div class="yes-no" role="group" aria-labelledby="feedback-question">
      <button type="button" class="button secondary" part="answer-button" @click=${() => this.answerUseful(true)}>
        ${this.t('feedback.yes')}
      </button>
      <button type="button" class="button secondary" part="answer-button" @click=${() => this.answerUseful(false)}>
        ${this.t('feedback.no')}
      </button>
    </div>`;
  }

  private renderFeedbackDetails(): TemplateResult {
    const lines = this.errors.map((error) => ({
      field: error.field,
      message: this.errorText(error.field, undefined) ?? '',
    }));
    return html`${renderErrorSummary(this.t, lines, (field) => this.focusField(field))}
      <form novalidate @submit=${(event: Event) => this.submitFeedback(event)}>
        ${renderChoiceGroup({
          field: 'reasons',
          legend: this.t('feedback.reasons'),
          legendSuffix: this.t('optional'),
          multiple: true,
          choices: FEEDBACK_REASONS.map((reason) => ({ value: reason, label: this.t(`feedback.reason.${reason}`) })),
          selected: this.feedback.reasons,
          error: undefined,
          onChange: (value, checked) => {
            const rest = this.feedback.reasons.filter((reason) => reason !== value);
            this.feedback = { ...this.feedback, reasons: checked ? [...rest, value as FeedbackReason] : rest };
          },
        })}
        ${renderCommentField(this.t, {
          label: `${this.t('feedback.comment')} ${this.t('optional')}`,
          warning: this.t('feedback.warning'),
          value: this.feedback.comment,
          length: commentLength(this.feedback.comment),
          maxLength: FEEDBACK_COMMENT_MAX_LENGTH,
          personalData: findPersonalData(this.feedback.comment),
          error: this.errorText('comment', undefined),
          onInput: (comment) => {
            this.feedback = { ...this.feedback, comment };
            this.noticeComment(comment, FEEDBACK_COMMENT_MAX_LENGTH);
          },
        })}
        ${this.renderSubmit(this.t('feedback.send'))}
      </form>`;
  }

  private answerUseful(useful: boolean): void {
    this.feedback = { ...this.feedback, useful };
    if (useful) {
      this.sendFeedback();
      return;
    }
    this.feedbackStep = 'details';
    // The follow-up question appears where the buttons were: move there, so keyboard users are not lost.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  private submitFeedback(event: Event): void {
    event.preventDefault();
    if (this.phase === 'sending') return;
    if (feedbackCommentTooLong(this.feedback)) this.showErrors([{ field: 'comment', reason: 'too-long' }]);
    else this.sendFeedback();
  }

  private sendFeedback(): void {
    this.send({
      kind: 'feedback',
      feedback: toFeedbackInput(this.feedback, { href: location.href, lang: this.locale }),
    });
  }

  // ——— Sending and outcomes ———

  /** Queues the answer (stored before anything is sent) and sends it at once; outcomes arrive in applyOutcome. */
  private send(entry: Omit<RatingEntry, 'apiBase'> | Omit<FeedbackEntry, 'apiBase'>): void {
    const page = this.page;
    const apiBase = parseApiBase(this.apiBase, this.localName);
    if (!page || !apiBase.ok) return;
    const { item, persisted } = page.outbox.enqueue({ ...entry, apiBase: apiBase.url } as OutboxEntry);
    this.pending = item;
    this.persisted = persisted;
    this.errors = [];
    this.phase = 'sending';
    this.announcer.announce(this.t('sending'));
    void page.outbox.deliver(item.id).then((outcome) => {
      // Gone from the queue without an outcome here: another tab delivered it.
      if (!outcome && this.pending?.id === item.id) this.applyOutcome({ status: 'delivered', item });
      void page.courier.flush();
    });
  }

  private applyOutcome(outcome: DeliveryOutcome): void {
    if (outcome.item.id !== this.pending?.id) return;
    const { item } = outcome;
    switch (outcome.status) {
      case 'delivered':
        this.pending = undefined;
        this.settle('sent');
        this.emitSubmit(item, 'sent');
        return;
      case 'queued':
      case 'busy':
        if (this.phase === 'queued') return;
        this.settle('queued');
        this.emitSubmit(item, 'queued');
        return;
      case 'already-rated':
        this.pending = undefined;
        this.settle('already-rated');
        return;
      case 'invalid': {
        this.pending = undefined;
        const errors = fieldErrorsFromProblem(outcome.problem);
        this.showErrors(errors.length > 0 ? errors : [{ field: 'form', reason: 'server' }]);
        this.reportError(outcome.error);
        return;
      }
      case 'rejected':
        this.pending = undefined;
        if (outcome.problem?.status === 404 && this.asksVerifier && !this.isPageFeedback) {
          this.showErrors([{ field: 'verifier', reason: 'not-found' }]);
        } else if (outcome.problem?.status === 409) {
          this.settle('not-finished');
        } else {
          this.failure = outcome.error;
          this.settle('failed');
        }
        this.reportError(outcome.error);
    }
  }

  /** Shows an outcome in place of the form, moves focus to its title and tells screen readers. */
  private settle(phase: Phase): void {
    this.phase = phase;
    this.focusTarget = 'result';
    const title = this.resultView()?.title;
    if (title) this.announcer.announce(title);
  }

  private emitSubmit(item: DeliveryOutcome['item'], state: 'sent' | 'queued'): void {
    const detail: RatingSubmitDetail =
      item.kind === 'rating'
        ? { kind: 'rating', dossierCode: item.dossierCode, rating: item.rating, state, persisted: this.persisted }
        : { kind: 'feedback', dossierCode: null, feedback: item.feedback, state, persisted: this.persisted };
    this.emit('hcc-rating-submit', detail);
  }

  /** The panel that replaces the form in the current phase, if any. */
  private resultView(): ResultViewModel | undefined {
    return outcomePanel(
      this.phase,
      {
        pageFeedback: this.isPageFeedback,
        persisted: this.persisted,
        failureMessage: this.phase === 'failed' ? describeError(this.failure, this.sharedT).message : '',
        sendNow: () => this.sendNow(),
        backToForm: () => this.backToForm(),
      },
      this.t,
    );
  }

  private sendNow(): void {
    if (!this.pending || !this.page) return;
    this.announcer.announce(this.t('sending'));
    void this.page.outbox.deliver(this.pending.id);
  }

  private backToForm(): void {
    this.phase = 'form';
    this.failure = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus());
  }

  // ——— Errors and focus ———

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.phase = 'form';
    this.focusTarget = 'summary';
  }

  private summaryLines(form: SurveyForm) {
    return this.errors.map((error) => ({ field: error.field, message: this.errorText(error.field, form) ?? '' }));
  }

  /** The message for a field's first error, in the interface language; undefined when the field is fine. */
  private errorText(field: string, form: SurveyForm | undefined): string | undefined {
    const error = this.errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    const commentMaxLength = form?.comment.maxLength ?? FEEDBACK_COMMENT_MAX_LENGTH;
    return fieldErrorMessage(error, { form, locale: this.locale, commentMaxLength }, this.t);
  }

  private focusField(field: string): void {
    const container = this.renderRoot.querySelector(field === 'form' ? '.error-summary' : `#${fieldId(field)}`);
    const target =
      container?.querySelector<HTMLInputElement>('input:checked') ??
      container?.querySelector<HTMLElement>('input, textarea') ??
      (container as HTMLElement | null);
    target?.focus();
  }

  /** Tells screen readers once when the comment goes over the limit or seems to hold personal data. */
  private noticeComment(comment: string, maxLength: number): void {
    const over = commentLength(comment) - maxLength;
    const personal = findPersonalData(comment);
    const notice =
      over > 0
        ? this.t('comment.over', { count: over })
        : personal.length > 0
          ? this.t('comment.personalData', {
              kinds: personal.map((kind) => this.t(`personal.${kind}`)).join(this.t('personal.and')),
            })
          : '';
    const kind = over > 0 ? 'over' : notice;
    if (notice && kind !== this.lastCommentNotice) this.announcer.announce(notice);
    this.lastCommentNotice = kind;
  }

  // ——— Helpers ———

  private renderSubmit(label: string): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<div class="actions">
      <button type="submit" class="button" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? html`<span class="spinner" aria-hidden="true"></span>${this.t('sending')}` : label}
      </button>
    </div>`;
  }

  private startOver(): void {
    this.phase = 'form';
    this.draft = emptyDraft();
    this.errors = [];
    this.feedback = emptyFeedbackDraft();
    this.feedbackStep = 'ask';
    this.pending = undefined;
  }

  private requireApi() {
    const api = this.api;
    if (!api) throw new Error(`<${this.localName}>: api-base is not set`);
    return api;
  }

  private warnAboutDossier(): void {
    const requested = this.requestedDossier;
    if (this.warnedDossier === requested) return;
    this.warnedDossier = requested;
    console.warn(
      `<${this.localName}>: "${requested}" (from the dossier attribute or ?ma-ho-so=) is not a dossier code (e.g. 000.00.14.H56-250612-0118). Nothing can be rated.`,
    );
  }
}
