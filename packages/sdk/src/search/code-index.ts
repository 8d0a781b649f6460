/** A query word that looks like (part of) a procedure code: digits with dots, e.g. `1.001193`, `001193`, `1.0011`. */
const CODE_LIKE = /^\d+(?:\.\d*)*$/;
/** Fewest digits before a bare number is taken for a code rather than a quantity (`dưới 6 tuổi`, `năm 2024`). */
const MIN_CODE_DIGITS = 4;

/** A procedure found by its code and how well the typed code matched (1 = the whole code). */
export interface CodeMatch {
  documentId: number;
  score: number;
}

/**
 * Procedure codes in sorted order for prefix lookups by the forms citizens type: the whole code (`1.001193`,
 * `1.0011`), the code without its dot (`1001193`) and the number after the dot (`001193`).
 */
export class CodeIndex {
  private readonly keys: string[] = [];
  private readonly documentIds: number[] = [];

  constructor(codes: readonly string[]) {
    const entries: [string, number][] = [];
    codes.forEach((code, documentId) => {
      const normalised = code.trim().toLowerCase();
      const afterDot = normalised.slice(normalised.indexOf('.') + 1);
      for (const key of new Set([normalised, normalised.replace(/\./g, ''), afterDot])) entries.push([key, documentId]);
    });
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, documentId] of entries) {
      this.keys.push(key);
      this.documentIds.push(documentId);
    }
  }

  /** Whether a raw query is a code to look up rather than words to search. */
  static isCodeQuery(query: string): boolean {
    const trimmed = query.trim().replace(/\.$/, '');
    if (!CODE_LIKE.test(trimmed)) return false;
    return trimmed.includes('.') || trimmed.length >= MIN_CODE_DIGITS;
  }

  /** Procedures whose code starts with the typed code in any of its forms; the more of the code typed, the higher. */
  find(query: string): CodeMatch[] {
    const typed = query.trim().replace(/\.$/, '').toLowerCase();
    const best = new Map<number, number>();
    for (let index = this.lowerBound(typed); index < this.keys.length; index++) {
      const key = this.keys[index] as string;
      if (!key.startsWith(typed)) break;
      const documentId = this.documentIds[index] as number;
      const score = key === typed ? 1 : 0.5 + (0.4 * typed.length) / key.length;
      if ((best.get(documentId) ?? 0) < score) best.set(documentId, score);
    }
    return [...best].map(([documentId, score]) => ({ documentId, score }));
  }

  private lowerBound(typed: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] as string) < typed) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
