import type { FeedbackInput } from '@hcc/sdk';
import { type ReactiveElement, type TemplateResult, html } from 'lit';
import {
  type FormOptions,
  type FormRenderContext,
  renderChoiceGroup,
  renderCommentField,
  renderSubmitButton,
} from './form-fields.js';
import {
  FEEDBACK_COMMENT_MAX_LENGTH,
  FEEDBACK_REASONS,
  type FeedbackDraft,
  type FeedbackReason,
  emptyFeedbackDraft,
  feedbackCommentTooLong,
  toFeedbackInput,
  withReason,
} from './page-feedback-model.js';

export { feedbackStrings } from './page-feedback.strings.js';
export { feedbackStyles } from './page-feedback.styles.js';
import { type ResultViewModel, renderResult } from './result-view.js';
import { commentLength } from './survey-form-model.js';

/** Page feedback ready to be stored and sent (the element adds the API it is meant for). */
export interface FeedbackAnswer {
  kind: 'feedback';
  feedback: FeedbackInput;
}

/**
 * "Trang này có hữu ích không?" — shown when there is no dossier to rate. "Có" sends at once; "Không" asks what went
 * wrong (reasons and a comment, both optional) before sending.
 */
export class PageFeedbackForm {
  private draft: FeedbackDraft = emptyFeedbackDraft();
  /** The yes/no question, or what went wrong after "Không". */
  private step: 'ask' | 'details' = 'ask';

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormOptions<FeedbackAnswer>,
  ) {}

  /** Back to the question with nothing answered. */
  reset(): void {
    this.draft = emptyFeedbackDraft();
    this.step = 'ask';
  }

  /** The question, then the yes/no buttons, the details form, or `result` once the feedback is sent or stored. */
  render(result: ResultViewModel | undefined, context: FormRenderContext): TemplateResult {
    const body = result ? renderResult(result) : this.step === 'ask' ? this.renderYesNo() : this.renderDetails(context);
    return html`<section class="survey" part="base" aria-labelledby="feedback-question">
      <p id="feedback-question" class="question">${this.options.t('feedback.question')}</p>
      ${body}
    </section>`;
  }

  private renderYesNo(): TemplateResult {
    const { t } = this.options;
    const button = (useful: boolean) =>
      html`<button type="button" class="button secondary" part="answer-button" @click=${() => this.answer(useful)}>
        ${t(useful ? 'feedback.yes' : 'feedback.no')}</button>`;
    return html`<div class="yes-no" role="group" aria-labelledby="feedback-question">
      ${button(true)}${button(false)}
    </div>`;
  }

  private renderDetails(context: FormRenderContext): TemplateResult {
    const { t } = this.options;
    const submit = (event: Event) => {
      event.preventDefault();
      this.submit();
    };
    return html`${context.summary}
      <form novalidate @submit=${submit}>
        ${renderChoiceGroup({
          field: 'reasons',
          legend: t('feedback.reasons'),
          legendSuffix: t('optional'),
          multiple: true,
          choices: FEEDBACK_REASONS.map((reason) => ({ value: reason, label: t(`feedback.reason.${reason}`) })),
          selected: this.draft.reasons,
          error: undefined,
          onChange: (value, checked) => this.change(withReason(this.draft, value as FeedbackReason, checked)),
        })}
        ${renderCommentField(t, {
          label: `${t('feedback.comment')} ${t('optional')}`,
          warning: t('feedback.warning'),
          value: this.draft.comment,
          length: commentLength(this.draft.comment),
          maxLength: FEEDBACK_COMMENT_MAX_LENGTH,
          personalData: context.personalData(this.draft.comment),
          error: context.errorText('comment'),
          onInput: (comment) => {
            this.change({ ...this.draft, comment });
            this.options.onComment(comment, FEEDBACK_COMMENT_MAX_LENGTH);
          },
        })}
        ${renderSubmitButton(t, t('feedback.send'), context.sending)}
      </form>`;
  }

  private change(draft: FeedbackDraft): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  private answer(useful: boolean): void {
    this.change({ ...this.draft, useful });
    if (useful) {
      this.send();
      return;
    }
    this.step = 'details';
    // The follow-up question appears where the buttons were: move there, so keyboard users are not lost.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  private submit(): void {
    if (this.options.isSending()) return;
    if (feedbackCommentTooLong(this.draft)) this.options.showErrors([{ field: 'comment', reason: 'too-long' }]);
    else this.send();
  }

  private send(): void {
    const feedback = toFeedbackInput(this.draft, { href: location.href, lang: this.options.locale() });
    this.options.send({ kind: 'feedback', feedback });
  }
}
