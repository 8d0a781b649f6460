import { type DossierCodeFailure, parseDossierCode } from '@hcc/sdk';

/** Why the verifier field cannot be sent: nothing typed, or not exactly four digits. */
export type VerifierFailure = 'empty' | 'not-four-digits';

/** What the form can send, or what is wrong with each field (checked before any request). */
export type LookupInput =
  | { ok: true; code: string; verifier: string }
  | { ok: false; codeProblem: DossierCodeFailure | null; verifierProblem: VerifierFailure | null };

/** The query parameter a receipt's QR code and a deep link carry the dossier code in. */
export const CODE_PARAMETER = 'ma-ho-so';

const FOUR_DIGITS = /^\d{4}$/;

/**
 * Reads the dossier-code field: anything the SDK's parser accepts, such as lower case, spaces, a receipt line or a
 * pasted receipt URL with `?ma-ho-so=`. Returns the canonical code or the parser's reason.
 */
export function readCode(raw: string): { ok: true; code: string } | { ok: false; reason: DossierCodeFailure } {
  const parsed = parseDossierCode(raw);
  return parsed.ok ? { ok: true, code: parsed.code } : { ok: false, reason: parsed.reason };
}

/** Reads the verifier field: the last four digits of the phone number on the receipt, spaces ignored. */
export function readVerifier(raw: string): { ok: true; verifier: string } | { ok: false; reason: VerifierFailure } {
  // NFKC turns full-width digits (０–９) from some phone keyboards into ASCII ones.
  const digits = raw.normalize('NFKC').replace(/\s+/g, '');
  if (digits.length === 0) return { ok: false, reason: 'empty' };
  return FOUR_DIGITS.test(digits) ? { ok: true, verifier: digits } : { ok: false, reason: 'not-four-digits' };
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

/**
 * The dossier code a page URL carries in `?ma-ho-so=` (a deep link or a scanned receipt), as typed there;
 * `null` when there is none. The field is pre-filled with it and validated like typed input.
 */
export function codeFromPageUrl(url: string): string | null {
  try {
    const value = new URL(url).searchParams.get(CODE_PARAMETER);
    return value?.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}
