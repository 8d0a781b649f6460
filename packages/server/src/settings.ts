import { defaultSurveyForm, type SurveyForm } from '@hcc/sdk';

/** What an operator can set (flags, environment); every field has a default. */
export interface ServerSettings {
  /** Origins allowed to call the API from a browser; `*` (the default) allows every origin. */
  corsOrigins: string[];
  /** Take the client address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** Failed look-ups of one code before it is locked (the contract says 5). */
  maxCodeFailures: number;
  /** Failed look-ups of one client, across all codes, before its look-ups are refused. */
  maxClientFailures: number;
  /** The window of both limits, in ms (15 minutes). */
  failureWindowMs: number;
  /** Largest public request body (the contract says 64 kB). */
  bodyLimit: number;
  /** Largest ingest request body. */
  ingestBodyLimit: number;
  /** The key of the verifier hashes (`HCC_VERIFIER_KEY`); else one kept in the database. */
  verifierKey?: string;
  /** Source status → national status, for one-stop systems that number statuses their own way. */
  statusMap?: Record<string, number>;
  /** The rating form served by `GET /survey` (the SDK's `defaultSurveyForm`, as the mock serves). */
  survey: SurveyForm;
  /** The clock (tests move it). */
  now: () => Date;
}

/** The defaults, with what is given on top. */
export function serverSettings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  return {
    corsOrigins: ['*'],
    trustProxy: false,
    maxCodeFailures: 5,
    maxClientFailures: 20,
    failureWindowMs: 15 * 60_000,
    bodyLimit: 64 * 1024,
    ingestBodyLimit: 10 * 1024 * 1024,
    now: () => new Date(),
    ...overrides,
    survey: overrides.survey ?? defaultSurveyForm,
  };
}
