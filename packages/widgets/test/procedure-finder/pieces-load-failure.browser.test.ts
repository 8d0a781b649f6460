import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { $, unmountAll } from '../harness/mount.js';
import { mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import { mountFinder, waitForResults } from './finder-page.js';

const mock = mockEachTest();
afterEach(unmountAll);

// Its own file: these modules must not have been loaded by another test of the page.
describe('the detail view, loaded when a procedure is first opened', () => {
  it('shows the error with "Thử lại" when its module cannot be downloaded, and the detail, styled, after a retry', async () => {
    mock().worker.use(http.get(/\/procedure-finder\/detail-view\.ts/, () => HttpResponse.error()));
    const finder = await mountFinder();
    await waitForResults(finder);
    $<HTMLButtonElement>(finder, '.result-button')?.click();
    await waitFor(() => $(finder, '.detail-view .state.error'), { what: 'the error state' });
    expect($(finder, '.detail-title')).toBeNull();
    mock().worker.resetHandlers();
    $<HTMLButtonElement>(finder, '.detail-view [part="retry-button"]')?.click();
    const title = await waitFor(() => $(finder, '.detail-title'), {
      what: 'the detail after "Thử lại"',
      timeout: 10_000,
    });
    // Its words and styles came with it.
    expect($(finder, '.detail')?.textContent).toContain('Thành phần hồ sơ');
    expect(getComputedStyle(title).fontSize).toBe('20px');
  });
});

describe('what to try when nothing matched, loaded with the first search that finds nothing', () => {
  it('shows the error with "Thử lại" when its view cannot be downloaded, and what to try, styled, after a retry', async () => {
    mock().worker.use(http.get(/\/procedure-finder\/no-results-view\.ts/, () => HttpResponse.error()));
    const finder = await mountFinder();
    await waitForResults(finder);
    finder.searchFor('qqqqzzzz xxxyyy');
    await waitFor(() => $(finder, '.results-region .state.error'), { what: 'the error state' });
    mock().worker.resetHandlers();
    $<HTMLButtonElement>(finder, '.results-region [part="retry-button"]')?.click();
    const empty = await waitFor(() => $(finder, '.state.empty'), { what: 'what to try', timeout: 10_000 });
    expect(empty.textContent).toContain('Không tìm thấy thủ tục phù hợp');
    expect(empty.textContent).toContain('kiểm tra chính tả');
    const suggestions = $(finder, '.suggestions');
    expect(suggestions && getComputedStyle(suggestions).display).toBe('flex');
  });

  it('speaks English once its English has arrived', async () => {
    const finder = await mountFinder('lang="en"');
    await waitForResults(finder);
    finder.searchFor('qqqqzzzz xxxyyy');
    const empty = await waitFor(() => $(finder, '.state.empty'), { what: 'what to try', timeout: 10_000 });
    expect(empty.textContent).toContain('No matching procedure');
    expect(empty.textContent).toContain('checking the spelling');
  });
});
