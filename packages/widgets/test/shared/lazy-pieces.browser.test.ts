import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/procedure-finder.js';
import '../../src/satisfaction-survey.js';
import type { HccSatisfactionSurvey } from '../../src/satisfaction-survey/satisfaction-survey.js';
import { $, mount, unmountAll } from '../harness/mount.js';
import { mockApiBase, mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import { fixture, lookUp, mountTracker } from '../dossier-tracker/tracker-page.js';
import { mountFinder, waitForResults } from '../procedure-finder/finder-page.js';

const mock = mockEachTest();
afterEach(unmountAll);

/** Whether the page has fetched a source module whose path ends with `file` (modules are files in the test server). */
const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

beforeAll(() => {
  // The test page loads hundreds of modules: keep every resource entry, not just the first 250.
  performance.setResourceTimingBufferSize(100_000);
});

// One file, in order: each test checks a piece is absent until the step that needs it.
describe('pieces loaded only when used', () => {
  it('the detail view, when a procedure is opened', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    expect(fetched('/procedure-finder/detail-view.ts')).toBe(false);
    expect(fetched('/procedure-finder/procedure-detail.strings.ts')).toBe(false);
    $<HTMLButtonElement>(finder, '.result-button')?.click();
    await waitFor(() => $(finder, '.detail-title'), { what: 'the detail' });
    expect(fetched('/procedure-finder/detail-view.ts')).toBe(true);
    expect(fetched('/procedure-finder/procedure-detail.strings.ts')).toBe(true);
    // Its styles joined the finder's when it arrived: the documents' checklist is laid out.
    const documents = $(finder, '.documents');
    expect(documents && getComputedStyle(documents).listStyleType).toBe('none');
  });

  it("the tracker's result view, when a dossier is looked up", async () => {
    const tracker = await mountTracker();
    expect($(tracker, '#code')).not.toBeNull();
    expect(fetched('/dossier-tracker/result-view.ts')).toBe(false);
    expect(fetched('/dossier-tracker/dossier-summary.ts')).toBe(false);
    const { code, verifier } = fixture(mock(), 4, 'pending');
    await lookUp(tracker, code, verifier);
    expect($(tracker, '.result')).not.toBeNull();
    expect(fetched('/dossier-tracker/result-view.ts')).toBe(true);
    expect(fetched('/dossier-tracker/dossier-summary.ts')).toBe(true);
  });

  it('the English strings, when a widget speaks English', async () => {
    expect(fetched('/procedure-finder/procedure-finder.strings.en.ts')).toBe(false);
    const finder = await mountFinder('lang="en"');
    expect($(finder, '.title')?.textContent).toBe('Find an administrative procedure');
    expect(fetched('/procedure-finder/procedure-finder.strings.en.ts')).toBe(true);
  });

  it('page feedback, not by a survey with a dossier to rate', async () => {
    // A stored answer would load the outbox at once: none here, so that the next test sees it load on use.
    localStorage.clear();
    const rating = await mount<HccSatisfactionSurvey>(
      `<hcc-satisfaction-survey api-base="${mockApiBase}" dossier="000.00.14.H56-250612-0118"></hcc-satisfaction-survey>`,
      { lang: 'vi' },
    );
    await waitFor(() => $(rating, '[part="submit-button"]'), { what: 'the rating form' });
    expect(fetched('/satisfaction-survey/page-feedback-view.ts')).toBe(false);
    expect(fetched('/satisfaction-survey/page-feedback.strings.ts')).toBe(false);
  });
  it('the outbox, once the citizen starts answering', async () => {
    localStorage.removeItem('hcc:survey-outbox:v1');
    const survey = await mount<HccSatisfactionSurvey>(
      `<hcc-satisfaction-survey api-base="${mockApiBase}"></hcc-satisfaction-survey>`,
      { lang: 'vi' },
    );
    await waitFor(() => $(survey, '[part="answer-button"]'), { what: 'page feedback' });
    expect(fetched('/satisfaction-survey/page-feedback-view.ts')).toBe(true);
    expect(fetched('/satisfaction-survey/page-feedback.strings.ts')).toBe(true);
    expect(fetched('/satisfaction-survey/answer-delivery.ts')).toBe(false);
    expect(fetched('/satisfaction-survey/survey-outcome.strings.ts')).toBe(false);
    $<HTMLButtonElement>(survey, '[part="answer-button"]')?.focus();
    await waitFor(() => fetched('/satisfaction-survey/answer-delivery.ts'), { what: 'the outbox module' });
    // The outcome panels' words come with it.
    await waitFor(() => fetched('/satisfaction-survey/survey-outcome.strings.ts'), { what: 'the outcome strings' });
  });
});
