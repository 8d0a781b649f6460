import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockEachTest } from '../harness/mock.js';
import { $, failureMessage, fixture, lookUp, mountTracker, waitFor } from './tracker-page.js';

const mock = mockEachTest();

// Its own file: the result view's module must not have been loaded by another test of the page.
describe('the result view, loaded with the first look-up', () => {
  it('shows the error with "Thử lại" when its module cannot be downloaded, and the dossier after a retry', async () => {
    mock().worker.use(http.get(/\/dossier-tracker\/result-view\.ts/, () => HttpResponse.error()));
    const errors: string[] = [];
    const tracker = await mountTracker();
    tracker.addEventListener('hcc-error', (event) => errors.push((event as CustomEvent).detail.kind));
    const { code, verifier } = fixture(mock(), 4, 'pending');
    await lookUp(tracker, code, verifier);
    expect($(tracker, '.result')).toBeNull();
    expect(failureMessage(tracker)).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
    expect($(tracker, '[part="retry-button"]')).not.toBeNull();
    await waitFor(() => errors.length === 1, { what: 'hcc-error' });
    expect(errors).toEqual(['unknown']);
    // Once the module can be downloaded, "Thử lại" shows the dossier.
    mock().worker.resetHandlers();
    $<HTMLButtonElement>(tracker, '[part="retry-button"]')?.click();
    await waitFor(() => $(tracker, '.result'), { what: 'the dossier after "Thử lại"', timeout: 10_000 });
    expect($(tracker, '#result-heading')?.textContent).toContain(code);
  });
});
