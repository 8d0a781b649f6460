import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkStatusMap } from '../national/index.js';
import type { StartOptions } from '../server.js';
import type { ServerSettings } from '../settings.js';
import { UsageError } from './usage.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function positiveInteger(name: string, raw: string | undefined, min = 1): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}`, 'serve');
  return Number(raw);
}

function readStatusMap(file: string): Record<string, number> {
  let map: unknown;
  try {
    map = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--status-map ${file}: ${(error as Error).message}`, 'serve');
  }
  const problems = checkStatusMap(map);
  if (problems.length) throw new UsageError(`--status-map ${file}: ${problems.join('; ')}`, 'serve');
  return map as Record<string, number>;
}

/** `serve`'s flags and environment → what `startServer` takes. */
export function serveOptions(args: string[], env: NodeJS.ProcessEnv): StartOptions & { logLevel: string } {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'cors-origin': { type: 'string', multiple: true },
      'status-map': { type: 'string' },
      'ingest-body-limit': { type: 'string' },
      'max-client-failures': { type: 'string' },
      'log-level': { type: 'string' },
    },
  });
  const port = positiveInteger('port', values.port, 0) ?? 4020;
  if (port > 65_535) throw new UsageError('--port must be between 0 and 65535', 'serve');
  const logLevel = values['log-level'] ?? env.HCC_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`, 'serve');
  const origins = values['cors-origin'] ?? env.HCC_CORS_ORIGINS?.split(',').map((origin) => origin.trim());
  const statusMapFile = values['status-map'] ?? env.HCC_STATUS_MAP;
  const settings: Partial<ServerSettings> = {
    trustProxy: values['trust-proxy'] ?? env.HCC_TRUST_PROXY === '1',
    ...(origins?.length ? { corsOrigins: origins } : {}),
    ...(statusMapFile ? { statusMap: readStatusMap(statusMapFile) } : {}),
    ...(env.HCC_VERIFIER_KEY ? { verifierKey: env.HCC_VERIFIER_KEY } : {}),
  };
  const ingestBodyLimit = positiveInteger('ingest-body-limit', values['ingest-body-limit']);
  if (ingestBodyLimit) settings.ingestBodyLimit = ingestBodyLimit;
  const maxClientFailures = positiveInteger('max-client-failures', values['max-client-failures']);
  if (maxClientFailures) settings.maxClientFailures = maxClientFailures;
  return { port, host: values.host ?? '127.0.0.1', settings, logLevel };
}
