import type { HccClient } from '@hcc/sdk';
import { userEvent } from 'vitest/browser';
import type { HccProcedureFinder } from '../../src/procedure-finder.js';
import '../../src/procedure-finder.js';
import { $, $$, mount } from '../harness/mount.js';
import { mockApiBase } from '../harness/mock.js';
import { sleep, waitFor } from '../harness/wait.js';

/**
 * Mounts a finder against the mock with extra attributes (`lang="en" page-size="5"` …), inside a container that
 * plays the host page (Vietnamese unless `container` says otherwise: the test page itself says `lang="en"`).
 */
export async function mountFinder(
  attributes = '',
  container: Record<string, string> = { lang: 'vi' },
): Promise<HccProcedureFinder> {
  return mount<HccProcedureFinder>(
    `<hcc-procedure-finder api-base="${mockApiBase}" ${attributes}></hcc-procedure-finder>`,
    container,
  );
}

/** The names of the results shown, in order. */
export function resultNames(finder: HccProcedureFinder): string[] {
  return $$(finder, '.result-name').map((name) => name.textContent?.trim() ?? '');
}

/** Waits until the list shows results whose first name satisfies `check`. */
export function waitForResults(
  finder: HccProcedureFinder,
  check: (names: string[]) => boolean = (names) => names.length > 0,
) {
  return waitFor(() => finder.shadowRoot?.querySelector('.results[aria-busy="false"]') && check(resultNames(finder)), {
    what: 'results',
  });
}

/** The search box. */
export function searchInput(finder: HccProcedureFinder): HTMLInputElement {
  return $(finder, '.search-input') as HTMLInputElement;
}

/** Types into the search box like a person: one key at a time, `msPerKey` apart. */
export async function typeSlowly(finder: HccProcedureFinder, text: string, msPerKey = 60): Promise<void> {
  searchInput(finder).focus();
  for (const character of text) {
    await userEvent.keyboard(character === ' ' ? '{Space}' : character);
    await sleep(msPerKey);
  }
}

/** Chooses a value in one filter's select. */
export function chooseFilter(finder: HccProcedureFinder, name: string, value: string): void {
  const select = $(finder, `#hcc-${name}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The options of one filter, as `{ value, text }`. */
export function filterOptions(finder: HccProcedureFinder, name: string): { value: string; text: string }[] {
  return [...($(finder, `#hcc-${name}`) as HTMLSelectElement).options].map((option) => ({
    value: option.value,
    text: option.textContent?.trim() ?? '',
  }));
}

/** The count a facet option shows: `Hộ tịch (42)` → 42. */
export function optionCount(text: string): number {
  return Number(/\((\d+)\)$/.exec(text)?.[1] ?? Number.NaN);
}

/** Mounts a finder that uses `client` (e.g. a fast-failing one) from its very first request. */
export async function mountFinderWithClient(client: HccClient, attributes: Record<string, string> = {}) {
  const finder = document.createElement('hcc-procedure-finder');
  finder.client = client;
  for (const [name, value] of Object.entries({ 'api-base': mockApiBase, ...attributes })) {
    finder.setAttribute(name, value);
  }
  const container = await mount<HTMLDivElement>('<div lang="vi"></div>');
  container.append(finder);
  await finder.updateComplete;
  return finder;
}
