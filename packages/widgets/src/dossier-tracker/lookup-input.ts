import { type DossierCodeFailure, parseDossierCode } from '@hcc/sdk';
import { type VerifierFailure, readVerifier } from '../shared/dossier-input.js';

/** What is wrong with each field (`null`: nothing), checked before any request. */
export interface InvalidLookupInput {
  ok: false;
  codeProblem: DossierCodeFailure | null;
  verifierProblem: VerifierFailure | null;
}

/** What the form can send, or what is wrong with it. */
export type LookupInput = { ok: true; code: string; verifier: string } | InvalidLookupInput;

/**
 * Validates both fields at once, so the form can show every problem in one go. The code field takes anything the
 * SDK's parser accepts, such as lower case, spaces, a receipt line or a pasted receipt URL with `?ma-ho-so=`, and
 * gives the canonical code.
 */
export function readLookupInput(rawCode: string, rawVerifier: string): LookupInput {
  const code = parseDossierCode(rawCode);
  const verifier = readVerifier(rawVerifier);
  if (code.ok && verifier.ok) return { ok: true, code: code.code, verifier: verifier.verifier };
  return {
    ok: false,
    codeProblem: code.ok ? null : code.reason,
    verifierProblem: verifier.ok ? null : verifier.reason,
  };
}
