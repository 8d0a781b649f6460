/** A procedure found by its code and how well the typed code matched (1 = the whole code). */
export interface CodeMatch {
  documentId: number;
  score: number;
}
/**
 * Procedure codes in sorted order for prefix lookups by the forms citizens type: the whole code (`1.001193`,
 * `1.0011`), the code without its dot (`1001193`) and the number after the dot (`001193`).
 */
export declare class CodeIndex {
  private readonly keys;
  private readonly documentIds;
  constructor(codes: readonly string[]);
  /** Whether a raw query is a code to look up rather than words to search. */
  static isCodeQuery(query: string): boolean;
  /** Procedures whose code starts with the typed code in any of its forms; the more of the code typed, the higher. */
  find(query: string): CodeMatch[];
  private lowerBound;
}
