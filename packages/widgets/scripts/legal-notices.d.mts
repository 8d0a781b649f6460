export const LEGAL_FILE: string;
export function unlinkLegalNotices(code: string): { code: string; notices: string | undefined };
export function legalFile(notices: Iterable<string>, licenses: ReadonlyArray<{ name: string; text: string }>): string;
