import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { countRequests, mockEachTest } from '../harness/mock.js';
import { sleep, waitFor } from '../harness/wait.js';
import { mountFinder, searchInput, typeSlowly, waitForResults } from './finder-page.js';

mockEachTest();

/** The `q` of each search request. */
const queries = (urls: URL[]) => urls.map((url) => url.searchParams.get('q'));

/**
 * Once the first search request is out, waits longer than the typing pause (350 ms) for any other, then stops
 * counting. Waiting for the request rather than a fixed time keeps the tests true on a slow, busy machine.
 */
async function searchesSent(requests: { urls: URL[]; stop: () => URL[] }) {
  await waitFor(() => requests.urls.length > 0, { what: 'a search request' });
  await sleep(600);
  return queries(requests.stop());
}

/** A finder past its first search, and the search requests it makes from now on. */
async function finderCountingSearches() {
  const finder = await mountFinder();
  await waitForResults(finder);
  return { finder, requests: countRequests('/api/v1/procedures') };
}

describe('<hcc-procedure-finder> typing', () => {
  it('searches only for the last text, once the keys pause', async () => {
    const { finder, requests } = await finderCountingSearches();
    // Keys 30 ms apart: well inside the pause, so only the whole word is searched for.
    await typeSlowly(finder, 'dang', 30);
    expect(requests.urls).toEqual([]);
    expect(await searchesSent(requests)).toEqual(['dang']);
  });

  it('searches at once on Enter, and not again after the pause', async () => {
    const { finder, requests } = await finderCountingSearches();
    await typeSlowly(finder, 'khai', 20);
    await userEvent.keyboard('{Enter}');
    expect(await searchesSent(requests)).toEqual(['khai']);
  });

  it('drops the typed search when searchFor() asks for another one first', async () => {
    const { finder, requests } = await finderCountingSearches();
    await typeSlowly(finder, 'khai', 20);
    finder.searchFor('dang ky');
    expect(await searchesSent(requests)).toEqual(['dang ky']);
    expect(searchInput(finder).value).toBe('dang ky');
  });
});
