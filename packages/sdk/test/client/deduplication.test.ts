import { describe, expect, it } from 'vitest';
import { type HccError, createClient } from '../../src/client/index.js';
import { baseUrl } from './fixtures.js';

/** A fetch whose answers wait until released, and which records what it was asked and what was aborted. */
function heldFetch() {
  const requests: Request[] = [];
  const waiting: (() => void)[] = [];
  const fetch = (request: Request) => {
    requests.push(request);
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      waiting.push(() => resolve(Response.json({ items: [{ id: 'ho-tich' }] })));
    });
  };
  const release = () => {
    for (const answer of waiting.splice(0)) answer();
  };
  return { fetch, requests, release };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: HccError) => error.kind,
  );

describe('deduplicated GETs', () => {
  it('time out only the caller whose own timeoutMs ran out, the first caller', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch });
    const short = failure(hcc.fields.list({ timeoutMs: 10 }));
    const patient = hcc.fields.list();

    expect(await short).toBe('timeout');
    held.release();
    await expect(patient).resolves.toEqual([{ id: 'ho-tich' }]);
    expect(held.requests).toHaveLength(1);
  });

  it('time out only the caller whose own timeoutMs ran out, a later caller', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch });
    const patient = hcc.fields.list();
    const short = failure(hcc.fields.list({ timeoutMs: 10 }));

    expect(await short).toBe('timeout');
    expect(held.requests[0]?.signal.aborted).toBe(false);
    held.release();
    await expect(patient).resolves.toEqual([{ id: 'ho-tich' }]);
  });

  it('abort only the caller whose signal aborted, whichever joined first', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch });
    const controller = new AbortController();
    const patient = hcc.fields.list();
    const leaving = failure(hcc.fields.list({ signal: controller.signal }));
    controller.abort();

    expect(await leaving).toBe('aborted');
    held.release();
    await expect(patient).resolves.toHaveLength(1);
  });

  it('abort the shared request once every caller has gone, and not before', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch, retry: false });
    const first = new AbortController();
    const calls = [failure(hcc.fields.list({ signal: first.signal })), failure(hcc.fields.list({ timeoutMs: 10 }))];
    first.abort();
    expect(await calls[0]).toBe('aborted');
    expect(held.requests[0]?.signal.aborted).toBe(false);

    expect(await calls[1]).toBe('timeout');
    expect(held.requests).toHaveLength(1);
    expect(held.requests[0]?.signal.aborted).toBe(true);
  });

  it('start afresh after the shared request was abandoned', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch });
    expect(await failure(hcc.fields.list({ timeoutMs: 10 }))).toBe('timeout');
    const again = hcc.fields.list();
    held.release();
    await expect(again).resolves.toHaveLength(1);
    expect(held.requests).toHaveLength(2);
  });

  it('give each caller its own copy of the answer', async () => {
    const held = heldFetch();
    const hcc = createClient({ baseUrl, fetch: held.fetch });
    const both = Promise.all([hcc.fields.list(), hcc.fields.list()]);
    held.release();
    const [a, b] = await both;
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
