import { parseArgs } from 'node:util';
import { SCENARIOS, type ScenarioName } from '../runtime/scenario.js';

export const USAGE = `Usage: hcc-mock-server [fixtures] [options]

Serves the hcc API with Bắc Ninh data at http://HOST:PORT/api/v1.

Commands:
  fixtures              print the demo dossiers as JSON [{ code, verifier, status, procedureCode, traits }] and exit

Options:
  --port N              port to listen on (default 4010; 0 picks a free one)
  --host HOST           interface to listen on (default 127.0.0.1)
  --catalog FILE.jsonl  serve the procedures of a file in the national catalogue's JSON-lines format
  --latency MS          delay every answer by MS milliseconds
  --error-rate R        answer 503 to a share R (0..1) of requests
  --seed N              seed of the generated dossiers and of random failures
  --scenario NAME       ${SCENARIOS.join(' | ')}
  --store FILE          keep ratings and feedback in a JSON file across restarts
  --help                show this help`;

export interface CliOptions {
  command: 'serve' | 'fixtures' | 'help';
  port: number;
  host: string;
  catalog?: string;
  latencyMs: number;
  errorRate: number;
  seed?: number;
  scenario: ScenarioName;
  store?: string;
}

/** A command-line mistake: the CLI prints the message and the usage, and exits with status 2. */
export class UsageError extends Error {}

function numberFlag(name: string, raw: string | undefined, check: (value: number) => boolean, hint: string) {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new UsageError(`--${name} must be ${hint}, got "${raw}"`);
  }
  return value;
}

/** Parses and checks the command line. @throws UsageError */
export function parseCliOptions(args: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals[0] && positionals[0] !== 'fixtures')) {
    throw new UsageError(`Unknown command "${positionals.join(' ')}"; the only command is "fixtures"`);
  }
  const scenario = values.scenario ?? 'normal';
  if (!(SCENARIOS as readonly string[]).includes(scenario)) {
    throw new UsageError(`--scenario must be one of ${SCENARIOS.join(', ')}, got "${scenario}"`);
  }
  const seed = numberFlag('seed', values.seed, Number.isSafeInteger, 'an integer');
  return {
    command: values.help ? 'help' : positionals[0] === 'fixtures' ? 'fixtures' : 'serve',
    port:
      numberFlag(
        'port',
        values.port,
        (port) => Number.isInteger(port) && port >= 0 && port <= 65535,
        'a port number 0..65535',
      ) ?? 4010,
    host: values.host ?? '127.0.0.1',
    latencyMs: numberFlag('latency', values.latency, (ms) => ms >= 0, 'a number of milliseconds ≥ 0') ?? 0,
    errorRate:
      numberFlag('error-rate', values['error-rate'], (rate) => rate >= 0 && rate <= 1, 'a number from 0 to 1') ?? 0,
    scenario: scenario as ScenarioName,
    ...(seed === undefined ? {} : { seed }),
    ...(values.catalog === undefined ? {} : { catalog: values.catalog }),
    ...(values.store === undefined ? {} : { store: values.store }),
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      catalog: { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      seed: { type: 'string' },
      scenario: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
}
