/** An indexed word a query word may stand for, and how sure that is (1 = typed exactly). */
export interface TermCandidate {
  termId: number;
  quality: number;
}
/**
 * The words of an indexed catalogue with their document frequencies, and the lookups a query needs: exact,
 * prefix (for the word being typed), typo-tolerant (through a single-deletion index, so a lookup never scans the
 * whole vocabulary) and run-on splitting (`khaisinh` → `khai sinh`).
 */
export declare class Vocabulary {
  /** The words, by id. */
  readonly terms: string[];
  /** In how many procedures each word occurs, by id. */
  readonly documentFrequency: number[];
  private readonly ids;
  private readonly deletionIndex;
  private sortedTerms;
  /** The id of `term`, adding it if new. */
  add(term: string): number;
  /** The id of `term`, if indexed. */
  idOf(term: string): number | undefined;
  /** Builds the prefix and typo lookups; call once after the last `add`. */
  freeze(): void;
  /**
   * The indexed words a query word may stand for, best first: itself, then completions when `isBeingTyped`, then
   * words one typo away (a Vietnamese word is one syllable, so a query with two typos has them in two words).
   */
  candidates(word: string, isBeingTyped: boolean): TermCandidate[];
  /**
   * Splits a run-on word into the fewest indexed words of two letters or more (`dangky` → `dang ki`), or returns
   * `undefined` when it cannot.
   */
  split(word: string): string[] | undefined;
  private completions;
  /**
   * Words one typo (insertion, deletion, substitution or swap of neighbours) from `word`, other than itself: each
   * shares `word` or one of its single deletions with the deletion index.
   */
  private typoNeighbours;
}
