import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX, createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeStorage, storedItems } from './fakes.js';

const queuedAt = Date.now();

const item = (id: string, createdAt = queuedAt): OutboxItem => ({
  kind: 'rating',
  id,
  fingerprint: `fingerprint-${id}`,
  apiBase: 'https://api.test/api/v1',
  createdAt,
  attempts: 0,
  nextAttemptAt: createdAt,
  dossierCode: '000.00.14.H56-250612-0118',
  verifier: '4821',
  rating: { overall: 'satisfied' },
});

describe('the outbox store: one key per answer', () => {
  it('writes each answer under its own key and reads them back oldest first', () => {
    const storage = new FakeStorage();
    const store = createOutboxStore(() => storage);
    expect(store.put(item('b', queuedAt + 2))).toBe(true);
    expect(store.put(item('a', queuedAt + 1))).toBe(true);
    expect([storage.key(0), storage.key(1)].sort()).toEqual([`${OUTBOX_KEY_PREFIX}a`, `${OUTBOX_KEY_PREFIX}b`]);
    expect(store.load().map((stored) => stored.id)).toEqual(['a', 'b']);
    store.remove('b');
    expect(storedItems(storage).map((stored) => stored.id)).toEqual(['a']);
  });

  it('sees an answer another tab queued, without writing it back', () => {
    const storage = new FakeStorage();
    const tabA = createOutboxStore(() => storage);
    const tabB = createOutboxStore(() => storage);
    tabA.put(item('a'));
    expect(tabB.get('a')?.id).toBe('a');
  });

  it('keeps an answer the quota refuses in memory, and only that one', () => {
    const storage = new FakeStorage();
    const store = createOutboxStore(() => storage);
    store.put(item('stored'));
    storage.quotaExceeded = true;
    expect(store.put(item('refused'))).toBe(false);
    expect(store.isPersisted('refused')).toBe(false);
    expect(store.isPersisted('stored')).toBe(true);
    expect(
      store
        .load()
        .map((kept) => kept.id)
        .sort(),
    ).toEqual(['refused', 'stored']);
  });

  it('keeps new answers in memory when storage fails later in the page, and leaves stored ones for the next page', () => {
    let blocked = false;
    const storage = new FakeStorage();
    const failing = new Proxy(storage, {
      get(target, name) {
        if (blocked && typeof name === 'string' && ['getItem', 'key', 'setItem'].includes(name)) {
          return () => {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          };
        }
        const value = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const store = createOutboxStore(() => failing);
    store.put(item('a'));
    expect(store.load()).toHaveLength(1);
    blocked = true;
    expect(store.put(item('b'))).toBe(false);
    expect(store.load().map((kept) => kept.id)).toEqual(['b']);
    expect(store.persistent).toBe(false);
    expect(store.isPersisted('b')).toBe(false);
    blocked = false;
    expect(storedItems(storage).map((kept) => kept.id)).toEqual(['a']);
  });
});

describe('the outbox store: upgrading from the one-array queue', () => {
  it('moves a pending rating stored by the earlier version to its own key, and delivers it', async () => {
    const storage = new FakeStorage();
    const pending = item('0b1e6a3c-6d0f-4f53-9a52-3f1d5e8c9a01');
    storage.setItem(LEGACY_OUTBOX_KEY, JSON.stringify([pending, { not: 'an answer' }]));
    const sent: string[] = [];
    const outbox = new Outbox({
      store: createOutboxStore(() => storage),
      deliver: async (queued) => {
        sent.push(queued.id);
      },
    });
    expect(outbox.items()).toEqual([pending]);
    expect(storage.getItem(LEGACY_OUTBOX_KEY)).toBeNull();
    expect(storedItems(storage)).toEqual([pending]);
    await outbox.flush({ force: true });
    expect(sent).toEqual([pending.id]);
    expect(storage.length).toBe(0);
  });

  it('moves what a tab still running the earlier version writes later, without overwriting a moved answer', () => {
    const storage = new FakeStorage();
    const store = createOutboxStore(() => storage);
    store.put({ ...item('a'), attempts: 3 });
    storage.setItem(LEGACY_OUTBOX_KEY, JSON.stringify([item('a'), item('b', queuedAt + 1)]));
    expect(store.load().map((kept) => [kept.id, kept.attempts])).toEqual([
      ['a', 3],
      ['b', 0],
    ]);
    expect(storage.getItem(LEGACY_OUTBOX_KEY)).toBeNull();
  });
});
