import type { BrowserMock, ScenarioName } from '@hcc/mock-server/browser';
import { type DemoPage, renderDemoBar } from './demo-bar.js';
import { type EnglishStrings, type Lang, applyLanguage, pickLanguage, storedLanguage } from './language.js';
import { startDemoMock } from './mock.js';
import { afterFirstContentfulPaint } from './paint.js';
import { scenarioFrom } from './scenario.js';

/** What every demo page knows once it has started. */
export interface DemoContext {
  lang: Lang;
  scenario: ScenarioName | undefined;
  /** The mock API running in this page (its demo dossiers, its scenario); with `npm run start:server`, only its data. */
  mock: Pick<BrowserMock, 'db'>;
  /** The API base the widgets are given, as an absolute URL for the SDK. */
  apiBaseUrl: string;
}

/**
 * Starts a demo page: the demo bar, the language, then the mock API in the browser. Widgets must be imported only
 * after this resolves, because they call the API as soon as they connect.
 */
export async function startPage(page: DemoPage, english: EnglishStrings): Promise<DemoContext> {
  const scenario = scenarioFrom(location.search);
  const lang = pickLanguage(location.search, storedLanguage());
  const bar = document.getElementById('demo-bar');
  if (bar) renderDemoBar(bar, page, scenario, english);
  applyLanguage(lang, english);
  await afterFirstContentfulPaint();
  // With `npm run start:server` the API is @hcc/server (holding the same demo dossiers): no mock in the page. The
  // mock's module is imported only here, after the first paint: a static import would make this render-blocking
  // script wait for the whole catalogue.
  const mock = import.meta.env.VITE_HCC_SERVER
    ? { db: (await import('@hcc/mock-server/browser')).createMockDatabase() }
    : await startDemoMock();
  return { lang, scenario, mock, apiBaseUrl: new URL('/api/v1', location.origin).href };
}

/**
 * Marks the page as started (`<html data-demo-ready>`): the mock answers and the widgets are defined. The
 * end-to-end tests and the screenshot script wait for it.
 */
export function markPageReady(): void {
  document.documentElement.dataset.demoReady = '';
}
