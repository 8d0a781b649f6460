import { HccError } from '@hcc/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $, mount, unmountAll } from '../harness/mount.js';
import { sleep, waitFor } from '../harness/wait.js';
import { deferred, type FetchWidget } from './fixtures/fetch-widget.js';
import './fixtures/fetch-widget.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const networkError = () => new HccError({ kind: 'network', method: 'GET', url: 'https://api.test/x' });
const httpError = (status: number) =>
  new HccError({
    kind: 'http',
    method: 'GET',
    url: 'https://api.test/x',
    status,
    problem: { type: 'about:blank', title: 'x', status },
  });

async function widget() {
  return mount<FetchWidget>('<hcc-fetch-widget></hcc-fetch-widget>');
}

describe('FetchController', () => {
  it('starts idle', async () => {
    expect((await widget()).fetch.status).toBe('idle');
  });

  it('goes from loading to data, and renders each state', async () => {
    const element = await widget();
    const answer = deferred<string[]>();
    element.task = () => answer.promise;
    const run = element.fetch.run('khai sinh');
    await element.updateComplete;
    expect($(element, 'p')?.textContent).toBe('loading');
    answer.resolve(['1.001193']);
    await run;
    await element.updateComplete;
    expect(element.fetch.status).toBe('data');
    expect(element.fetch.data).toEqual(['1.001193']);
    expect($(element, 'p')?.textContent).toBe('data');
  });

  it('reports an answer with nothing in it as empty', async () => {
    const element = await widget();
    element.task = async () => [];
    await element.fetch.run('xyz');
    expect(element.fetch.status).toBe('empty');
  });

  it('shows the spinner only after the delay', async () => {
    const element = await widget();
    const answer = deferred<string[]>();
    element.task = () => answer.promise;
    void element.fetch.run('a');
    await sleep(20);
    expect(element.fetch.showSpinner).toBe(false);
    await waitFor(() => element.fetch.showSpinner);
    answer.resolve(['x']);
    await waitFor(() => element.fetch.status === 'data');
    expect(element.fetch.showSpinner).toBe(false);
  });

  it('never lets a stale answer overwrite a newer one, and aborts the stale request', async () => {
    const element = await widget();
    const slow = deferred<string[]>();
    const fast = deferred<string[]>();
    const signals: AbortSignal[] = [];
    element.task = (signal, query) => {
      signals.push(signal);
      return query === 'old' ? slow.promise : fast.promise;
    };
    const first = element.fetch.run('old');
    const second = element.fetch.run('new');
    expect(signals[0]?.aborted).toBe(true);
    fast.resolve(['new result']);
    await second;
    slow.resolve(['old result']);
    await first;
    expect(element.fetch.data).toEqual(['new result']);
    expect(element.fetch.status).toBe('data');
    expect(element.answers).toEqual([['new result']]);
  });

  it('goes to error on an HTTP failure, tells onError, and retries with the same arguments', async () => {
    const element = await widget();
    const queries: string[] = [];
    let fail = true;
    element.task = async (_signal, query) => {
      queries.push(query);
      if (fail) throw httpError(503);
      return ['ok'];
    };
    await element.fetch.run('khai sinh');
    expect(element.fetch.status).toBe('error');
    expect(element.errors).toHaveLength(1);
    fail = false;
    await element.fetch.retry();
    expect(element.fetch.status).toBe('data');
    expect(queries).toEqual(['khai sinh', 'khai sinh']);
  });

  it('goes offline on a network failure and retries by itself when the network returns', async () => {
    const element = await widget();
    let calls = 0;
    element.task = async () => {
      calls += 1;
      if (calls === 1) throw networkError();
      return ['back'];
    };
    await element.fetch.run('a');
    expect(element.fetch.status).toBe('offline');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => element.fetch.status === 'data');
    expect(calls).toBe(2);
  });

  it('ignores its own cancellation: abort() goes back to the previous state', async () => {
    const element = await widget();
    element.task = async () => ['first'];
    await element.fetch.run('a');
    element.task = (signal) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const pending = element.fetch.run('b');
    element.fetch.abort();
    await pending;
    expect(element.fetch.status).toBe('data');
    expect(element.fetch.data).toEqual(['first']);
    expect(element.errors).toHaveLength(0);
  });

  it('cancels the request in flight when the element leaves the page', async () => {
    const element = await widget();
    let seen: AbortSignal | undefined;
    element.task = (signal) => {
      seen = signal;
      return new Promise(() => {});
    };
    void element.fetch.run('a');
    element.remove();
    expect(seen?.aborted).toBe(true);
  });
});
