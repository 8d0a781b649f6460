import type { ScenarioName } from '@hcc/mock-server';

/**
 * The mock's scenarios other than the normal service, offered in the demo bar. Listed here rather than imported as
 * a value: the mock's entry point would pull its whole catalogue into the script every page runs before its first
 * paint. The type check below fails when the mock gains or loses a scenario, so the list cannot drift.
 */
export const DEMO_SCENARIOS = ['slow', 'flaky', 'offline', 'rate-limited', 'empty'] as const satisfies readonly Exclude<
  ScenarioName,
  'normal'
>[];

type Unlisted = Exclude<ScenarioName, 'normal' | (typeof DEMO_SCENARIOS)[number]>;
/** Compiles only while every scenario of the mock but `normal` is listed. */
export const everyScenarioListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** The scenario named in a page URL's query, if the mock knows it; the normal service gives none. */
export function scenarioFrom(search: string): ScenarioName | undefined {
  const name = new URLSearchParams(search).get('scenario');
  return DEMO_SCENARIOS.find((scenario) => scenario === name);
}

/** A link to another demo page that keeps the current scenario. */
export function demoPageHref(page: string, scenario: ScenarioName | undefined): string {
  return scenario ? `./${page}?scenario=${scenario}` : `./${page}`;
}
