import { describe, expect, it } from 'vitest';
import { PROBLEM_BASE, problems } from '../src/index.js';

describe('the API’s problem documents, one catalogue for every server of the contract', () => {
  it('gives an unknown code and a wrong verifier the same document, naming no code', () => {
    expect(problems.dossierNotFound()).toEqual(problems.dossierNotFound());
    expect(problems.dossierNotFound()).toMatchObject({ type: `${PROBLEM_BASE}dossier-not-found`, status: 404 });
  });

  it('names every invalid parameter in the detail and in errors[]', () => {
    const errors = [{ in: 'query' as const, name: 'pageSize', detail: 'phải là số nguyên từ 1 đến 500' }];
    expect(problems.invalidInput(errors)).toMatchObject({
      status: 400,
      detail: 'pageSize: phải là số nguyên từ 1 đến 500',
      errors,
    });
  });

  it('carries retryAfter on 429 and 503, in whole minutes in the lockout’s words', () => {
    expect(problems.tooManyAttempts(900)).toMatchObject({ status: 429, retryAfter: 900 });
    expect(problems.tooManyAttempts(61, 'client').detail).toContain('sau 2 phút');
    expect(problems.unavailable(30)).toMatchObject({ status: 503, retryAfter: 30 });
  });

  it('says which methods a path takes, and how large a body may be', () => {
    expect(problems.methodNotAllowed('TRACE', ['GET', 'HEAD']).detail).toContain('chỉ nhận GET, HEAD');
    expect(problems.contentTooLarge(65_536)).toMatchObject({ status: 413, detail: expect.stringContaining('64 kB') });
    expect(problems.keyReused()).toMatchObject({ status: 422, type: `${PROBLEM_BASE}idempotency-key-reused` });
  });
});
