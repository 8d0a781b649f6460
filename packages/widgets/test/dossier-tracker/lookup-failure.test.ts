import { HccError } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { canRetry, classifyLookupFailure } from '../../src/dossier-tracker/lookup-failure.js';

const url = 'https://api.example/api/v1/dossiers/000.00.14.H56-250612-0118';

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

describe('why a look-up failed', () => {
  it('treats 404 as one neutral "not found" (unknown code or wrong verifier alike), without a retry', () => {
    const failure = classifyLookupFailure(httpError(404), true);
    expect(failure).toEqual({ kind: 'not-found' });
    expect(canRetry(failure)).toBe(false);
  });

  it('gives the whole minutes to wait after a lockout, rounded up', () => {
    expect(classifyLookupFailure(httpError(429, 600), true)).toEqual({ kind: 'locked', waitMinutes: 10 });
    expect(classifyLookupFailure(httpError(429, 61), true)).toEqual({ kind: 'locked', waitMinutes: 2 });
    expect(classifyLookupFailure(httpError(429, 0), true)).toEqual({ kind: 'locked', waitMinutes: 1 });
  });

  it('reads the wait from the problem document when the Retry-After header was not visible', () => {
    const error = new HccError({
      kind: 'http',
      method: 'GET',
      url,
      status: 429,
      problem: { type: 'about:blank', title: 'x', status: 429, retryAfter: 900 },
    });
    expect(classifyLookupFailure(error, true)).toEqual({ kind: 'locked', waitMinutes: 15 });
  });

  it('has no time to wait when the server did not say', () => {
    expect(classifyLookupFailure(httpError(429), true)).toEqual({ kind: 'locked', waitMinutes: 0 });
  });

  it('tells a device without a connection from a server that did not answer', () => {
    const error = new HccError({ kind: 'network', method: 'GET', url });
    expect(classifyLookupFailure(error, false)).toEqual({ kind: 'offline' });
    expect(classifyLookupFailure(error, true)).toEqual({ kind: 'network' });
  });

  it('offers a retry for network failures, time-outs and an unavailable server', () => {
    const timeout = classifyLookupFailure(new HccError({ kind: 'timeout', method: 'GET', url }), true);
    const unavailable = classifyLookupFailure(httpError(503, 5), true);
    expect(unavailable).toEqual({ kind: 'unavailable' });
    expect([timeout, unavailable].map(canRetry)).toEqual([true, true]);
  });

  it('calls anything else unexpected', () => {
    expect(classifyLookupFailure(new TypeError('boom'), true)).toEqual({ kind: 'unexpected' });
    expect(classifyLookupFailure(httpError(500), true)).toEqual({ kind: 'unexpected' });
  });
});
