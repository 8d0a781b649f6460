import { HccError } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../src/shared/failure.js';

const url = 'https://api.example/api/v1/procedures';

function httpError(status: number, retryAfterSeconds?: number): HccError {
  return new HccError({
    kind: 'http',
    method: 'GET',
    url,
    status,
    problem: { type: 'about:blank', title: 'x', status },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

describe('classifyFailure, the one classification of failed calls', () => {
  it.each([
    [404, 'not-found'],
    [429, 'too-many-requests'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
    [400, 'invalid'],
    [422, 'invalid'],
    [500, 'server'],
    [409, 'unknown'],
  ])('calls HTTP %i "%s" and reports it as http with its status', (status, kind) => {
    expect(classifyFailure(httpError(status), true)).toEqual({ kind, reported: 'http', status, offline: false });
  });

  it("keeps the server's wait, from Retry-After or the problem document", () => {
    expect(classifyFailure(httpError(429, 30), true).waitSeconds).toBe(30);
    const fromProblem = new HccError({
      kind: 'http',
      method: 'GET',
      url,
      status: 503,
      problem: { type: 'about:blank', title: 'x', status: 503, retryAfter: 120 },
    });
    expect(classifyFailure(fromProblem, true).waitSeconds).toBe(120);
    expect(classifyFailure(httpError(429), true).waitSeconds).toBeUndefined();
  });

  it('treats a request that never reached a server as offline, and a timeout as offline only without network', () => {
    expect(classifyFailure(new HccError({ kind: 'network', method: 'GET', url }), true)).toMatchObject({
      kind: 'network',
      offline: true,
    });
    const timeout = new HccError({ kind: 'timeout', method: 'GET', url });
    expect(classifyFailure(timeout, true)).toMatchObject({ kind: 'timeout', reported: 'timeout', offline: false });
    expect(classifyFailure(timeout, false).offline).toBe(true);
  });

  it('calls anything that is not an SDK error unknown', () => {
    expect(classifyFailure(new TypeError('boom'), true)).toEqual({
      kind: 'unknown',
      reported: 'unknown',
      offline: false,
    });
  });
});
