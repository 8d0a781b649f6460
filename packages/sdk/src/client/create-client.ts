import { createIdempotencyKey } from './idempotency.js';
import type { RetryOptions } from './retry.js';
import { type CallOptions, createTypedFetch } from './typed-fetch.js';
import type {
  Agency,
  AgencyListParams,
  Dossier,
  FeedbackInput,
  FeedbackReceipt,
  Field,
  Procedure,
  ProcedureSearchParams,
  ProcedureSearchResult,
  ProcedureSummary,
  Rating,
  RatingInput,
  Stats,
  StatsParams,
  SurveyForm,
} from './types.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API's base URL, ending in `/api/v1`. */
  baseUrl: string;
  /** The fetch to use. Defaults to the global fetch, looked up at each request (so mocks installed later apply). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Time allowed for each attempt, in milliseconds; 0 disables. Default 15 000. */
  timeoutMs?: number;
  /** Retry policy for GETs and keyed POSTs, or `false` for none. */
  retry?: RetryOptions | false;
}

/** Options of calls that unlock a dossier. */
export interface DossierCallOptions extends CallOptions {
  /** The last four digits of the applicant's phone number, as on the receipt. */
  verifier: string;
}

/** Options of {@link HccClient.ratings.submit}. */
export interface RatingCallOptions extends DossierCallOptions {
  /** Made once per answer and reused on every retry of it. Generated when absent. */
  idempotencyKey?: string;
}

/** Options of {@link HccClient.feedback.submit}. */
export interface FeedbackCallOptions extends CallOptions {
  idempotencyKey?: string;
}

/** The typed client of the hcc public API. Every method rejects with an `HccError`. */
export interface HccClient {
  agencies: { list(params?: AgencyListParams, options?: CallOptions): Promise<Agency[]> };
  fields: { list(options?: CallOptions): Promise<Field[]> };
  procedures: {
    search(params?: ProcedureSearchParams, options?: CallOptions): Promise<ProcedureSearchResult>;
    /** Every matching procedure, page after page. */
    iterate(
      params?: Omit<ProcedureSearchParams, 'page'>,
      options?: CallOptions,
    ): AsyncIterableIterator<ProcedureSummary>;
    get(code: string, options?: CallOptions): Promise<Procedure>;
  };
  dossiers: { get(code: string, options: DossierCallOptions): Promise<Dossier> };
  survey: { get(options?: CallOptions): Promise<SurveyForm> };
  ratings: { submit(dossierCode: string, rating: RatingInput, options: RatingCallOptions): Promise<Rating> };
  feedback: { submit(body: FeedbackInput, options?: FeedbackCallOptions): Promise<FeedbackReceipt> };
  stats: { get(params?: StatsParams, options?: CallOptions): Promise<Stats> };
}

/**
 * Creates a client of the hcc public API.
 *
 * @example
 * const hcc = createClient({ baseUrl: 'https://dichvucong.bacninh.gov.vn/api/v1' });
 * const { items } = await hcc.procedures.search({ q: 'dang ky khai sinh' });
 */
export function createClient(options: ClientOptions): HccClient {
  const request = createTypedFetch(options);
  const canonical = (code: string) => code.trim().toUpperCase();
  const search = (query: ProcedureSearchParams = {}, call?: CallOptions) =>
    request('get', '/procedures', { query, ...call });

  return {
    agencies: {
      list: (query = {}, call) => request('get', '/agencies', { query, ...call }).then((list) => list.items),
    },
    fields: {
      list: (call) => request('get', '/fields', { ...call }).then((list) => list.items),
    },
    procedures: {
      search,
      async *iterate(params = {}, call) {
        for (let page = 1; ; page += 1) {
          const result = await search({ ...params, page }, call);
          yield* result.items;
          if (result.items.length === 0 || page * result.pageSize >= result.total) return;
        }
      },
      get: (code, call) => request('get', '/procedures/{code}', { path: { code }, ...call }),
    },
    dossiers: {
      get: (code, { verifier, ...call }) =>
        request('get', '/dossiers/{code}', {
          path: { code: canonical(code) },
          header: { 'X-Verifier': verifier },
          ...call,
        }),
    },
    survey: {
      get: (call) => request('get', '/survey', { ...call }),
    },
    ratings: {
      submit: (dossierCode, rating, { verifier, idempotencyKey = createIdempotencyKey(), ...call }) =>
        request('post', '/dossiers/{code}/ratings', {
          path: { code: canonical(dossierCode) },
          header: { 'X-Verifier': verifier, 'Idempotency-Key': idempotencyKey },
          body: rating,
          ...call,
        }),
    },
    feedback: {
      submit: (body, { idempotencyKey = createIdempotencyKey(), ...call } = {}) =>
        request('post', '/feedback', { header: { 'Idempotency-Key': idempotencyKey }, body, ...call }),
    },
    stats: {
      get: (query = {}, call) => request('get', '/stats', { query, ...call }),
    },
  };
}
