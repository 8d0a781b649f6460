import { createRandom, type Random } from './random.js';

/**
 * How the mock misbehaves, for tests and demos:
 * - `normal`: answers at once (plus `latencyMs`), with `errorRate` random 503s;
 * - `slow`: every answer takes 1.5 s more;
 * - `flaky`: about one request in five answers 503 with `Retry-After: 1`, one in ten never answers (a timeout);
 * - `offline`: every request fails as a network error;
 * - `rate-limited`: every request answers 429 with `Retry-After: 30`;
 * - `empty`: no procedures, fields, agencies or dossiers, and zero figures.
 */
export const SCENARIOS = ['normal', 'slow', 'flaky', 'offline', 'rate-limited', 'empty'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** What `mock.use()`, the CLI flags and `?scenario=` can set. */
export interface ScenarioOptions {
  scenario?: ScenarioName;
  /** Added to every answer, in milliseconds. */
  latencyMs?: number;
  /** Share of requests (0..1) that answer 503. */
  errorRate?: number;
  /** Seed of the random failures (the data's seed is set when the database is created). */
  seed?: number;
}

export const SLOW_SCENARIO_MS = 1500;

/** The scenario in force and the random source of its failures. */
export class ScenarioState {
  name: ScenarioName = 'normal';
  latencyMs = 0;
  errorRate = 0;
  private random: Random = createRandom(1);

  constructor(options: ScenarioOptions = {}) {
    this.set(options);
  }

  /** Replaces the whole scenario: options left out go back to their defaults. */
  set(options: ScenarioOptions): void {
    if (options.scenario !== undefined && !SCENARIOS.includes(options.scenario)) {
      throw new RangeError(`Unknown scenario "${options.scenario}"; use one of: ${SCENARIOS.join(', ')}`);
    }
    const errorRate = options.errorRate ?? 0;
    if (!(errorRate >= 0 && errorRate <= 1))
      throw new RangeError(`errorRate must be between 0 and 1, got ${errorRate}`);
    const latencyMs = options.latencyMs ?? 0;
    if (!(latencyMs >= 0)) throw new RangeError(`latencyMs must be 0 or more, got ${latencyMs}`);
    this.name = options.scenario ?? 'normal';
    this.latencyMs = latencyMs;
    this.errorRate = errorRate;
    this.random = createRandom(options.seed ?? 1);
  }

  /** Total delay before answering. */
  delayMs(): number {
    return this.latencyMs + (this.name === 'slow' ? SLOW_SCENARIO_MS : 0);
  }

  /** What happens to the next request, decided by the scenario's seeded randomness. */
  nextFailure(): 'network-error' | 'timeout' | 'unavailable' | 'rate-limited' | undefined {
    if (this.name === 'offline') return 'network-error';
    if (this.name === 'rate-limited') return 'rate-limited';
    const roll = this.random.next();
    if (this.name === 'flaky') {
      if (roll < 0.1) return 'timeout';
      if (roll < 0.3) return 'unavailable';
    }
    return this.random.next() < this.errorRate ? 'unavailable' : undefined;
  }
}

/** `?scenario=flaky&latency=300&error-rate=0.2` → scenario options; unknown values are ignored with a warning. */
export function scenarioFromUrl(search: string): ScenarioOptions {
  const params = new URLSearchParams(search);
  const options: ScenarioOptions = {};
  const scenario = params.get('scenario');
  if (scenario && (SCENARIOS as readonly string[]).includes(scenario)) options.scenario = scenario as ScenarioName;
  else if (scenario) console.warn(`[hcc mock] unknown ?scenario=${scenario}; use one of: ${SCENARIOS.join(', ')}`);
  const latency = Number(params.get('latency'));
  if (params.has('latency') && latency >= 0) options.latencyMs = latency;
  const errorRate = Number(params.get('error-rate'));
  if (params.has('error-rate') && errorRate >= 0 && errorRate <= 1) options.errorRate = errorRate;
  return options;
}
