import { boundedEditDistance, singleDeletions } from './edit-distance.js';

/** An indexed word a query word may stand for, and how sure that is (1 = typed exactly). */
export interface TermCandidate {
  termId: number;
  quality: number;
}

/** How much a match counts, by how the query word reached the indexed word. */
const QUALITY = { exact: 1, prefix: 0.75, oneEdit: 0.7, twoEdits: 0.6, oneEditOfKnownWord: 0.45 } as const;
/** Shortest query word that may carry a typo; Vietnamese syllables are short, so shorter ones are too ambiguous. */
const MIN_TYPO_LENGTH = 4;
/**
 * Shortest query word that may carry two typos. No Vietnamese syllable is this long (`nghiêng` is the longest, and
 * the catalogue's longest is six letters), so such a word is a loanword (`karaoke`, `internet`) or words run
 * together, where two slips of the finger are as likely as one in a syllable.
 */
const MIN_TWO_TYPOS_LENGTH = 7;
/** Most completions of an unfinished last word; the most frequent words win. */
const MAX_PREFIX_EXPANSIONS = 24;

/**
 * The words of an indexed catalogue with their document frequencies, and the lookups a query needs: exact,
 * prefix (for the word being typed), typo-tolerant (through a single-deletion index, so a lookup never scans the
 * whole vocabulary) and run-on splitting (`khaisinh` → `khai sinh`).
 */
export class Vocabulary {
  /** The words, by id. */
  readonly terms: string[] = [];
  /** In how many procedures each word occurs, by id. */
  readonly documentFrequency: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly deletionIndex = new Map<string, number[]>();
  private sortedTerms: string[] = [];
  /** Ids of the words of each length, for the rare two-typo lookups of long words. */
  private readonly idsByLength: number[][] = [];

  /** The id of `term`, adding it if new. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.documentFrequency.push(0);
    }
    return id;
  }

  /** The id of `term`, if indexed. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Builds the prefix and typo lookups; call once after the last `add`. */
  freeze(): void {
    this.sortedTerms = [...this.terms].sort();
    this.terms.forEach((term, id) => {
      while (this.idsByLength.length <= term.length) this.idsByLength.push([]);
      this.idsByLength[term.length]?.push(id);
      if (term.length < MIN_TYPO_LENGTH - 1) return;
      for (const deletion of singleDeletions(term)) {
        const ids = this.deletionIndex.get(deletion);
        if (ids === undefined) this.deletionIndex.set(deletion, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    });
  }

  /**
   * The indexed words a query word may stand for, best first: itself, then completions when `isBeingTyped`, then
   * words one typo away (in words of 4 letters or more), then words two typos away (in words of 7 or more).
   */
  candidates(word: string, isBeingTyped: boolean): TermCandidate[] {
    const found = new Map<number, number>();
    const offer = (termId: number, quality: number) => {
      if ((found.get(termId) ?? 0) < quality) found.set(termId, quality);
    };
    const exactId = this.ids.get(word);
    if (exactId !== undefined) offer(exactId, QUALITY.exact);
    if (isBeingTyped && word.length >= 2) {
      for (const termId of this.completions(word)) offer(termId, QUALITY.prefix);
    }
    if (word.length >= MIN_TYPO_LENGTH) {
      const oneEdit = exactId === undefined ? QUALITY.oneEdit : QUALITY.oneEditOfKnownWord;
      for (const termId of this.typoNeighbours(word)) offer(termId, oneEdit);
    }
    if (word.length >= MIN_TWO_TYPOS_LENGTH && exactId === undefined) {
      for (const termId of this.twoTypoNeighbours(word)) offer(termId, QUALITY.twoEdits);
    }
    return [...found].map(([termId, quality]) => ({ termId, quality })).sort((a, b) => b.quality - a.quality);
  }

  /**
   * Whether an unindexed word is one typo from an indexed word (in words of 4 letters or more) or two (in words of
   * 7 or more).
   */
  hasTypoNeighbour(word: string): boolean {
    if (word.length < MIN_TYPO_LENGTH) return false;
    if (this.typoNeighbours(word).size > 0) return true;
    return word.length >= MIN_TWO_TYPOS_LENGTH && this.twoTypoNeighbours(word).length > 0;
  }

  private completions(prefix: string): number[] {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sortedTerms[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const ids: number[] = [];
    for (let index = low; index < this.sortedTerms.length; index++) {
      const term = this.sortedTerms[index] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) ids.push(this.ids.get(term) as number);
    }
    return ids
      .sort((a, b) => (this.documentFrequency[b] as number) - (this.documentFrequency[a] as number))
      .slice(0, MAX_PREFIX_EXPANSIONS);
  }

  /**
   * Words one typo (insertion, deletion, substitution or swap of neighbours) from `word`, other than itself: each
   * shares `word` or one of its single deletions with the deletion index.
   */
  private typoNeighbours(word: string): Set<number> {
    const probes = new Set([word, ...singleDeletions(word)]);
    const seen = new Set<number>();
    const neighbours = new Set<number>();
    const consider = (termId: number) => {
      if (seen.has(termId)) return;
      seen.add(termId);
      const term = this.terms[termId] as string;
      if (term !== word && boundedEditDistance(word, term, 1) <= 1) neighbours.add(termId);
    };
    for (const probe of probes) {
      const exactId = this.ids.get(probe);
      if (exactId !== undefined) consider(exactId);
      for (const termId of this.deletionIndex.get(probe) ?? []) consider(termId);
    }
    return neighbours;
  }

  /**
   * Words two typos from a long `word`: only words within two letters of its length are compared, and long words
   * are few, so this stays far from a scan of the vocabulary.
   */
  private twoTypoNeighbours(word: string): number[] {
    const neighbours: number[] = [];
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const termId of this.idsByLength[length] ?? []) {
        if (boundedEditDistance(word, this.terms[termId] as string, 2) <= 2) neighbours.push(termId);
      }
    }
    return neighbours;
  }
}
