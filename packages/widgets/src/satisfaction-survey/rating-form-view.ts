import type { SurveyForm, SurveyQuestion } from '@hcc/sdk';
import { type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import {
  type FormOptions,
  type FormRenderContext,
  renderChoiceGroup,
  renderCommentField,
  renderSubmitButton,
  renderVerifierField,
} from './form-fields.js';
import type { RatingEntry } from './outbox-item.js';
import {
  type SurveyDraft,
  commentLength,
  emptyDraft,
  readVerifier,
  visibleQuestions,
  withChoice,
} from './survey-form-model.js';

/** A rating ready to be stored and sent (the element adds the API it is meant for). */
export type RatingAnswer = Omit<RatingEntry, 'apiBase'>;

/** What the rating form needs besides the shared form options. */
export interface RatingFormOptions extends FormOptions<RatingAnswer> {
  /** The canonical code of the dossier rated; undefined when it is missing or malformed. */
  dossierCode: () => string | undefined;
  /** The verifier the page passed (`verifier` attribute), if any. */
  pageVerifier: () => string | undefined;
}

/**
 * The province's survey for one dossier, filled in: the citizen's choices and comment, and the verifier when the page
 * did not pass a usable one. On submit it checks everything and sends a complete rating, or shows what to fix.
 */
export class RatingForm {
  private draft: SurveyDraft = emptyDraft();
  private verifierInput = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RatingFormOptions,
  ) {}

  /** True when the page did not pass a usable verifier, so the form asks for it. */
  get asksVerifier(): boolean {
    return !readVerifier(this.options.pageVerifier() ?? '').ok;
  }

  /** Empties the choices and the comment for another dossier; a verifier typed stays. */
  reset(): void {
    this.draft = emptyDraft();
  }

  /** The verifier, the overall satisfaction, the questions that apply to it and a comment, under the error summary. */
  render(form: SurveyForm, code: string, context: FormRenderContext): TemplateResult {
    const { t } = this.options;
    const locale = this.options.locale();
    const draft = this.draft;
    const submit = (event: Event) => {
      event.preventDefault();
      this.submit(form);
    };
    return html`<p class="dossier">${t('dossier.heading', { code })}</p>
      ${context.summary}
      <form novalidate @submit=${submit}>
        ${
          this.asksVerifier
            ? renderVerifierField(t, this.verifierInput, context.errorText('verifier'), (value) => {
                this.verifierInput = value;
                this.host.requestUpdate();
              })
            : nothing
        }
        ${renderChoiceGroup({
          field: 'overall',
          legend: form.overall.label[locale],
          multiple: false,
          choices: form.overall.options.map((option) => ({ value: option.value, label: option.label[locale] })),
          selected: draft.overall ? [draft.overall] : [],
          error: context.errorText('overall'),
          onChange: (value) => this.change({ ...this.draft, overall: value as SurveyDraft['overall'] }),
        })}
        ${visibleQuestions(form, draft.overall).map((question) => this.renderQuestion(question, context))}
        ${renderCommentField(t, {
          label: form.comment.label[locale],
          warning: form.comment.warning[locale],
          value: draft.comment,
          length: commentLength(draft.comment),
          maxLength: form.comment.maxLength,
          personalData: context.personalData(draft.comment),
          error: context.errorText('comment'),
          onInput: (comment) => {
            this.change({ ...this.draft, comment });
            this.options.onComment(comment, form.comment.maxLength);
          },
        })}
        ${renderSubmitButton(t, t('submit'), context.sending)}
      </form>`;
  }

  private renderQuestion(question: SurveyQuestion, context: FormRenderContext): TemplateResult {
    const { t } = this.options;
    const locale = this.options.locale();
    const answer = this.draft.answers[question.id];
    return renderChoiceGroup({
      field: question.id,
      legend: question.label[locale],
      hint: question.help?.[locale],
      legendSuffix: question.required ? undefined : t('optional'),
      multiple: question.kind === 'multiple',
      choices: question.options.map((option) => ({ value: option.value, label: option.label[locale] })),
      selected: answer === undefined ? [] : ([] as string[]).concat(answer),
      error: context.errorText(question.id),
      onChange: (value, checked) => this.change(withChoice(this.draft, question, value, checked)),
    });
  }

  private change(draft: SurveyDraft): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  /** Checks the draft with the module that checks and sends answers (loaded first if need be), then sends it. */
  private submit(form: SurveyForm): void {
    if (this.options.isSending()) return;
    this.options.whenReady(({ checkRating }) => {
      // A second click while the module was on its way changes nothing.
      if (this.options.isSending()) return;
      const verifier = this.asksVerifier ? this.verifierInput : (this.options.pageVerifier() ?? '');
      const checked = checkRating(form, this.draft, { verifier, dossierCode: this.options.dossierCode() });
      if (checked.ok) this.options.send(checked.answer);
      else this.options.showErrors(checked.errors);
    });
  }
}
