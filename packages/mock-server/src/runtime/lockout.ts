/** After this many failed look-ups of one code within the window, the code is locked until the window passes. */
export const MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

/**
 * Failed dossier look-ups per code (unknown code or wrong verifier): the guard against guessing verifiers.
 * Failures older than 15 minutes are forgotten; a successful look-up clears the code's failures.
 */
export class Lockout {
  private readonly failures = new Map<string, number[]>();

  /** Seconds until the code may be tried again, or 0 when it is not locked. */
  retryAfter(code: string, now: number): number {
    const recent = this.recent(code, now);
    if (recent.length < MAX_FAILURES) return 0;
    const oldest = recent[recent.length - MAX_FAILURES] as number;
    return Math.max(1, Math.ceil((oldest + LOCKOUT_WINDOW_MS - now) / 1000));
  }

  fail(code: string, now: number): void {
    this.failures.set(code, [...this.recent(code, now), now]);
  }

  succeed(code: string): void {
    this.failures.delete(code);
  }

  clear(): void {
    this.failures.clear();
  }

  private recent(code: string, now: number): number[] {
    return (this.failures.get(code) ?? []).filter((time) => now - time < LOCKOUT_WINDOW_MS);
  }
}
