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
  let storage = openStorage(getStorage);

  return {
    get persistent() {
      return storage !== undefined;
    },
    load() {
      if (!storage) return [...memory];
      try {
        memory = parseItems(storage.getItem(key));
      } catch {
        storage = undefined;
      }
      return [...memory];
    },
    save(items) {
      memory = [...items];
      if (!storage) return false;
      try {
        if (items.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(items));
        return true;
      } catch {
        storage = undefined;
        return false;
      }
    },
  };
}

function openStorage(getStorage: () => Storage | undefined): Storage | undefined {
  try {
    return getStorage() ?? undefined;
  } catch {
    return undefined;
  }
}

/** Anything unreadable (another script's value, a hand edit) counts as an empty queue rather than breaking the page. */
function parseItems(text: string | null): OutboxItem[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isOutboxItem) : [];
  } catch {
    return [];
  }
}

function isOutboxItem(value: unknown): value is OutboxItem {
  if (!value || typeof value !== 'object') return false;
  const item = value as Partial<OutboxItem>;
  return (
    typeof item.id === 'string' &&
    typeof item.fingerprint === 'string' &&
    typeof item.apiBase === 'string' &&
    (item.kind === 'rating' || item.kind === 'feedback')
  );
}
