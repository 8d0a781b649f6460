import { createClient } from '@hcc/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/dossier-tracker.js';
import '../../src/procedure-finder.js';
import type { HccProcedureFinder } from '../../src/procedure-finder.js';
import { PAGE_API_BASE_META, resolveClient, setDefaultClient } from '../../src/shared/api-client.js';
import { HccConfigError } from '../../src/shared/config-error.js';
import { $, mount, mountElement, unmountAll } from '../harness/mount.js';
import { countRequests, mockApiBase, mockEachTest } from '../harness/mock.js';
import { waitFor } from '../harness/wait.js';
import { mountFinder, waitForResults } from '../procedure-finder/finder-page.js';
import type { HccDossierTracker } from '../../src/dossier-tracker/dossier-tracker.js';

mockEachTest();

afterEach(() => {
  // Widgets leave first: a page-wide client removed under them would report its absence.
  unmountAll();
  vi.restoreAllMocks();
  setDefaultClient(undefined);
  for (const meta of document.querySelectorAll(`meta[name="${PAGE_API_BASE_META}"]`)) meta.remove();
});

/** The hcc-error events with kind "config" dispatched while `action` runs. */
async function configEvents(action: () => Promise<unknown>): Promise<CustomEvent[]> {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => {
    if ((event as CustomEvent).detail.kind === 'config') events.push(event as CustomEvent);
  };
  document.addEventListener('hcc-error', listener);
  try {
    await action();
  } finally {
    document.removeEventListener('hcc-error', listener);
  }
  return events;
}

describe('a bad attribute value', () => {
  it('page-size="0": one HccConfigError in the console and in hcc-error, then the default page size', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let finder: HccProcedureFinder | undefined;
    const events = await configEvents(async () => {
      finder = await mountFinder('page-size="0"');
    });
    if (!finder) throw new Error('not mounted');
    expect(finder.pageSize).toBe(10);
    const requests = countRequests('/api/v1/procedures');
    finder.searchFor('khai sinh');
    await waitForResults(finder);
    expect(requests.stop().at(-1)?.searchParams.get('pageSize')).toBe('10');
    const error = warn.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(HccConfigError);
    expect(String(error)).toContain(
      '<hcc-procedure-finder>: page-size="0" is not valid: use a whole number from 1 to 100',
    );
    expect(warn).toHaveBeenCalledOnce();
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toMatchObject({ widget: 'hcc-procedure-finder', kind: 'config' });
    expect(events[0]?.detail.error).toBe(error);
  });

  it('is reported once however often the widget renders, and again for a new bad value', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const finder = await mountFinder('mode="fast"');
    expect(finder.mode).toBe('server');
    finder.searchFor('khai sinh');
    await waitForResults(finder);
    finder.requestUpdate();
    await finder.updateComplete;
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('mode="fast" is not valid: use "server" or "client"');
    finder.setAttribute('page-size', 'many');
    await finder.updateComplete;
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]?.[0])).toContain('page-size="many"');
  });

  it('checks values set as properties too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const finder = await mountFinder();
    finder.pageSize = 500;
    await finder.updateComplete;
    expect(finder.pageSize).toBe(10);
    expect(String(warn.mock.calls[0]?.[0])).toContain('page-size="500"');
  });

  it('reads a string set as a property as the attribute would be', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tracker = await mountElement<HccDossierTracker>('hcc-dossier-tracker', { 'api-base': mockApiBase });
    (tracker as unknown as { poll: string }).poll = '10';
    await tracker.updateComplete;
    expect(tracker.poll).toBe(10);
    expect(warn).not.toHaveBeenCalled();
  });

  it('poll="abc" on the tracker: reported, and no polling', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tracker = await mountElement<HccDossierTracker>('hcc-dossier-tracker', {
      'api-base': mockApiBase,
      poll: 'abc',
    });
    expect(tracker.poll).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /<hcc-dossier-tracker>: poll="abc" is not valid: use a number of at least 1/,
    );
  });

  it('an unknown theme is reported and removed, so the system colours apply', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tracker = await mountElement<HccDossierTracker>('hcc-dossier-tracker', {
      'api-base': mockApiBase,
      theme: 'blue',
    });
    expect(tracker.theme).toBeUndefined();
    expect(tracker.hasAttribute('theme')).toBe(false);
    expect(String(warn.mock.calls[0]?.[0])).toContain('theme="blue"');
  });

  it('an unknown lang is an HccConfigError too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const events = await configEvents(() => mountFinder('lang="fr"'));
    expect(warn.mock.calls[0]?.[0]).toBeInstanceOf(HccConfigError);
    expect(events[0]?.detail.message).toContain('lang="fr" is not supported');
  });

  it('a malformed api-base is an error (the widget cannot work) naming the fix', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const finder = await mount<HccProcedureFinder>(
      '<hcc-procedure-finder api-base="api.example.gov.vn"></hcc-procedure-finder>',
    );
    expect(error.mock.calls[0]?.[0]).toBeInstanceOf(HccConfigError);
    expect(String(error.mock.calls[0]?.[0])).toContain('is not a URL. Write it in full, with https://');
    expect($(finder, '.state')?.textContent).toBeTruthy();
  });
});

