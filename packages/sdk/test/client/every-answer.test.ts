import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type HccError, createClient, invalidResponseType, isHccError } from '../../src/client/index.js';
import { parseRetryAfter } from '../../src/client/retry.js';
import { HttpResponse, baseUrl, counted, dossier, http, problem, server, url } from './fixtures.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<HccError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(isHccError(error)).toBe(true);
  return error as HccError;
}

describe('Retry-After', () => {
  it('waits until the HTTP date a 503 gives before trying again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-11-25T03:00:00Z') });
    const times: number[] = [];
    server.use(
      http.get(url('/fields'), () => {
        times.push(Date.now());
        return times.length === 1
          ? problem(503, 'Gián đoạn', {}, { 'Retry-After': 'Wed, 25 Nov 2026 03:00:04 GMT' })
          : HttpResponse.json({ items: [] });
      }),
    );
    const pending = createClient({ baseUrl, timeoutMs: 0 }).fields.list();
    await vi.advanceTimersByTimeAsync(3_900);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toEqual([]);
    expect(times).toHaveLength(2);
  });

  it.each(['-5', '1.5', 'Nov 2026', 'soon', 'Wed, 99 Nov 2026 03:00:04 GMT', ''])(
    'backs off as usual, never retrying at once, for Retry-After "%s"',
    async (value) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      vi.spyOn(Math, 'random').mockReturnValue(1); // jitter at its top: the first wait is exactly baseDelayMs
      const seen = counted(() => problem(503, 'Gián đoạn', {}, { 'Retry-After': value }));
      server.use(http.get(url('/fields'), seen.resolver));
      const pending = rejection(
        createClient({ baseUrl, timeoutMs: 0, retry: { retries: 1, baseDelayMs: 1000 } }).fields.list(),
      );
      await vi.advanceTimersByTimeAsync(999);
      expect(seen.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(seen.calls).toHaveLength(2);
      expect((await pending).status).toBe(503);
    },
  );

  it('reads the three HTTP-date forms and nothing else as a date', () => {
    const now = Date.parse('1994-11-06T08:49:00Z');
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(37);
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(37);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', now)).toBe(37);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:48:00 GMT', now)).toBe(0);
    for (const invalid of ['-5', '1.5', 'Nov 1994', '6 Nov 1994', 'Sun, 06 Nov 1994 08:49:37']) {
      expect(parseRetryAfter(invalid, now)).toBeUndefined();
    }
  });
});

describe('a success whose body is not JSON', () => {
  it('rejects with a typed http error at once, without retrying', async () => {
    const seen = counted(
      () => new HttpResponse('<html>Cổng đăng nhập Wi-Fi</html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    server.use(http.get(url('/fields'), seen.resolver));
    const error = await rejection(createClient({ baseUrl, retry: { baseDelayMs: 1 } }).fields.list());

    expect(error.kind).toBe('http');
    expect(error.status).toBe(200);
    expect(error.problem?.type).toBe(invalidResponseType);
    expect(error.url).toBe(url('/fields'));
    expect(seen.calls).toHaveLength(1);
  });

  it('treats an empty 200 as invalid too', async () => {
    server.use(http.get(url('/survey'), () => new HttpResponse(null, { status: 200 })));
    const error = await rejection(createClient({ baseUrl }).survey.get());
    expect(error.problem?.type).toBe(invalidResponseType);
  });
});

describe('problems of the POSTs', () => {
  const reused = {
    type: 'https://hcc.example/problems/idempotency-key-reused',
    detail: 'Khóa Idempotency-Key này đã được dùng cho một nội dung khác.',
  };
  const tooLarge = { type: 'https://hcc.example/problems/content-too-large', detail: 'Vượt quá 64 kB.' };

  it.each([
    [422, reused],
    [413, tooLarge],
  ])('rejects a rating with the %i problem, sent once', async (status, extra) => {
    const seen = counted(() => problem(status, 'Lỗi', extra));
    server.use(http.post(url('/dossiers/:code/ratings'), seen.resolver));
    const error = await rejection(
      createClient({ baseUrl, retry: { baseDelayMs: 1 } }).ratings.submit(
        dossier.code,
        { overall: 'satisfied' },
        { verifier: '4821', idempotencyKey: 'key-00000001' },
      ),
    );
    expect(error).toMatchObject({ kind: 'http', status, method: 'POST' });
    expect(error.problem).toMatchObject({ status, ...extra });
    expect(seen.calls).toHaveLength(1);
  });

  it.each([
    [422, reused],
    [413, tooLarge],
  ])('rejects feedback with the %i problem, sent once', async (status, extra) => {
    const seen = counted(() => problem(status, 'Lỗi', extra));
    server.use(http.post(url('/feedback'), seen.resolver));
    const error = await rejection(
      createClient({ baseUrl, retry: { baseDelayMs: 1 } }).feedback.submit({
        useful: false,
        pageUrl: 'https://dichvucong.bacninh.gov.vn/',
      }),
    );
    expect(error).toMatchObject({ kind: 'http', status });
    expect(error.problem?.type).toBe(extra.type);
    expect(seen.calls).toHaveLength(1);
  });
});
