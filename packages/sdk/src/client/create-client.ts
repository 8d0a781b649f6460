import createFetchClient from 'openapi-fetch';
import type { paths } from '../generated/api.js';
import { InFlightRequests } from './dedupe.js';
import { HccError } from './errors.js';
import { createIdempotencyKey } from './idempotency.js';
import { type CallOptions, type FetchResult, type RequestContext, performRequest } from './request.js';
import { type RetryOptions, resolveRetry } from './retry.js';
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
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const api = createFetchClient<paths>({
    baseUrl,
    headers: { Accept: 'application/json, application/problem+json', ...options.headers },
  });
  const context: RequestContext = {
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    retry: resolveRetry(options.retry),
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  const inFlight = new InFlightRequests();

  /** A GET, shared with identical GETs in flight and retried. `key` starts with the path. */
  function get<T>(
    key: string,
    send: (signal: AbortSignal, fetch: RequestContext['fetch']) => Promise<unknown>,
    call?: CallOptions,
  ) {
    const { signal, ...rest } = call ?? {};
    const url = `${baseUrl}/${key.split(/[?\s]/)[0]}`;
    return inFlight.run(
      key,
      (shared) =>
        performRequest<T>(
          context,
          {
            method: 'GET',
            retryable: true,
            send: send as (s: AbortSignal, f: RequestContext['fetch']) => Promise<FetchResult<T>>,
          },
          { ...rest, signal: shared },
        ),
      signal,
      (cause) => new HccError({ kind: 'aborted', method: 'GET', url, cause }),
    );
  }

  function post<T>(
    send: (signal: AbortSignal, fetch: RequestContext['fetch']) => Promise<unknown>,
    call?: CallOptions,
  ) {
    return performRequest<T>(
      context,
      {
        method: 'POST',
        retryable: true,
        send: send as (s: AbortSignal, f: RequestContext['fetch']) => Promise<FetchResult<T>>,
      },
      call,
    );
  }

  const searchProcedures = (params: ProcedureSearchParams = {}, call?: CallOptions) =>
    get<ProcedureSearchResult>(
      `procedures?${stableKey(params)}`,
      (signal, fetch) => api.GET('/procedures', { params: { query: params }, signal, fetch }),
      call,
    );

  return {
    agencies: {
      list: (params = {}, call) =>
        get<{ items: Agency[] }>(
          `agencies?${stableKey(params)}`,
          (signal, fetch) => api.GET('/agencies', { params: { query: params }, signal, fetch }),
          call,
        ).then((list) => list.items),
    },
    fields: {
      list: (call) =>
        get<{ items: Field[] }>('fields', (signal, fetch) => api.GET('/fields', { signal, fetch }), call).then(
          (list) => list.items,
        ),
    },
    procedures: {
      search: searchProcedures,
      async *iterate(params = {}, call) {
        for (let page = 1; ; page += 1) {
          const result = await searchProcedures({ ...params, page }, call);
          yield* result.items;
          if (result.items.length === 0 || page * result.pageSize >= result.total) return;
        }
      },
      get: (code, call) =>
        get<Procedure>(
          `procedures/${code}`,
          (signal, fetch) => api.GET('/procedures/{code}', { params: { path: { code } }, signal, fetch }),
          call,
        ),
    },
    dossiers: {
      get: (code, { verifier, ...call }) =>
        get<Dossier>(
          `dossiers/${code.trim().toUpperCase()} ${verifier}`,
          (signal, fetch) =>
            api.GET('/dossiers/{code}', {
              params: { path: { code: code.trim().toUpperCase() }, header: { 'X-Verifier': verifier } },
              signal,
              fetch,
            }),
          call,
        ),
    },
    survey: {
      get: (call) => get<SurveyForm>('survey', (signal, fetch) => api.GET('/survey', { signal, fetch }), call),
    },
    ratings: {
      submit: (dossierCode, rating, { verifier, idempotencyKey = createIdempotencyKey(), ...call }) =>
        post<Rating>(
          (signal, fetch) =>
            api.POST('/dossiers/{code}/ratings', {
              params: {
                path: { code: dossierCode.trim().toUpperCase() },
                header: { 'X-Verifier': verifier, 'Idempotency-Key': idempotencyKey },
              },
              body: rating,
              signal,
              fetch,
            }),
          call,
        ),
    },
    feedback: {
      submit: (body, { idempotencyKey = createIdempotencyKey(), ...call } = {}) =>
        post<FeedbackReceipt>(
          (signal, fetch) =>
            api.POST('/feedback', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body, signal, fetch }),
          call,
        ),
    },
    stats: {
      get: (params = {}, call) =>
        get<Stats>(
          `stats?${stableKey(params)}`,
          (signal, fetch) => api.GET('/stats', { params: { query: params }, signal, fetch }),
          call,
        ),
    },
  };
}

/** The same parameters in any order give the same key. */
function stableKey(params: object): string {
  return JSON.stringify(
    Object.entries(params)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
