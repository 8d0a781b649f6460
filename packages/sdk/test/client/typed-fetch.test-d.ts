import { describe, expectTypeOf, it } from 'vitest';
import { every, procedureSorts } from '../../src/client/contract-values.js';
import type { ErrorStatusOf, OperationOf } from '../../src/client/contract.js';
import type { Dossier, FieldList, ProcedureLevel, ProcedureSearchResult, Rating } from '../../src/client/index.js';
import { type TypedFetch, createTypedFetch } from '../../src/client/typed-fetch.js';
import { createClient } from '../../src/index.js';

const request: TypedFetch = createTypedFetch({ baseUrl: 'https://api.test/api/v1' });

describe('the typed fetch', () => {
  it('answers with the 2xx content of the operation', () => {
    expectTypeOf(request('get', '/fields')).resolves.toEqualTypeOf<FieldList>();
    expectTypeOf(
      request('get', '/procedures', { query: { q: 'khai sinh', sort: 'popular' } }),
    ).resolves.toEqualTypeOf<ProcedureSearchResult>();
    expectTypeOf(
      request('post', '/dossiers/{code}/ratings', {
        path: { code: 'X' },
        header: { 'X-Verifier': '4821', 'Idempotency-Key': 'k' },
        body: { overall: 'satisfied' },
      }),
    ).resolves.toEqualTypeOf<Rating>();
  });

  it('refuses a path the contract does not have, or not for that method', () => {
    // @ts-expect-error: no such path
    request('get', '/procedure');
    // @ts-expect-error: /fields answers GET only
    request('post', '/fields', { body: {} });
    // @ts-expect-error: ratings are POSTed, not read
    request('get', '/dossiers/{code}/ratings', { path: { code: 'X' } });
  });

  it('refuses missing, unknown and mistyped parameters', () => {
    // @ts-expect-error: the dossier code is required
    request('get', '/dossiers/{code}', { header: { 'X-Verifier': '4821' } });
    // @ts-expect-error: the verifier header is required
    request('get', '/dossiers/{code}', { path: { code: 'X' } });
    // @ts-expect-error: no init at all, though the path needs a code
    request('get', '/procedures/{code}');
    // @ts-expect-error: `sort` takes relevance, popular or name
    request('get', '/procedures', { query: { sort: 'newest' } });
    // @ts-expect-error: `page` is a number
    request('get', '/procedures', { query: { page: '2' } });
    // @ts-expect-error: GET /fields takes no query
    request('get', '/fields', { query: { q: 'a' } });
    // @ts-expect-error: unknown query parameter
    request('get', '/agencies', { query: { kind: 'commune' } });
  });

  it('refuses a missing or mistyped body, and a body where none is taken', () => {
    // @ts-expect-error: feedback needs a body
    request('post', '/feedback', {});
    // @ts-expect-error: `useful` is a boolean
    request('post', '/feedback', { body: { useful: 'yes', pageUrl: 'https://a.gov.vn/' } });
    // @ts-expect-error: a GET has no body
    request('get', '/survey', { body: { a: 1 } });
  });

  it('refuses to read an answer as another type', async () => {
    // @ts-expect-error: GET /fields answers a field list, not a dossier
    const dossier: Dossier = await request('get', '/fields');
    expectTypeOf(dossier).toEqualTypeOf<Dossier>();
  });

  it('lists the error statuses of each operation, 413 and 422 for the POSTs', () => {
    expectTypeOf<ErrorStatusOf<OperationOf<'/feedback', 'post'>>>().toEqualTypeOf<400 | 413 | 422 | 429 | 503>();
    expectTypeOf<ErrorStatusOf<OperationOf<'/dossiers/{code}/ratings', 'post'>>>().toEqualTypeOf<
      400 | 404 | 409 | 413 | 422 | 429 | 503
    >();
  });
});

describe('the client', () => {
  const hcc = createClient({ baseUrl: 'https://api.test/api/v1' });

  it('keeps its documented methods and answers', () => {
    expectTypeOf(hcc.procedures.search({ sort: 'name' })).resolves.toEqualTypeOf<ProcedureSearchResult>();
    expectTypeOf(hcc.dossiers.get('X', { verifier: '4821' })).resolves.toEqualTypeOf<Dossier>();
    // @ts-expect-error: a dossier needs its verifier
    hcc.dossiers.get('X');
    // @ts-expect-error: unknown sort order
    hcc.procedures.search({ sort: 'newest' });
  });
});

describe('the contract enumerations', () => {
  it('must list every value of the generated type, and only those', () => {
    every<ProcedureLevel>()(['province', 'commune']);
    // @ts-expect-error: 'commune' is missing
    every<ProcedureLevel>()(['province']);
    // @ts-expect-error: 'district' is not a procedure level
    every<ProcedureLevel>()(['province', 'commune', 'district']);
    expectTypeOf(procedureSorts).toEqualTypeOf<readonly ['relevance', 'popular', 'name']>();
  });
});
