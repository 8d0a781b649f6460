import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { HttpResponse, baseUrl, counted, dossier, http, server, summary, url } from './fixtures.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createClient({ baseUrl, retry: { baseDelayMs: 1 } });

describe('resources', () => {
  it('searches procedures with the query parameters it was given', async () => {
    const seen = counted(({ request }: { request: Request }) => {
      const query = new URL(request.url).searchParams;
      return HttpResponse.json({
        items: [summary('1.001193', `Thủ tục đăng ký khai sinh (${query.get('q')}, ${query.get('level')})`)],
        total: 1,
        page: 1,
        pageSize: 20,
        facets: { field: [], level: [], online: [], audience: [] },
      });
    });
    server.use(http.get(url('/procedures'), seen.resolver));

    const result = await client().procedures.search({ q: 'dang ky khai sinh', level: 'commune' });

    expect(result.items[0]?.name).toBe('Thủ tục đăng ký khai sinh (dang ky khai sinh, commune)');
    expect(seen.calls).toHaveLength(1);
  });

  it('walks every page with iterate()', async () => {
    const all = Array.from({ length: 7 }, (_, i) => summary(`1.00000${i}`, `Thủ tục ${i}`));
    server.use(
      http.get(url('/procedures'), ({ request }) => {
        const query = new URL(request.url).searchParams;
        const page = Number(query.get('page'));
        const pageSize = Number(query.get('pageSize'));
        const items = all.slice((page - 1) * pageSize, page * pageSize);
        return HttpResponse.json({
          items,
          total: all.length,
          page,
          pageSize,
          facets: { field: [], level: [], online: [], audience: [] },
        });
      }),
    );

    const codes: string[] = [];
    for await (const procedure of client().procedures.iterate({ pageSize: 3 })) codes.push(procedure.code);

    expect(codes).toEqual(all.map((p) => p.code));
  });

  it('gets a procedure by its code', async () => {
    server.use(
      http.get(url('/procedures/:code'), ({ params }) => HttpResponse.json({ ...summary(String(params.code), 'X') })),
    );
    const procedure = await client().procedures.get('1.004222');
    expect(procedure.code).toBe('1.004222');
  });

  it('sends the verifier as X-Verifier and the dossier code in canonical upper case', async () => {
    const seen = counted(({ request, params }: { request: Request; params: Record<string, unknown> }) =>
      HttpResponse.json({
        ...dossier,
        code: String(params.code),
        applicant: { name: request.headers.get('X-Verifier') ?? '' },
      }),
    );
    server.use(http.get(url('/dossiers/:code'), seen.resolver));

    const result = await client().dossiers.get(' 000.00.14.h56-250612-0118 ', { verifier: '4821' });

    expect(result.code).toBe('000.00.14.H56-250612-0118');
    expect(result.applicant.name).toBe('4821');
  });

  it('lists agencies, fields, the survey and the stats', async () => {
    server.use(
      http.get(url('/agencies'), ({ request }) =>
        HttpResponse.json({ items: [{ id: new URL(request.url).searchParams.get('at') ?? 'today' }] }),
      ),
      http.get(url('/fields'), () =>
        HttpResponse.json({ items: [{ id: 'ho-tich', name: 'Hộ tịch', procedureCount: 42 }] }),
      ),
      http.get(url('/survey'), () => HttpResponse.json({ id: 'sipas', version: 3 })),
      http.get(url('/stats'), ({ request }) =>
        HttpResponse.json({ agency: new URL(request.url).searchParams.get('agency') }),
      ),
    );
    const hcc = client();

    expect((await hcc.agencies.list({ at: '2024-03-15' }))[0]?.id).toBe('2024-03-15');
    expect((await hcc.fields.list())[0]?.procedureCount).toBe(42);
    expect((await hcc.survey.get()).version).toBe(3);
    expect((await hcc.stats.get({ agency: 'so-tu-phap' })).agency).toBe('so-tu-phap');
  });

  it('submits a rating with a generated Idempotency-Key and the verifier', async () => {
    const seen = counted(async ({ request }: { request: Request }) =>
      HttpResponse.json(
        {
          id: 'r1',
          body: await request.json(),
          key: request.headers.get('Idempotency-Key'),
          verifier: request.headers.get('X-Verifier'),
        },
        { status: 201 },
      ),
    );
    server.use(http.post(url('/dossiers/:code/ratings'), seen.resolver));

    const answer = (await client().ratings.submit(
      dossier.code,
      { overall: 'satisfied' },
      { verifier: '4821' },
    )) as unknown as {
      body: unknown;
      key: string;
      verifier: string;
    };

    expect(answer.body).toEqual({ overall: 'satisfied' });
    expect(answer.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(answer.verifier).toBe('4821');
  });

  it('submits page feedback', async () => {
    server.use(
      http.post(url('/feedback'), async ({ request }) =>
        HttpResponse.json(
          { id: 'f1', receivedAt: ((await request.json()) as { pageUrl: string }).pageUrl },
          { status: 201 },
        ),
      ),
    );
    const receipt = await client().feedback.submit({ useful: true, pageUrl: 'https://tiendu.bacninh.gov.vn/' });
    expect(receipt.receivedAt).toBe('https://tiendu.bacninh.gov.vn/');
  });

  it('uses the fetch it is given', async () => {
    const requested: string[] = [];
    const hcc = createClient({
      baseUrl: 'https://elsewhere.test/api/v1/',
      fetch: async (request) => {
        requested.push(request.url);
        return Response.json({ items: [] });
      },
    });
    await hcc.fields.list();
    expect(requested).toEqual(['https://elsewhere.test/api/v1/fields']);
  });
});
