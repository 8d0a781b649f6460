import type { OutboxItem } from './outbox-item.js';

/** Where the outbox keeps its items: `localStorage` when the browser allows it, else memory for this page only. */
export interface OutboxStore {
  /** The items as they are now; read afresh every time, since other tabs write to the same storage. */
  load(): OutboxItem[];
  /** Replaces the items. Returns false when they could only be kept in memory. */
  save(items: readonly OutboxItem[]): boolean;
  /** False once storage has failed (private mode, quota, blocked): answers then survive only while the page is open. */
  readonly persistent: boolean;
}

/** The storage key; versioned so a future item shape never reads an old one by mistake. */
export const OUTBOX_STORAGE_KEY = 'hcc:survey-outbox:v1';

/**
 * Creates the store over `getStorage()` (usually `() => window.localStorage`, which itself throws where storage is
 * blocked). Any failure switches to memory for the rest of the page's life instead of losing the answer.
 */
export function createOutboxStore(
  getStorage: () => Storage | undefined,
  key: string = OUTBOX_STORAGE_KEY,
): OutboxStore {
  let memory: OutboxItem[] = [];
  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {}

  return {
    get persistent() {
      return storage !== undefined;
    },
    load() {
      try {
        // Anything unreadable (another script's value, a hand edit) counts as an empty queue; nothing stored (null)
        // parses as null, which is no array either.
        const value: unknown = storage && JSON.parse(storage.getItem(key) as string);
        if (storage) memory = Array.isArray(value) ? value.filter(isOutboxItem) : [];
      } catch (error) {
        // getItem failed: storage is gone for the rest of the page's life; a JSON error is an empty queue.
        if (error instanceof SyntaxError) memory = [];
        else storage = undefined;
      }
      return [...memory];
    },
    save(items) {
      memory = [...items];
      try {
        if (items.length === 0) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(items));
      } catch {
        storage = undefined;
      }
      return storage !== undefined;
    },
  };
}

function isOutboxItem(value: unknown): value is OutboxItem {
  const item = (value ?? {}) as Partial<OutboxItem>;
  return (
    typeof item.id === 'string' &&
    typeof item.fingerprint === 'string' &&
    typeof item.apiBase === 'string' &&
    (item.kind === 'rating' || item.kind === 'feedback')
  );
}
