import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, TabbedStorage, httpError, networkError, storedItems } from './fakes.js';

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
          expect(storedItems(storage)).toEqual([]);
          expect([...server.ratingsByDossier.keys()].sort()).toEqual([...firstKeys.keys()].sort());
          for (const [dossierCode, key] of server.ratingsByDossier) expect(key).toBe(firstKeys.get(dossierCode));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Outbox with tabs that write at the same moment', () => {
  it("keeps every rating queued in tabs that had not yet seen each other's writes, and delivers each once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            action: fc.constantFrom('queue', 'queue', 'flush'),
            tab: fc.integer({ min: 0, max: 2 }),
            online: fc.boolean(),
            // Whether the browser passes the writes on to the other tabs before the next step.
            sync: fc.boolean(),
          }),
          { minLength: 2, maxLength: 14 },
        ),
        async (steps) => {
          const storage = new TabbedStorage();
          const clock = new FakeClock();
          let online = false;
          const ratedWith = new Map<string, string>();
          const receive = async (item: OutboxItem) => {
            if (!online) throw networkError('network');
            if (item.kind !== 'rating') return;
            const key = ratedWith.get(item.dossierCode);
            if (key !== undefined && key !== item.id)
              throw httpError(409, { type: 'https://hcc.example/problems/already-rated' });
            ratedWith.set(item.dossierCode, item.id);
          };
          const openTab = () =>
            new Outbox({ store: createOutboxStore(() => storage.tab()), deliver: receive, now: clock.now });
          const tabs = [openTab(), openTab(), openTab()];
          const queued: string[] = [];
          for (const [index, step] of steps.entries()) {
            online = step.online;
            const outbox = tabs[step.tab] as Outbox;
            if (step.action === 'queue') {
              const dossierCode = `000.00.14.H56-250612-${String(index).padStart(4, '0')}`;
              queued.push(dossierCode);
              const { item } = outbox.enqueue({
                kind: 'rating',
                apiBase: 'https://api.test/api/v1',
                dossierCode,
                verifier: '4821',
                rating: { overall: 'satisfied' },
              });
              await outbox.deliver(item.id);
            } else {
              await outbox.flush({ force: true });
            }
            if (step.sync) storage.sync();
            clock.advance(1000);
          }
          // The browser settles, the network returns and the next page load delivers whatever is left.
          storage.sync();
          online = true;
          await openTab().flush({ force: true });
          storage.sync();
          expect([...ratedWith.keys()].sort()).toEqual([...queued].sort());
          expect(storage.keys().filter((key) => key.startsWith('hcc:survey-outbox'))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
