import { describe, expect, it, vi } from 'vitest';
import { HccError, createClient } from '../../src/client/index.js';
import { parseRetryAfter, retryDelay } from '../../src/client/retry.js';
import {
  HttpResponse,
  baseUrl,
  counted,
  dossier,
  http,
  problem,
  rejection,
  server,
  useMockApi,
  summary,
  url,
} from './fixtures.js';

useMockApi();

describe('errors', () => {
  it('rejects with kind "http" and the problem document for an error answer', async () => {
    server.use(
      http.get(url('/dossiers/:code'), () =>
        problem(404, 'Không tìm thấy hồ sơ', { detail: 'Không tìm thấy hồ sơ với mã và số xác minh đã nhập.' }),
      ),
    );
    const error = await rejection(createClient({ baseUrl }).dossiers.get(dossier.code, { verifier: '0000' }));

    expect(error).toBeInstanceOf(HccError);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.problem?.title).toBe('Không tìm thấy hồ sơ');
    expect(error.method).toBe('GET');
    expect(error.url).toBe(url(`/dossiers/${dossier.code}`));
  });

  it('builds a problem from the status when the body is not a problem document', async () => {
    server.use(
      http.get(
        url('/fields'),
        () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await rejection(createClient({ baseUrl }).fields.list());
    expect(error.problem).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('rejects with kind "network" when the request cannot be made, after retrying', async () => {
    const seen = counted(() => HttpResponse.error());
    server.use(http.get(url('/fields'), seen.resolver));
    const error = await rejection(createClient({ baseUrl, retry: { retries: 2, baseDelayMs: 1 } }).fields.list());
    expect(error.kind).toBe('network');
    expect(seen.calls).toHaveLength(3);
  });

  it('rejects with kind "timeout" when an attempt takes too long', async () => {
    server.use(http.get(url('/survey'), () => new Promise<Response>(() => {})));
    const error = await rejection(createClient({ baseUrl, timeoutMs: 20 }).survey.get());
    expect(error.kind).toBe('timeout');
  });

  it('rejects with kind "aborted" when the caller aborts', async () => {
    server.use(http.get(url('/survey'), () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = createClient({ baseUrl }).survey.get({ signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).kind).toBe('aborted');
  });

  it('rejects at once with kind "aborted", sending nothing, for a signal aborted before the call', async () => {
    const seen = counted(() => HttpResponse.json({}));
    server.use(http.get(url('/survey'), seen.resolver), http.post(url('/feedback'), seen.resolver));
    const hcc = createClient({ baseUrl });
    const signal = AbortSignal.abort();
    expect((await rejection(hcc.survey.get({ signal }))).kind).toBe('aborted');
    expect(
      (await rejection(hcc.feedback.submit({ useful: true, pageUrl: 'https://a.gov.vn/' }, { signal }))).kind,
    ).toBe('aborted');
    expect(seen.calls).toHaveLength(0);
  });
});

describe('retries', () => {
  it.each([400, 404, 409, 422])('never retries a %i', async (status) => {
    const seen = counted(() => problem(status, 'Lỗi'));
    server.use(http.post(url('/dossiers/:code/ratings'), seen.resolver));
    const error = await rejection(
      createClient({ baseUrl, retry: { baseDelayMs: 1 } }).ratings.submit(
        dossier.code,
        { overall: 'satisfied' },
        { verifier: '4821' },
      ),
    );
    expect(error.status).toBe(status);
    expect(seen.calls).toHaveLength(1);
  });

  it('retries a 503 and resolves when the server recovers', async () => {
    let calls = 0;
    server.use(
      http.get(url('/procedures/:code'), () =>
        ++calls < 3 ? problem(503, 'Gián đoạn') : HttpResponse.json(summary('1.001193', 'Khai sinh')),
      ),
    );
    const procedure = await createClient({ baseUrl, retry: { retries: 2, baseDelayMs: 1 } }).procedures.get('1.001193');
    expect(procedure.name).toBe('Khai sinh');
    expect(calls).toBe(3);
  });

  it('sends a rating again with the same Idempotency-Key after a 503', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(url('/dossiers/:code/ratings'), ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return keys.length === 1 ? problem(503, 'Gián đoạn') : HttpResponse.json({ id: 'r1' }, { status: 201 });
      }),
    );
    await createClient({ baseUrl, retry: { baseDelayMs: 1 } }).ratings.submit(
      dossier.code,
      { overall: 'satisfied' },
      { verifier: '4821' },
    );
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it.each([
    ['3', 'seconds'],
    ['Wed, 25 Nov 2026 03:00:03 GMT', 'an HTTP date'],
  ])('waits the Retry-After "%s" (%s) of a 429 before trying again', async (retryAfter) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-11-25T03:00:00Z') });
    const times: number[] = [];
    server.use(
      http.get(url('/fields'), () => {
        times.push(Date.now());
        return times.length === 1
          ? problem(429, 'Quá nhiều yêu cầu', {}, { 'Retry-After': retryAfter })
          : HttpResponse.json({ items: [] });
      }),
    );
    const pending = createClient({ baseUrl, timeoutMs: 0 }).fields.list();
    await vi.advanceTimersByTimeAsync(2_900);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toEqual([]);
    expect(times).toHaveLength(2);
  });

  it('backs off exponentially between attempts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(1); // jitter at its top: waits of exactly 1 s, then 2 s
    let calls = 0;
    server.use(
      http.get(url('/fields'), () => {
        calls += 1;
        return problem(503, 'Gián đoạn');
      }),
    );
    const pending = rejection(
      createClient({ baseUrl, timeoutMs: 0, retry: { retries: 2, baseDelayMs: 1000 } }).fields.list(),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(3);
    expect((await pending).status).toBe(503);
  });

  it('does not wait for a Retry-After longer than allowed and reports it', async () => {
    const seen = counted(() => problem(429, 'Quá nhiều lần tra cứu', { retryAfter: 900 }, { 'Retry-After': '900' }));
    server.use(http.get(url('/dossiers/:code'), seen.resolver));
    const error = await rejection(createClient({ baseUrl }).dossiers.get(dossier.code, { verifier: '0000' }));
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(900);
    expect(seen.calls).toHaveLength(1);
  });

  it('retries nothing with retry: false', async () => {
    const seen = counted(() => problem(503, 'Gián đoạn'));
    server.use(http.get(url('/fields'), seen.resolver));
    await rejection(createClient({ baseUrl, retry: false }).fields.list());
    expect(seen.calls).toHaveLength(1);
  });
});

describe('retry policy', () => {
  const policy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 };

  it('keeps jittered delays between half and all of the doubled base, capped', () => {
    expect(retryDelay(policy, 0, undefined, () => 0)).toBe(50);
    expect(retryDelay(policy, 0, undefined, () => 1)).toBe(100);
    expect(retryDelay(policy, 2, undefined, () => 1)).toBe(400);
    expect(retryDelay(policy, 9, undefined, () => 1)).toBe(1000);
  });

  it('prefers the server’s Retry-After and refuses one beyond the cap', () => {
    expect(retryDelay(policy, 0, 1)).toBe(1000);
    expect(retryDelay(policy, 0, 2)).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T03:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 25 Nov 2026 03:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('deduplication', () => {
  it('shares identical GETs in flight', async () => {
    const seen = counted(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return HttpResponse.json({ items: [{ id: 'ho-tich' }] });
    });
    server.use(http.get(url('/fields'), seen.resolver));
    const hcc = createClient({ baseUrl });

    const [a, b] = await Promise.all([hcc.fields.list(), hcc.fields.list()]);

    expect(a).toEqual(b);
    expect(seen.calls).toHaveLength(1);
  });

  it('keeps the shared request alive for the others when one caller aborts', async () => {
    server.use(
      http.get(url('/procedures'), async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return HttpResponse.json({
          items: [],
          total: 0,
          page: 1,
          pageSize: 20,
          facets: { field: [], level: [], online: [], audience: [] },
        });
      }),
    );
    const hcc = createClient({ baseUrl });
    const controller = new AbortController();
    const first = hcc.procedures.search({ q: 'ho chieu' }, { signal: controller.signal });
    const second = hcc.procedures.search({ q: 'ho chieu' });
    controller.abort();

    await expect(first).rejects.toBeDefined();
    await expect(second).resolves.toMatchObject({ total: 0 });
  });

  it('does not share GETs that differ', async () => {
    const seen = counted(() =>
      HttpResponse.json({
        items: [],
        total: 0,
        page: 1,
        pageSize: 20,
        facets: { field: [], level: [], online: [], audience: [] },
      }),
    );
    server.use(http.get(url('/procedures'), seen.resolver));
    const hcc = createClient({ baseUrl });
    await Promise.all([hcc.procedures.search({ q: 'a' }), hcc.procedures.search({ q: 'b' })]);
    expect(seen.calls).toHaveLength(2);
  });
});
