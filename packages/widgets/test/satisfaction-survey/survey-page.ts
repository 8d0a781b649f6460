import type { BrowserMock, ScenarioOptions } from '@hcc/mock-server/browser';
import '../../src/satisfaction-survey.js';
import type { HccSatisfactionSurvey } from '../../src/satisfaction-survey/satisfaction-survey.js';
import type { RatingSubmitDetail } from '../../src/satisfaction-survey/survey-events.js';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { storedItems } from './fakes.js';
import { $, $$, mountElement, waitFor, waitForShadow } from '../harness/index.js';
import { mockApiBase, useMock as startMock } from '../harness/mock.js';

export type Survey = HccSatisfactionSurvey;

/** Finished dossiers nobody has rated yet, with their verifiers, straight from the mock's data. */
export function rateableDossiers(mock: BrowserMock, count: number): { code: string; verifier: string }[] {
  const found = [...mock.db.dossiers.values()]
    .filter((record) => [3, 8, 9, 10].includes(record.status) && !mock.db.ratings.get(record.code))
    .slice(0, count)
    .map((record) => ({ code: record.code, verifier: record.verifier }));
  if (found.length < count) throw new Error(`Only ${found.length} unrated finished dossiers in the mock`);
  return found;
}

/** The mock (reset, in the scenario given) and one finished dossier nobody has rated yet. */
export async function mockWithRateableDossier(options: ScenarioOptions = {}) {
  const mock = await startMock(options);
  const [dossier] = rateableDossiers(mock, 1);
  if (!dossier) throw new Error('No unrated finished dossier in the mock');
  return { mock, dossier };
}

/** A demo dossier with `trait` (`rated`, …) and one of `statuses`. */
export function fixtureWith(mock: BrowserMock, trait: string, statuses = [3, 8, 9, 10]) {
  const found = mock.db.fixtures.find(
    (candidate) => candidate.traits.includes(trait) && statuses.includes(candidate.status),
  );
  if (!found) throw new Error(`No fixture dossier with ${trait}`);
  return found;
}

/** Mounts a survey inside a host element playing the page (Vietnamese unless `container` says otherwise). */
export function mountSurvey(
  attributes: Record<string, string> = {},
  container: Record<string, string> = { lang: 'vi' },
): Promise<Survey> {
  return mountElement<Survey>('hcc-satisfaction-survey', { 'api-base': mockApiBase, ...attributes }, container);
}

/** Mounts a survey without a dossier and waits for its page feedback (whose module loads when first shown). */
export async function mountPageFeedback(container?: Record<string, string>): Promise<Survey> {
  const survey = await mountSurvey({}, container);
  await waitForShadow(survey, '.yes-no', { timeout: 10_000 });
  return survey;
}

/** Mounts a survey for a dossier and waits for its form. */
export async function mountRating(dossier: { code: string; verifier?: string }, container?: Record<string, string>) {
  const survey = await mountSurvey(
    { dossier: dossier.code, ...(dossier.verifier ? { verifier: dossier.verifier } : {}) },
    container,
  );
  await waitForShadow(survey, 'form', { timeout: 10_000 });
  return survey;
}

/** Clicks the radio or checkbox with `value` in the field `field` (`overall` or a question id). */
export function choose(survey: Survey, field: string, value: string): void {
  const input = $<HTMLInputElement>(survey, `#field-${field} input[value="${value}"]`);
  if (!input) throw new Error(`No option ${value} in ${field}`);
  input.click();
}

/** Types into a text field (`comment`, `verifier`) the way a user does: focus, value, then an `input` event. */
export function type(survey: Survey, id: 'comment' | 'verifier', value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(survey, `#${id}`);
  if (!field) throw new Error(`No #${id}`);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function submit(survey: Survey): void {
  const button = $<HTMLButtonElement>(survey, 'button[type="submit"]');
  if (!button) throw new Error('No submit button');
  button.click();
}

/** Waits for the panel that replaces the form and returns its title. */
export async function resultTitle(survey: Survey, tone?: 'success' | 'pending' | 'problem', timeout = 10_000) {
  const title = await waitFor(() => $(survey, `.result${tone ? `.${tone}` : ''} .result-title`), {
    timeout,
    what: `a ${tone ?? ''} result`,
  });
  return title.textContent?.trim() ?? '';
}

/** The answers waiting in the outbox, as stored. */
export function storedQueue(): OutboxItem[] {
  return storedItems(localStorage);
}

/** The texts of the error summary's links. */
export function summaryLinks(survey: Survey): string[] {
  return $$(survey, '.error-summary a').map((link) => link.textContent?.trim() ?? '');
}

/** Records the `hcc-rating-submit` events of the page. */
export function recordSubmits() {
  const details: RatingSubmitDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<RatingSubmitDetail>).detail);
  document.addEventListener('hcc-rating-submit', listener);
  return { details, stop: () => document.removeEventListener('hcc-rating-submit', listener) };
}

/** Rates "Hài lòng" while the network is down, so the rating is stored to be sent; the pending panel's title. */
export function rateWhileOffline(survey: Survey, mock: BrowserMock): Promise<string> {
  mock.use({ scenario: 'offline' });
  choose(survey, 'overall', 'satisfied');
  submit(survey);
  return resultTitle(survey, 'pending');
}
