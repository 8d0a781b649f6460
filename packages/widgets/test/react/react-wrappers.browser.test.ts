import type { BrowserMock } from '@hcc/mock-server/browser';
import {
  DossierTracker,
  type DossierLoadDetail,
  type HccErrorDetail,
  type HccEvent,
  ProcedureFinder,
  type ProcedureSelectDetail,
  type RatingSubmitDetail,
  SatisfactionSurvey,
} from '../../src/react.js';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockApiBase, stopMock, useMock, waitFor, waitForShadow } from '../harness/index.js';

// React warns unless it knows it runs inside a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let mock: BrowserMock;
let root: Root | undefined;
let container: HTMLElement | undefined;

/** Renders a React element into a fresh container and returns the container. */
async function render(element: ReturnType<typeof createElement>): Promise<HTMLElement> {
  container = document.createElement('div');
  container.lang = 'vi';
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(element));
  return container;
}

function fixture(matches: (status: number) => boolean) {
  const found = mock.db.fixtures.find((dossier) => matches(dossier.status) && !dossier.traits.includes('rated'));
  if (!found) throw new Error('no fixture dossier for this test');
  return found;
}

describe('@hcc/widgets/react', () => {
  beforeAll(async () => {
    mock = await useMock();
  });

  afterEach(async () => {
    await act(async () => root?.unmount());
    container?.remove();
    mock.reset();
  });

  afterAll(() => stopMock());

  it('passes typed props to <hcc-dossier-tracker> and calls onHccDossierLoad with the dossier', async () => {
    const dossier = fixture((status) => status === 4);
    const loads: DossierLoadDetail[] = [];
    const rendered = await render(
      createElement(DossierTracker, {
        apiBase: mockApiBase,
        code: dossier.code,
        verifier: dossier.verifier,
        onHccDossierLoad: (event: HccEvent<'hcc-dossier-load'>) => loads.push(event.detail),
      }),
    );
    const tracker = rendered.querySelector('hcc-dossier-tracker');
    expect(tracker?.apiBase).toBe(mockApiBase);
    await waitFor(() => loads.length > 0, { what: 'hcc-dossier-load' });
    expect(loads[0]?.code).toBe(dossier.code);
    expect(loads[0]?.dossier.status.code).toBe(4);
  });

  it('calls onHccProcedureSelect when a result of <hcc-procedure-finder> is opened', async () => {
    const selected: ProcedureSelectDetail[] = [];
    const rendered = await render(
      createElement(ProcedureFinder, {
        apiBase: mockApiBase,
        onHccProcedureSelect: (event: HccEvent<'hcc-procedure-select'>) => selected.push(event.detail),
      }),
    );
    const finder = rendered.querySelector('hcc-procedure-finder') as HTMLElement;
    const input = await waitForShadow<HTMLInputElement>(finder, 'input[type="search"]');
    input.value = 'khai sinh';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const result = await waitForShadow<HTMLButtonElement>(finder, '.result-button');
    result.click();
    await waitFor(() => selected.length > 0, { what: 'hcc-procedure-select' });
    expect(selected[0]?.code).toBe(result.dataset.code);
  });

  it('calls onHccRatingSubmit when <hcc-satisfaction-survey> sends a rating', async () => {
    const dossier = fixture((status) => [3, 8, 9, 10].includes(status));
    const submitted: RatingSubmitDetail[] = [];
    const rendered = await render(
      createElement(SatisfactionSurvey, {
        apiBase: mockApiBase,
        dossier: dossier.code,
        verifier: dossier.verifier,
        onHccRatingSubmit: (event: HccEvent<'hcc-rating-submit'>) => submitted.push(event.detail),
      }),
    );
    const survey = rendered.querySelector('hcc-satisfaction-survey') as HTMLElement;
    const veryGood = await waitForShadow<HTMLInputElement>(survey, 'input[type="radio"][value="very-satisfied"]');
    veryGood.click();
    const send = await waitForShadow<HTMLButtonElement>(survey, 'button[type="submit"]');
    send.click();
    await waitFor(() => submitted.some((detail) => detail.state === 'sent'), { what: 'hcc-rating-submit' });
    expect(submitted.at(-1)).toMatchObject({ kind: 'rating', dossierCode: dossier.code, state: 'sent' });
  });

  it('calls onHccError when a widget is set up without apiBase', async () => {
    const errors: HccErrorDetail[] = [];
    await render(createElement(SatisfactionSurvey, { onHccError: (event) => errors.push(event.detail) }));
    await waitFor(() => errors.length > 0, { what: 'hcc-error' });
    expect(errors[0]).toMatchObject({ widget: 'hcc-satisfaction-survey', kind: 'config' });
  });
});
