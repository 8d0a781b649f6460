import type { SurveyForm } from '@hcc/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import type { FetchController } from '../shared/fetch-controller.js';
import type { Locale, Translate } from '../shared/i18n.js';
import type { SharedStringKey } from '../shared/shared.strings.js';
import { renderEmpty, renderFetchState } from '../shared/state-views.js';
import { type ResultViewModel, renderResult } from './result-view.js';
import type { SurveyStringKey } from './satisfaction-survey.strings.js';
import type { SurveyTarget } from './survey-target.js';

/** A dossier to rate, well-formed or not. */
export type DossierTarget = Exclude<SurveyTarget, { kind: 'page' }>;

/** What the rating section shows. */
export interface RatingSectionProps {
  t: Translate<SurveyStringKey | SharedStringKey>;
  locale: Locale;
  target: DossierTarget;
  survey: Pick<FetchController<SurveyForm>, 'status' | 'data' | 'showSpinner' | 'error' | 'retry'>;
  /** The outcome that replaces the form, if any. */
  result: ResultViewModel | undefined;
  renderForm: (form: SurveyForm, dossierCode: string) => TemplateResult;
}

/**
 * A dossier's rating: the survey's title, then (in this order) a dossier code that cannot be rated, the outcome of a
 * submit, the survey's loading state, an empty survey, or the form.
 */
export function renderRatingSection(props: RatingSectionProps): TemplateResult {
  const form = props.survey.data;
  const title = form ? form.title[props.locale] : props.t('title');
  return html`<section class="survey" part="base" aria-labelledby="survey-title">
    <h2 id="survey-title" part="title">${title}</h2>
    ${renderBody(props, form)}
  </section>`;
}

function renderBody(
  { t, target, survey, result, renderForm }: RatingSectionProps,
  form: SurveyForm | undefined,
): TemplateResult | typeof nothing {
  if (target.kind === 'malformed') {
    return renderResult({ tone: 'problem', title: t('error.dossier', { code: target.requested }), paragraphs: [] });
  }
  if (result) return renderResult(result);
  const state = renderFetchState(t, survey);
  if (state !== nothing) return state;
  if (survey.status === 'empty') return renderEmpty(t('empty.survey'));
  return form ? renderForm(form, target.code) : nothing;
}
