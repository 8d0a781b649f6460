import { LOCAL_CLIENT } from '../http/client-id.js';

/** After this many failed look-ups of one code within the window, the code is locked until the window passes. */
export const MAX_FAILURES = 5;
/** After this many failed look-ups by one client within the window, whatever the codes, the client waits too. */
export const MAX_CLIENT_FAILURES = 20;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

/** Entries whose last failure has left the window are dropped at most this often, so the maps never keep growing. */
const SWEEP_EVERY_MS = 60_000;

/** Recent failure times per key (a code or a client), keeping no more than the limit needs. */
class FailureLog {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.failures.size;
  }

  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] as number;
    return Math.max(1, Math.ceil((oldest + LOCKOUT_WINDOW_MS - now) / 1000));
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now].slice(-this.limit));
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  clear(): void {
    this.failures.clear();
  }

  sweep(now: number): void {
    for (const [key, times] of this.failures) {
      if (now - (times[times.length - 1] as number) >= LOCKOUT_WINDOW_MS) this.failures.delete(key);
    }
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => now - time < LOCKOUT_WINDOW_MS);
  }
}

/**
 * Failed dossier look-ups (unknown code or wrong verifier): the guard against guessing. A code is locked after 5
 * failures within 15 minutes, so its verifier cannot be guessed; a client after 20, whatever the codes, so codes
 * cannot be enumerated. Failures older than 15 minutes are forgotten; a successful look-up clears the code's.
 */
export class Lockout {
  private readonly codes = new FailureLog(MAX_FAILURES);
  private readonly clients = new FailureLog(MAX_CLIENT_FAILURES);
  private lastSweep = 0;

  /** Seconds until the client may look up the code again, or 0 when neither is locked. */
  retryAfter(code: string, now: number, client: string = LOCAL_CLIENT): number {
    return Math.max(this.clients.retryAfter(client, now), this.codes.retryAfter(code, now));
  }

  /** Whether the wait comes from the client's failures rather than the code's. */
  clientLocked(client: string, now: number): boolean {
    return this.clients.retryAfter(client, now) > 0;
  }

  fail(code: string, now: number, client: string = LOCAL_CLIENT): void {
    this.sweep(now);
    this.codes.fail(code, now);
    this.clients.fail(client, now);
  }

  succeed(code: string): void {
    this.codes.forget(code);
  }

  clear(): void {
    this.codes.clear();
    this.clients.clear();
  }

  /** How many codes and clients have failures on record (kept for at most the window). */
  get size(): number {
    return this.codes.size + this.clients.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    this.codes.sweep(now);
    this.clients.sweep(now);
  }
}
