import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRequests, mockEachTest } from '../harness/mock.js';
import { $, $$, unmountAll } from '../harness/mount.js';
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

describe('<hcc-procedure-finder mode="client">', () => {
  it('loads the catalogue once, then searches in the page without a request per query', async () => {
    const requests = countRequests('/api/v1/procedures');
    const finder = await mountFinder('mode="client"');
    await waitForResults(finder);
    const loading = requests.urls.length;
    expect(loading).toBeGreaterThan(0);
    expect(requests.urls.every((url) => url.searchParams.get('pageSize') === '500')).toBe(true);
    await typeSlowly(finder, 'dang ky khai sinh', 10);
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    chooseFilter(finder, 'level', 'commune');
    await waitForResults(finder);
    expect(requests.stop()).toHaveLength(loading);
  });

  it('counts facets like the server does', async () => {
    const server = await mountFinder();
    server.searchFor('khai sinh');
    await waitForResults(server, (names) => names[0]?.includes('khai sinh') ?? false);
    const serverFacets = filterOptions(server, 'online');
    unmountAll();
    const client = await mountFinder('mode="client"');
    client.searchFor('khai sinh');
    await waitForResults(client, (names) => names[0]?.includes('khai sinh') ?? false);
    const clientFacets = filterOptions(client, 'online');
    expect(clientFacets.map((option) => optionCount(option.text))).toEqual(
      serverFacets.map((option) => optionCount(option.text)),
    );
  });

  it("loads only an agency's catalogue with the agency attribute", async () => {
    const requests = countRequests('/api/v1/procedures');
    const finder = await mountFinder('mode="client" agency="xa-tien-du"');
    await waitForResults(finder);
    expect(requests.stop().every((url) => url.searchParams.get('agency') === 'xa-tien-du')).toBe(true);
  });
});

describe('<hcc-procedure-finder sync-url>', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  it('writes the query, filters and open procedure into the page URL', async () => {
    const finder = await mountFinder('sync-url');
    await waitForResults(finder);
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    expect(new URL(location.href).searchParams.get('tim-kiem')).toBe('dang ky khai sinh');
    chooseFilter(finder, 'online', 'partial');
    await waitFor(() => new URL(location.href).searchParams.get('truc-tuyen') === 'partial');
    await waitForResults(finder);
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => new URL(location.href).searchParams.get('thu-tuc') === '1.001193');
  });

  it('opens the state of a deep link', async () => {
    history.replaceState(history.state, '', `${location.pathname}?tim-kiem=khai+sinh&thu-tuc=1.001193`);
    const finder = await mountFinder('sync-url');
    await waitFor(() => $(finder, '.detail-title')?.textContent === 'Thủ tục đăng ký khai sinh');
    expect(searchInput(finder).value).toBe('khai sinh');
    // A page that opens on a deep link keeps its focus: the widget does not jump the reader into it.
    expect(finder.shadowRoot?.activeElement).toBeNull();
  });

  it('follows the browser back and forward buttons', async () => {
    const finder = await mountFinder('sync-url');
    finder.searchFor('dang ky khai sinh');
    await waitForResults(finder, (names) => names[0] === 'Thủ tục đăng ký khai sinh');
    ($$(finder, '.result-button')[0] as HTMLButtonElement).click();
    await waitFor(() => $(finder, '.detail-title'));
    history.back();
    await waitFor(() => !$(finder, '.detail-view'));
    history.forward();
    await waitFor(() => $(finder, '.detail-title'));
    history.back();
    await waitFor(() => !$(finder, '.detail-view'));
    history.back();
    await waitFor(() => searchInput(finder).value === '');
    await waitForResults(finder, (names) => names[0] !== 'Thủ tục đăng ký khai sinh');
    expect(resultNames(finder).length).toBeGreaterThan(0);
  });
});
