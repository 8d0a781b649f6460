import { describe, expect, it } from 'vitest';
import { $, $$ } from '../harness/mount.js';
import type { HccProcedureFinder } from '../../src/procedure-finder.js';
import { countRequests, mockApiBase, useMock, mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import {
  chooseFilter,
  filterOptions,
  mountFinder,
  optionCount,
  resultNames,
  searchInput,
  typeSlowly,
  waitForResults,
} from './finder-page.js';

mockEachTest();

describe('<hcc-procedure-finder> search', () => {
  it('lists procedures by name before anything is typed', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    expect(resultNames(finder)).toHaveLength(10);
  });

  it('finds "Thủ tục đăng ký khai sinh" first for "dang ky khai sinh"', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    await typeSlowly(finder, 'dang ky khai sinh', 20);
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    expect(resultNames(finder)[0]).toBe('Thủ tục đăng ký khai sinh');
  });

  it('runs a search asked for with searchFor() before the first render', async () => {
    const finder = document.createElement('hcc-procedure-finder') as HccProcedureFinder;
    finder.setAttribute('api-base', mockApiBase);
    finder.searchFor('dang ky ket hon');
    document.body.append(finder);
    try {
      await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký kết hôn');
      expect(searchInput(finder).value).toBe('dang ky ket hon');
    } finally {
      finder.remove();
    }
  });

  it('sends no more than 3 requests while a 20-character query is typed', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    const requests = countRequests('/api/v1/procedures');
    await typeSlowly(finder, 'dang ky ket hon nuoc', 120);
    await waitForResults(finder, () => searchInput(finder).value.length === 20);
    // The search for the whole text comes once the keys pause; wait for it rather than for any answer.
    await waitFor(
      () =>
        requests.urls.at(-1)?.searchParams.get('q') === 'dang ky ket hon nuoc' &&
        finder.shadowRoot?.querySelector('.results[aria-busy="false"]'),
    );
    const urls = requests.stop();
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(3);
    expect(urls.at(-1)?.searchParams.get('q')).toBe('dang ky ket hon nuoc');
  });

  it('never shows the answer to an older query over a newer one', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    await useMock({ latencyMs: 200 });
    finder.searchFor('khai tử');
    await new Promise((resolve) => setTimeout(resolve, 50));
    finder.searchFor('đăng ký khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(resultNames(finder)[0]).toBe('Thủ tục đăng ký khai sinh');
  });

  it('marks the words that matched with the API highlights', async () => {
    const finder = await mountFinder();
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    const marks = $$(finder, '.result:first-child mark').map((mark) => mark.textContent);
    expect(marks.join(' ').toLowerCase()).toContain('khai sinh');
  });

  it('announces the number of results to screen readers', async () => {
    const finder = await mountFinder();
    finder.searchFor('khai sinh');
    await waitFor(() => /^Tìm thấy \d+ thủ tục$/.test($(finder, '[aria-live="polite"]')?.textContent ?? ''));
  });

  it('clears the query with the clear button and puts focus back in the box', async () => {
    const finder = await mountFinder();
    finder.searchFor('khai sinh');
    await waitForResults(finder, (names) => names[0]?.includes('khai sinh') ?? false);
    ($(finder, '.clear') as HTMLButtonElement).click();
    await finder.updateComplete;
    expect(searchInput(finder).value).toBe('');
    expect(finder.shadowRoot?.activeElement).toBe(searchInput(finder));
  });

  it('loads more results and moves focus to the first new one', async () => {
    const finder = await mountFinder('page-size="5"');
    await waitForResults(finder);
    ($(finder, '.more') as HTMLButtonElement).click();
    await waitForResults(finder, (names) => names.length === 10);
    await waitFor(() => finder.shadowRoot?.activeElement === $$(finder, '.result-button')[5]);
  });

  it('suggests what to try when nothing matches, and a suggestion searches', async () => {
    const finder = await mountFinder();
    finder.searchFor('qqqqzzzz xxxyyy');
    await waitFor(() => $(finder, '.state.empty'));
    expect($(finder, '.state.empty')?.textContent).toContain('Không tìm thấy thủ tục phù hợp');
    ($(finder, '.suggestion') as HTMLButtonElement).click();
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
  });
});

describe('<hcc-procedure-finder> filters', () => {
  it('narrows the results by field with the count the facet showed', async () => {
    const finder = await mountFinder();
    finder.searchFor('dang ky');
    await waitForResults(finder);
    const hoTich = filterOptions(finder, 'field').find((option) => option.text.startsWith('Hộ tịch'));
    expect(hoTich).toBeDefined();
    const expected = optionCount(hoTich?.text ?? '');
    chooseFilter(finder, 'field', hoTich?.value ?? '');
    await waitFor(
      () =>
        $(finder, '.count')?.textContent?.includes(`/${expected} thủ tục`) ||
        $(finder, '.count')?.textContent?.includes(`Tìm thấy ${expected} thủ tục`),
    );
    for (const meta of $$(finder, '.result-meta')) expect(meta.textContent).toContain('Hộ tịch');
  });

  it('narrows by online level, and the other facets count within the filter', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    const full = filterOptions(finder, 'online').find((option) => option.value === 'full');
    chooseFilter(finder, 'online', 'full');
    const expected = optionCount(full?.text ?? '');
    await waitFor(() => $(finder, '.count')?.textContent?.includes(`${expected} thủ tục`));
    const levelTotal = filterOptions(finder, 'level')
      .filter((option) => option.value)
      .reduce((sum, option) => sum + optionCount(option.text), 0);
    expect(levelTotal).toBeGreaterThanOrEqual(expected);
    for (const badge of $$(finder, '.result .badge')) expect(badge.textContent).toBe('Toàn trình');
  });

  it('presets the field filter from the field attribute', async () => {
    const requests = countRequests('/api/v1/procedures');
    const finder = await mountFinder('field="ho-tich"');
    await waitForResults(finder);
    expect(requests.stop()[0]?.searchParams.get('field')).toBe('ho-tich');
    expect(($(finder, '#hcc-field') as HTMLSelectElement).value).toBe('ho-tich');
  });

  it("limits the catalogue to an agency's procedures with the agency attribute", async () => {
    const requests = countRequests('/api/v1/procedures');
    const finder = await mountFinder('agency="xa-tien-du"');
    await waitForResults(finder);
    expect(requests.stop()[0]?.searchParams.get('agency')).toBe('xa-tien-du');
  });

  it('clears every filter at once', async () => {
    const finder = await mountFinder();
    await waitForResults(finder);
    chooseFilter(finder, 'audience', 'business');
    await waitFor(() => $(finder, '.clear-filters'));
    ($(finder, '.clear-filters') as HTMLButtonElement).click();
    await waitFor(() => !$(finder, '.clear-filters'));
    expect(($(finder, '#hcc-audience') as HTMLSelectElement).value).toBe('');
  });
});
