import type { BrowserMock } from '@hcc/mock-server/browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/satisfaction-survey.js';
import { mockApiBase, unmountAll, useMock, waitFor } from '../harness/index.js';
import { fetchDossier, lookUp, mountTracker } from './tracker-page.js';

let mock: BrowserMock;
beforeAll(async () => {
  mock = await useMock();
});
afterEach(() => {
  unmountAll();
  mock.reset();
});

type Survey = HTMLElement & { verifier?: string; updateComplete: Promise<boolean> };

/** A finished demo dossier nobody has rated yet. */
async function unratedFinishedDossier(): Promise<{ code: string; verifier: string }> {
  for (const candidate of mock.db.fixtures.filter((entry) => [3, 8, 9, 10].includes(entry.status))) {
    const dossier = await fetchDossier(candidate.code, candidate.verifier);
    if (dossier.rating.canRate) return candidate;
  }
  throw new Error('No finished, unrated demo dossier');
}

/** A survey the way the portal makes it: created by a listener of `hcc-dossier-load`, with only the dossier code. */
function surveyOnLoad(tracker: HTMLElement, slot: HTMLElement): Promise<Survey> {
  return new Promise((resolve) =>
    tracker.addEventListener(
      'hcc-dossier-load',
      (event) => {
        const survey = document.createElement('hcc-satisfaction-survey') as Survey;
        survey.setAttribute('api-base', mockApiBase);
        survey.setAttribute('dossier', event.detail.code);
        slot.replaceChildren(survey);
        resolve(survey);
      },
      { once: true },
    ),
  );
}

describe('the tracker hands its verifier to a survey of the same dossier', () => {
  it('gives it to a survey a listener of hcc-dossier-load created, which then does not ask for it', async () => {
    const { code, verifier } = await unratedFinishedDossier();
    const tracker = await mountTracker();
    const slot = tracker.parentElement?.appendChild(document.createElement('div')) as HTMLElement;
    const created = surveyOnLoad(tracker, slot);
    await lookUp(tracker, code, verifier);
    const survey = await created;
    expect(survey.verifier).toBe(verifier);
    expect(survey.hasAttribute('verifier')).toBe(false);
    expect(survey.outerHTML).not.toContain(verifier);
    expect(location.href).not.toContain(verifier);
    await waitFor(() => survey.shadowRoot?.querySelector('fieldset'), { what: 'the survey form' });
    expect(survey.shadowRoot?.querySelector('#verifier')).toBeNull();
  });

  it('leaves alone a survey of another dossier and one that has a verifier already', async () => {
    const { code, verifier } = await unratedFinishedDossier();
    const other = mock.db.fixtures.find((entry) => entry.code !== code);
    const tracker = await mountTracker();
    const host = tracker.parentElement as HTMLElement;
    const make = (dossier: string, own?: string) => {
      const survey = host.appendChild(document.createElement('hcc-satisfaction-survey')) as Survey;
      survey.setAttribute('api-base', mockApiBase);
      survey.setAttribute('dossier', dossier);
      if (own) survey.verifier = own;
      return survey;
    };
    const elsewhere = make(other?.code ?? '');
    const given = make(code, '0000');
    const same = make(code.toLowerCase());
    await lookUp(tracker, code, verifier);
    await waitFor(() => same.verifier, { what: 'the verifier handed over' });
    expect(same.verifier).toBe(verifier);
    expect(given.verifier).toBe('0000');
    expect(elsewhere.verifier).toBeUndefined();
  });
});
