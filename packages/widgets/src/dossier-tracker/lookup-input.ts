import { type DossierCodeFailure, parseDossierCode } from '@hcc/sdk';
import { type VerifierFailure, readVerifier } from '../shared/dossier-input.js';

/** What the form can send, or what is wrong with each field (checked before any request). */
export type LookupInput =
  | { ok: true; code: string; verifier: string }
  | { ok: false; codeProblem: DossierCodeFailure | null; verifierProblem: VerifierFailure | null };

/**
 * Reads the dossier-code field: anything the SDK's parser accepts, such as lower case, spaces, a receipt line or a
 * pasted receipt URL with `?ma-ho-so=`. Returns the canonical code or the parser's reason.
 */
export function readCode(raw: string): { ok: true; code: string } | { ok: false; reason: DossierCodeFailure } {
  const parsed = parseDossierCode(raw);
  return parsed.ok ? { ok: true, code: parsed.code } : { ok: false, reason: parsed.reason };
}

/** Validates both fields at once, so the form can show every problem in one go. */
export function readLookupInput(rawCode: string, rawVerifier: string): LookupInput {
  const code = readCode(rawCode);
  const verifier = readVerifier(rawVerifier);
  if (code.ok && verifier.ok) return { ok: true, code: code.code, verifier: verifier.verifier };
  return {
    ok: false,
    codeProblem: code.ok ? null : code.reason,
    verifierProblem: verifier.ok ? null : verifier.reason,
  };
}
