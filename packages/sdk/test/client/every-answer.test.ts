import { describe, expect, it, vi } from 'vitest';
import { createClient, invalidResponseType } from '../../src/client/index.js';
import { parseRetryAfter } from '../../src/client/retry.js';
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
  url,
} from './fixtures.js';

useMockApi();

describe('Retry-After', () => {
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
    expect(error.status).toBe(502);
    expect(error.problem).toMatchObject({ type: invalidResponseType, status: 502 });
    expect(error.problem?.detail).toContain('200');
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
  const hcc = createClient({ baseUrl, retry: { baseDelayMs: 1 } });
  const posts = {
    rating: {
      path: '/dossiers/:code/ratings',
      send: () =>
        hcc.ratings.submit(dossier.code, { overall: 'satisfied' }, { verifier: '4821', idempotencyKey: 'key-0001' }),
    },
    feedback: {
      path: '/feedback',
      send: () => hcc.feedback.submit({ useful: false, pageUrl: 'https://dichvucong.bacninh.gov.vn/' }),
    },
  };

  it.each([
    ['rating', 422, reused],
    ['rating', 413, tooLarge],
    ['feedback', 422, reused],
    ['feedback', 413, tooLarge],
  ] as const)('rejects a %s with the %i problem, sent once', async (what, status, extra) => {
    const seen = counted(() => problem(status, 'Lỗi', extra));
    server.use(http.post(url(posts[what].path), seen.resolver));
    const error = await rejection(posts[what].send());
    expect(error).toMatchObject({ kind: 'http', status, method: 'POST' });
    expect(error.problem).toMatchObject({ status, ...extra });
    expect(seen.calls).toHaveLength(1);
  });
});
