import type { OutboxItem } from './outbox-item.js';
import { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX } from './outbox-keys.js';

/**
 * Where the outbox keeps its items: each under its own `localStorage` key when the browser allows it, else in memory
 * for this page only. One key per item is what makes queueing safe across tabs: a tab only ever writes the items it
 * queued or is sending, so two tabs queueing at the same moment cannot overwrite each other's answers.
 */
export interface OutboxStore {
  /** Every item, oldest first; read afresh every time, since other tabs write to the same storage. */
  load(): OutboxItem[];
  /** One item as it is now, or undefined when it is no longer queued (delivered, maybe by another tab). */
  get(id: string): OutboxItem | undefined;
  /** Writes one item. Returns false when it could only be kept in memory, for as long as the page stays open. */
  put(item: OutboxItem): boolean;
  /** Removes one item, from storage and memory. */
  remove(id: string): void;
  /** True when the item is kept on the device, false when only this page's memory holds it. */
  isPersisted(id: string): boolean;
  /** False once storage cannot be used at all (private mode, blocked): every answer then lives in memory. */
  readonly persistent: boolean;
}

export { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX };

/**
 * Creates the store over `getStorage()` (usually `() => window.localStorage`, which itself throws where storage is
 * blocked). A refused write keeps that item in memory; storage that cannot be read switches the store to memory for
 * the rest of the page's life (what it held stays there for the next page). Either way the answer is kept while the
 * page is open.
 */
export function createOutboxStore(
  getStorage: () => Storage | undefined,
  prefix: string = OUTBOX_KEY_PREFIX,
): OutboxStore {
  /** Items storage refused to keep (they win over an older stored copy). */
  const memory = new Map<string, OutboxItem>();
  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {}

  const readStored = (): OutboxItem[] => {
    if (!storage) return [];
    try {
      moveLegacyQueue(storage, prefix, put);
      const items: OutboxItem[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        const item = key?.startsWith(prefix) ? parseItem(storage.getItem(key)) : undefined;
        if (item && key === prefix + item.id) items.push(item);
      }
      return items;
    } catch {
      storage = undefined;
      return [];
    }
  };

  const put = (item: OutboxItem): boolean => {
    if (storage) {
      try {
        storage.setItem(prefix + item.id, JSON.stringify(item));
        memory.delete(item.id);
        return true;
      } catch {
        // Quota or a blocked write: this item waits in memory; the others stay readable in storage.
      }
    }
    memory.set(item.id, item);
    return false;
  };

  const load = () => {
    const byId = new Map(readStored().map((item) => [item.id, item]));
    for (const [id, item] of memory) byId.set(id, item);
    return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  };

  return {
    get persistent() {
      return storage !== undefined;
    },
    load,
    get: (id) => load().find((item) => item.id === id),
    put,
    remove(id) {
      memory.delete(id);
      try {
        storage?.removeItem(prefix + id);
      } catch {
        storage = undefined;
      }
    },
    isPersisted: (id) => storage !== undefined && !memory.has(id),
  };
}

/**
 * Moves a queue left by an earlier version (one array under {@link LEGACY_OUTBOX_KEY}) to one key per item, so a
 * citizen's pending rating survives the upgrade. Checked at every read: a tab still running the old version may write
 * it again. An item already moved is not overwritten.
 */
function moveLegacyQueue(storage: Storage, prefix: string, put: (item: OutboxItem) => void): void {
  const legacy = storage.getItem(LEGACY_OUTBOX_KEY);
  if (legacy === null) return;
  let value: unknown;
  try {
    value = JSON.parse(legacy);
  } catch {}
  for (const item of Array.isArray(value) ? value.filter(isOutboxItem) : []) {
    if (storage.getItem(prefix + item.id) === null) put(item);
  }
  storage.removeItem(LEGACY_OUTBOX_KEY);
}

function parseItem(text: string | null): OutboxItem | undefined {
  try {
    const value: unknown = JSON.parse(text as string);
    return isOutboxItem(value) ? value : undefined;
  } catch {
    // Another script's value or a hand edit under our prefix: not an answer.
    return undefined;
  }
}

function isOutboxItem(value: unknown): value is OutboxItem {
  const item = (value ?? {}) as Partial<OutboxItem>;
  return (
    typeof item.id === 'string' &&
    typeof item.fingerprint === 'string' &&
    typeof item.apiBase === 'string' &&
    typeof item.createdAt === 'number' &&
    (item.kind === 'rating' || item.kind === 'feedback')
  );
}
