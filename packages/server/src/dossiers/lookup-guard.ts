import { timingSafeEqual } from 'node:crypto';
import type { Problem } from '@hcc/sdk';
import type { AppContext } from '../http/context.js';
import { dossierNotFound, tooManyAttempts } from '../http/problems.js';
import { hashVerifier } from '../national/index.js';
import { type LookupRead, readForLookup } from '../stores/dossier-store.js';
import { clearCodeFailures, limitingFailure, recordFailure } from '../stores/lookup-failure-store.js';
import type { DossierRow } from './dossier-row.js';

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export type Unlocked = { read: LookupRead & { dossier: DossierRow } } | { problem: Problem };

/**
 * Code + verifier → the dossier. An unknown code and a wrong verifier fail alike (the same 404) and count against
 * the code and the client, in the database so that every instance sees them: at `maxCodeFailures` the code answers
 * 429 until the window passes; at `maxClientFailures` the client's look-ups do, whatever the code.
 */
export async function unlockDossier(
  ctx: AppContext,
  code: string,
  verifier: string,
  client: string,
): Promise<Unlocked> {
  const { db, settings } = ctx;
  const now = settings.now().getTime();
  const since = now - settings.failureWindowMs;
  const read = await readForLookup(db, code, client, since);
  const retryAfter = async (by: 'code' | 'client', subject: string, limit: number) => {
    const at = (await limitingFailure(db, by, subject, since, limit)) ?? now;
    return Math.max(1, Math.ceil((at + settings.failureWindowMs - now) / 1000));
  };
  if (read.codeFailures >= settings.maxCodeFailures) {
    return { problem: tooManyAttempts(await retryAfter('code', code, settings.maxCodeFailures)) };
  }
  if (read.clientFailures >= settings.maxClientFailures) {
    return { problem: tooManyAttempts(await retryAfter('client', client, settings.maxClientFailures), 'client') };
  }
  const hash = read.dossier?.verifier_hash;
  if (!read.dossier || !hash || !sameHash(hash, hashVerifier(verifier, ctx.verifierKey))) {
    const outcome = await recordFailure(db, {
      code,
      client,
      now,
      windowMs: settings.failureWindowMs,
      maxForCode: settings.maxCodeFailures,
      maxForClient: settings.maxClientFailures,
    });
    if (outcome === 'recorded') return { problem: dossierNotFound() };
    if (outcome === 'code-locked') {
      return { problem: tooManyAttempts(await retryAfter('code', code, settings.maxCodeFailures)) };
    }
    return { problem: tooManyAttempts(await retryAfter('client', client, settings.maxClientFailures), 'client') };
  }
  if (read.codeFailures > 0) await clearCodeFailures(db, code);
  return { read: read as LookupRead & { dossier: DossierRow } };
}
