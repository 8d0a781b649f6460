import { type Dossier, createClient } from '@hcc/sdk';
import type { BrowserMock, FixtureDossier } from '@hcc/mock-server/browser';
import '../../src/dossier-tracker.js';
import type { HccDossierTracker } from '../../src/dossier-tracker/dossier-tracker.js';
import { $, $$, mockApiBase, mountElement, waitFor, waitForShadow } from '../harness/index.js';

/** The first demo dossier with `status` and every one of `traits`. */
export function fixture(api: BrowserMock, status: number, ...traits: string[]): FixtureDossier {
  const found = api.db.fixtures.find(
    (candidate) => candidate.status === status && traits.every((trait) => candidate.traits.includes(trait)),
  );
  if (!found) throw new Error(`No fixture dossier with status ${status} and traits ${traits.join(', ')}`);
  return found;
}

/** The dossier as the API gives it, to compare what the widget shows with the source. */
export function fetchDossier(code: string, verifier: string): Promise<Dossier> {
  const client = createClient({
    baseUrl: `${location.origin}${mockApiBase}`,
    fetch: (request) => globalThis.fetch(request),
  });
  return client.dossiers.get(code, { verifier });
}

/**
 * Mounts a tracker with the given attributes (`api-base` included unless given), inside a container that plays the
 * host page (Vietnamese unless `container` says otherwise).
 */
export function mountTracker(
  attributes: Record<string, string> = {},
  container: Record<string, string> = { lang: 'vi' },
): Promise<HccDossierTracker> {
  return mountElement<HccDossierTracker>('hcc-dossier-tracker', { 'api-base': mockApiBase, ...attributes }, container);
}

/** Types into a field of the form the way a user does (value, then an `input` event). */
export function type(tracker: HccDossierTracker, field: 'code' | 'verifier', value: string): void {
  const input = $<HTMLInputElement>(tracker, `#${field}`);
  if (!input) throw new Error(`No #${field} input`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Submits the form by its button. */
export function submit(tracker: HccDossierTracker): void {
  $<HTMLButtonElement>(tracker, '[part="submit-button"]')?.click();
}

/** Types a code and a verifier, submits, and waits for the result or a failure message. */
export async function lookUp(tracker: HccDossierTracker, code: string, verifier: string): Promise<void> {
  type(tracker, 'code', code);
  type(tracker, 'verifier', verifier);
  await tracker.updateComplete;
  submit(tracker);
  // The previous outcome goes as the look-up starts; then wait for this look-up's own outcome.
  await tracker.updateComplete;
  await waitFor(
    () => $(tracker, '.outcome[aria-busy="false"]') && $(tracker, '.result, .state.error, .state.offline'),
    {
      what: 'a result or a failure',
    },
  );
  await tracker.updateComplete;
}

/** The words of the failure shown (without its retry button). */
export function failureMessage(tracker: HccDossierTracker): string {
  return text(tracker, '[part~="state"] .state-title');
}

/** The visible text of a part of the tracker, spaces collapsed. */
export function text(tracker: HccDossierTracker, selector: string): string {
  return ($(tracker, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The timeline as shown: each step's state words, name and unit, and the names of the `aria-current` steps. */
export function timeline(tracker: HccDossierTracker): { steps: string[][]; current: string[] } {
  const items = $$(tracker, 'ol.timeline > li');
  const part = (item: Element, selector: string) =>
    (item.querySelector(selector)?.textContent ?? '').replace(/[\s:]+$/, '').trim();
  return {
    steps: items.map((item) => [
      part(item, '.step-state'),
      part(item, '.step-name > span:last-child'),
      part(item, '.step-unit'),
    ]),
    current: items
      .filter((item) => item.getAttribute('aria-current') === 'step')
      .map((item) => part(item, '.step-name > span:last-child')),
  };
}

export { $, $$, waitFor, waitForShadow };
