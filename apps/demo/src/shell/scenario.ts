import { SCENARIOS, type ScenarioName } from '@hcc/mock-server';

/** The mock's scenarios other than the normal service, offered in the demo bar. */
export const DEMO_SCENARIOS = SCENARIOS.filter((name) => name !== 'normal');

/** The scenario named in a page URL's query, if the mock knows it; the normal service gives none. */
export function scenarioFrom(search: string): ScenarioName | undefined {
  const name = new URLSearchParams(search).get('scenario');
  return DEMO_SCENARIOS.find((scenario) => scenario === name);
}

/** A link to another demo page that keeps the current scenario. */
export function demoPageHref(page: string, scenario: ScenarioName | undefined): string {
  return scenario ? `./${page}?scenario=${scenario}` : `./${page}`;
}
