/** The query parameter that carries a dossier code in a page URL: receipts' QR codes, deep links, survey links. */
export const DOSSIER_CODE_PARAMETER = 'ma-ho-so';

/** Why a verifier cannot be sent: nothing typed, or not exactly four digits. */
export type VerifierFailure = 'empty' | 'not-four-digits';

/**
 * Reads a verifier: the last four digits of the phone number on the receipt. Spaces are ignored, and NFKC turns the
 * full-width digits (０–９) of some phone keyboards into ASCII ones.
 */
export function readVerifier(raw: string): { ok: true; verifier: string } | { ok: false; reason: VerifierFailure } {
  const digits = raw.normalize('NFKC').replace(/\s+/g, '');
  if (digits.length === 0) return { ok: false, reason: 'empty' };
  return /^\d{4}$/.test(digits) ? { ok: true, verifier: digits } : { ok: false, reason: 'not-four-digits' };
}

/**
 * The dossier code a page URL carries in `?ma-ho-so=`, as written there, or `null`. Only the code ever travels in a
 * URL; the verifier is asked for.
 */
export function dossierCodeFromPageUrl(href: string): string | null {
  try {
    return new URL(href).searchParams.get(DOSSIER_CODE_PARAMETER)?.trim() || null;
  } catch {
    return null;
  }
}
