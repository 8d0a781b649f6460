import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, httpError, networkError } from './fakes.js';

type Fault = 'ok' | 'lost-request' | 'lost-response' | 'unavailable';

/**
 * A server that behaves like the contract: one rating per dossier, the same key replays the first answer, another key
 * gets 409. Faults strike before it stores (lost request, 503) or after (the response is lost: a timeout).
 */
function createServer(faults: Fault[]) {
  const ratingsByDossier = new Map<string, string>();
  let call = 0;
  return {
    ratingsByDossier,
    async receive(item: OutboxItem) {
      const fault = faults[call++ % faults.length] ?? 'ok';
      if (item.kind !== 'rating') return;
      if (fault === 'lost-request') throw networkError('network');
      if (fault === 'unavailable') throw httpError(503);
      const ratedWith = ratingsByDossier.get(item.dossierCode);
      if (ratedWith !== undefined && ratedWith !== item.id) {
        throw httpError(409, { type: 'https://hcc.example/problems/already-rated' });
      }
      ratingsByDossier.set(item.dossierCode, item.id);
      if (fault === 'lost-response') throw networkError('timeout');
    },
  };
}

describe('Outbox under any mix of failures, double clicks, tabs and reloads', () => {
  it('ends with exactly one stored rating per dossier, each under its first key, and an empty queue', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Fault>('ok', 'lost-request', 'lost-response', 'unavailable'), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(
          fc.record({
            dossier: fc.integer({ min: 1, max: 8 }),
            clicks: fc.integer({ min: 1, max: 3 }),
            tab: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1, maxLength: 15 },
        ),
        async (faults, submissions) => {
          const storage = new FakeStorage();
          const clock = new FakeClock();
          const server = createServer(faults);
          // Each tab is a page with its own outbox over the one origin's storage; a new one stands for a reload.
          const openTab = () =>
            new Outbox({ store: createOutboxStore(() => storage), deliver: server.receive, now: clock.now });
          const tabs = [openTab(), openTab(), openTab()];
          const firstKeys = new Map<string, string>();
          for (const { dossier, clicks, tab } of submissions) {
            const dossierCode = `000.00.14.H56-250612-${String(dossier).padStart(4, '0')}`;
            const outbox = tabs[tab] as Outbox;
            const sends = Array.from({ length: clicks }, () => {
              const { item } = outbox.enqueue({
                kind: 'rating',
                apiBase: 'https://api.test/api/v1',
                dossierCode,
                verifier: '4821',
                rating: { overall: 'satisfied', channel: 'web' },
              });
              if (!firstKeys.has(dossierCode)) firstKeys.set(dossierCode, item.id);
              return outbox.deliver(item.id);
            });
            await Promise.all(sends);
            tabs[tab] = openTab();
          }
          // The network recovers; the next page load delivers whatever is left.
          faults.splice(0, faults.length, 'ok');
          await openTab().flush({ force: true });
          expect(storage.getItem('hcc:survey-outbox:v1')).toBeNull();
          expect([...server.ratingsByDossier.keys()].sort()).toEqual([...firstKeys.keys()].sort());
          for (const [dossierCode, key] of server.ratingsByDossier) expect(key).toBe(firstKeys.get(dossierCode));
        },
      ),
      { numRuns: 200 },
    );
  });
});
