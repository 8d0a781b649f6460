import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-server.js';

type Outcome = { status: number; body: string; afterClose: boolean } | { error: string };

describe('graceful shutdown', () => {
  it('finishes the requests in flight before the server closes', async () => {
    const server = await startTestServer('pglite');
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    let started = 0;
    server.app.server.on('request', () => {
      started++;
    });
    let closing = false;
    // One connection per request: a request in flight is never on a connection the server sees as idle.
    const requests = Array.from(
      { length: 20 },
      () =>
        new Promise<Outcome>((resolve) => {
          const request = get(`${base}/api/v1/stats`, { agent: false }, (response) => {
            let body = '';
            response.on('data', (chunk) => {
              body += chunk;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body, afterClose: closing }));
            response.on('error', () => resolve({ error: 'cut during the answer' }));
          });
          request.on('error', (error) => resolve({ error: error.message }));
        }),
    );
    while (started === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    closing = true;
    const inFlight = started;
    await server.close();
    const outcomes = await Promise.all(requests);
    const answered = outcomes.filter((outcome) => 'status' in outcome);
    // Every request the server had received when it began to close was answered in full.
    expect(answered.length).toBeGreaterThanOrEqual(inFlight);
    expect(outcomes.filter((outcome) => 'error' in outcome && outcome.error === 'cut during the answer')).toEqual([]);
    expect(answered.some((outcome) => outcome.status === 200 && outcome.afterClose)).toBe(true);
    for (const outcome of answered) {
      expect([200, 503]).toContain(outcome.status);
      expect(() => JSON.parse(outcome.body)).not.toThrow();
    }
  });
});
