import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { countRequests, mockEachTest } from '../harness/mock.js';
import { sleep } from '../harness/wait.js';
import { mountFinder, searchInput, typeSlowly, waitForResults } from './finder-page.js';

mockEachTest();

/** The `q` of each search request. */
const queries = (urls: URL[]) => urls.map((url) => url.searchParams.get('q'));

/** A finder past its first search, and the search requests it makes from now on. */
async function finderCountingSearches() {
  const finder = await mountFinder();
  await waitForResults(finder);
  return { finder, requests: countRequests('/api/v1/procedures') };
}

describe('<hcc-procedure-finder> typing', () => {
  it('searches only for the last text, once the keys pause', async () => {
    const { finder, requests } = await finderCountingSearches();
    await typeSlowly(finder, 'dang', 100);
    expect(requests.urls).toEqual([]);
    await sleep(600);
    expect(queries(requests.stop())).toEqual(['dang']);
  });

  it('searches at once on Enter, and not again after the pause', async () => {
    const { finder, requests } = await finderCountingSearches();
    await typeSlowly(finder, 'khai', 20);
    await userEvent.keyboard('{Enter}');
    await sleep(600);
    expect(queries(requests.stop())).toEqual(['khai']);
  });

  it('drops the typed search when searchFor() asks for another one first', async () => {
    const { finder, requests } = await finderCountingSearches();
    await typeSlowly(finder, 'khai', 20);
    finder.searchFor('dang ky');
    await sleep(600);
    expect(queries(requests.stop())).toEqual(['dang ky']);
    expect(searchInput(finder).value).toBe('dang ky');
  });
});
