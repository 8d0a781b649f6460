/** The query parameter that carries a dossier code in links to the survey (the tracker's `survey-url`, receipts). */
export const DOSSIER_PARAMETER = 'ma-ho-so';

/**
 * The dossier code in a page URL's `?ma-ho-so=`, as written there, or undefined. Only the code ever travels in a URL;
 * the verifier is asked for.
 */
export function dossierFromPageUrl(href: string): string | undefined {
  try {
    return new URL(href).searchParams.get(DOSSIER_PARAMETER)?.trim() || undefined;
  } catch {
    return undefined;
  }
}