describe('the one way to get the API client', () => {
  it('uses the page-wide <meta name="hcc-api-base"> when the widget has no api-base', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const meta = Object.assign(document.createElement('meta'), { name: PAGE_API_BASE_META, content: mockApiBase });
    document.head.append(meta);
    const finder = await mount<HccProcedureFinder>('<hcc-procedure-finder></hcc-procedure-finder>', { lang: 'vi' });
    await waitForResults(finder);
    expect(error).not.toHaveBeenCalled();
  });

  it('uses the page-wide client set with setDefaultClient, and widgets already there switch to it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const finder = await mount<HccProcedureFinder>('<hcc-procedure-finder></hcc-procedure-finder>', { lang: 'vi' });
    expect($(finder, '.results')).toBeNull();
    const calls: string[] = [];
    const client = createClient({
      baseUrl: `${location.origin}${mockApiBase}`,
      fetch: (request) => {
        calls.push(request.url);
        return globalThis.fetch(request);
      },
    });
    setDefaultClient(client);
    await waitForResults(finder);
    expect(calls.some((url) => url.includes('/api/v1/procedures'))).toBe(true);
  });

  it('prefers api-base over the page-wide default', async () => {
    const pageCalls: string[] = [];
    setDefaultClient(
      createClient({
        baseUrl: `${location.origin}${mockApiBase}`,
        fetch: (request) => {
          pageCalls.push(request.url);
          return globalThis.fetch(request);
        },
      }),
    );
    const finder = await mountFinder();
    await waitForResults(finder);
    expect(pageCalls).toEqual([]);
  });
});

describe('English strings', () => {
  it('arrive before the first render of a widget with lang="en"', async () => {
    const finder = await mountFinder('lang="en"');
    expect($(finder, '.title')?.textContent).toBe('Find an administrative procedure');
  });

  it('arrive when the language switches to English', async () => {
    const finder = await mountFinder();
    expect($(finder, '.title')?.textContent).toBe('Tra cứu thủ tục hành chính');
    finder.setAttribute('lang', 'en');
    await waitFor(() => $(finder, '.title')?.textContent === 'Find an administrative procedure');
  });
});

describe('resolveClient', () => {
  it('gives the URL to store with a client made from api-base or the page meta, and with a client property', () => {
    expect(resolveClient({ apiBase: '/api/v1', tag: 'hcc-test' }).baseUrl).toBe(`${location.origin}/api/v1`);
    const client = createClient({ baseUrl: 'https://api.test/api/v1' });
    expect(resolveClient({ client, apiBase: '/api/v1', tag: 'hcc-test' })).toMatchObject({
      client,
      source: 'client',
      baseUrl: `${location.origin}/api/v1`,
    });
    setDefaultClient(client);
    expect(resolveClient({ tag: 'hcc-test' })).toMatchObject({ client, source: 'page', baseUrl: undefined });
  });

  it('says what to fix when nothing gives a client', () => {
    const resolution = resolveClient({ apiBase: ' ', tag: 'hcc-test' });
    expect(resolution.client).toBeUndefined();
    expect(resolution.problem).toContain('<meta name="hcc-api-base" content="/api/v1">');
  });
});
