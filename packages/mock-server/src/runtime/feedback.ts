import { canonicalJson, type FeedbackInput } from '@hcc/sdk';
import type { StoredFeedback } from './ratings.js';

/** What `submit` did: stored it, returned the first receipt again, or refused a key reused with another body. */
export type FeedbackOutcome = { kind: 'created' | 'replayed'; stored: StoredFeedback } | { kind: 'key-reused' };

/** Anonymous page feedback, idempotent by an optional key. */
export class FeedbackBox {
  private items: StoredFeedback[] = [];
  private readonly byKey = new Map<string, { stored: StoredFeedback; fingerprint: string }>();
  private listener: (() => void) | undefined;

  count(): number {
    return this.items.length;
  }

  /** Records feedback; a repeated key returns the first receipt again, or is refused when the body differs. */
  submit(input: FeedbackInput, idempotencyKey: string | undefined, receivedAt: string): FeedbackOutcome {
    const fingerprint = canonicalJson(input);
    const existing = idempotencyKey ? this.byKey.get(idempotencyKey) : undefined;
    if (existing) {
      return existing.fingerprint === fingerprint
        ? { kind: 'replayed', stored: existing.stored }
        : { kind: 'key-reused' };
    }
    const stored = { ...input, id: `feedback-${this.items.length + 1}`, receivedAt };
    this.items.push(stored);
    if (idempotencyKey) this.byKey.set(idempotencyKey, { stored, fingerprint });
    this.listener?.();
    return { kind: 'created', stored };
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
