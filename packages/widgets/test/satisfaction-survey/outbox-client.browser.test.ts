import { type HccClient, createClient } from '@hcc/sdk';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, unmountAll, waitFor, waitForShadow } from '../harness/index.js';
import { mockApiBase, stopMock } from '../harness/mock.js';
import {
  type Survey,
  choose,
  mockWithRateableDossier,
  mountRating,
  rateWhileOffline,
  resultTitle,
  storedQueue,
  submit,
  type,
} from './survey-page.js';

beforeEach(() => localStorage.clear());
afterEach(unmountAll);
afterAll(stopMock);

/** An integrator's client over the mock that records the idempotency key of every rating it sends. */
function recordingClient(): { client: HccClient; keys: string[] } {
  const real = createClient({ baseUrl: new URL(mockApiBase, location.href).href, retry: false });
  const keys: string[] = [];
  const client: HccClient = {
    ...real,
    ratings: {
      submit(code, rating, options) {
        keys.push(options.idempotencyKey ?? '');
        return real.ratings.submit(code, rating, options);
      },
    },
  };
  return { client, keys };
}

describe("the survey's outbox and the integrator's client", () => {
  it('sends a rating stored while offline through the client the page gave the survey', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const { client, keys } = recordingClient();
    const survey = await mountRating(dossier);
    survey.client = client;
    await rateWhileOffline(survey, mock);
    const [queued] = storedQueue();
    expect(keys).toEqual([queued?.id]);
    mock.use({});
    window.dispatchEvent(new Event('online'));
    expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
    expect(keys).toEqual([queued?.id, queued?.id]);
    expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
  });

  it('sends through a client given without api-base', async () => {
    const { mock, dossier } = await mockWithRateableDossier();
    const { client, keys } = recordingClient();
    const survey = document.createElement('hcc-satisfaction-survey') as Survey;
    survey.client = client;
    survey.setAttribute('dossier', dossier.code);
    survey.setAttribute('lang', 'vi');
    document.body.append(survey);
    try {
      await waitForShadow(survey, 'form', { timeout: 10_000 });
      type(survey, 'verifier', dossier.verifier);
      choose(survey, 'overall', 'satisfied');
      submit(survey);
      expect(await resultTitle(survey, 'success')).toBe('Cảm ơn bạn đã đánh giá');
      expect(keys).toHaveLength(1);
      expect(mock.db.ratings.get(dossier.code)?.overall).toBe('satisfied');
    } finally {
      survey.remove();
    }
  });
});

describe('leases when the page goes', () => {
  it('hands back the lease of a rating being sent as soon as the page is hidden', async () => {
    const { dossier } = await mockWithRateableDossier();
    const survey = await mountRating(dossier);
    const real = createClient({ baseUrl: new URL(mockApiBase, location.href).href });
    // A send that never ends, as on a network that hangs while the citizen closes the tab.
    survey.client = { ...real, ratings: { submit: () => new Promise(() => undefined) } };
    choose(survey, 'overall', 'satisfied');
    submit(survey);
    await waitFor(() => storedQueue()[0]?.lease, { what: 'the send to take its lease' });
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(storedQueue()).toEqual([expect.not.objectContaining({ lease: expect.anything() })]);
    expect($(survey, '.result')).toBeNull();
  });
});
