import type { FeedbackInput } from '@hcc/sdk';
import type { StoredFeedback } from './ratings.js';

/** Anonymous page feedback, idempotent by an optional key. */
export class FeedbackBox {
  private items: StoredFeedback[] = [];
  private readonly byKey = new Map<string, StoredFeedback>();
  private listener: (() => void) | undefined;

  count(): number {
    return this.items.length;
  }

  /** Records feedback, or returns the first receipt again for a repeated key. */
  submit(input: FeedbackInput, idempotencyKey: string | undefined, receivedAt: string): StoredFeedback {
    const existing = idempotencyKey ? this.byKey.get(idempotencyKey) : undefined;
    if (existing) return existing;
    const stored = { ...input, id: `feedback-${this.items.length + 1}`, receivedAt };
    this.items.push(stored);
    if (idempotencyKey) this.byKey.set(idempotencyKey, stored);
    this.listener?.();
    return stored;
  }

  restore(items: readonly StoredFeedback[]): void {
    this.items.push(...items);
  }

  snapshot(): StoredFeedback[] {
    return [...this.items];
  }

  onChange(listener: () => void): void {
    this.listener = listener;
  }

  reset(): void {
    this.items = [];
    this.byKey.clear();
  }
}
