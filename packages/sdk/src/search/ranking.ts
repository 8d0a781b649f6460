import { type CatalogueIndex, type IndexedDocument, isLeadingFiller, SOURCES } from './catalogue-index.js';
import type { QueryTerm, QueryVariant } from './query.js';
import type { HighlightRange } from './types.js';

/**
 * Share of a document's score set by how much of the query it covers; the rest rewards covering the name (a
 * general procedure before its longer, rarer variants) and matching the query's words side by side (a phrase before
 * scattered words).
 */
const COVERAGE_SHARE = 0.7;
const NAME_COVERAGE_SHARE = 0.15;
const PROXIMITY_SHARE = 0.15;
/** Documents covering less than this share of the best document's coverage are not matches. */
const RELATIVE_CUTOFF = 0.5;
/** How much a filler word (`làm`, `xin` …) counts against a word of the same rarity. */
const FILLER_WEIGHT = 0.1;
/** Most query words whose indexed candidates are remembered between searches (a finder re-runs similar queries). */
const MAX_CACHED_LOOKUPS = 2000;

/** A query word's possible matches: for each word id, the quality of the match. */
interface QueryWord {
  weight: number;
  isFiller: boolean;
  qualities: Map<number, number>;
}

/** A reading of the query, looked up in the vocabulary once and then scored against many documents. */
export interface PreparedVariant {
  words: QueryWord[];
  /** Word id → the query words it may stand for, with the match quality: one lookup per name word. */
  byTerm: Map<number, { word: number; quality: number }[]>;
  totalWeight: number;
  weight: number;
}

/** Ranks documents for query readings, with scratch state reused across searches so scoring allocates nothing. */
export class Ranker {
  private readonly coverage: Float64Array;
  private readonly lastWordSeen: Int32Array;
  private stamp = 0;
  private readonly lookups = new Map<string, QueryWord>();
  private bestQuality = new Float64Array(16);
  private readonly positions: number[][] = [];
  private readonly claimed: number[] = [];

  constructor(private readonly index: CatalogueIndex) {
    this.coverage = new Float64Array(index.documents.length);
    this.lastWordSeen = new Int32Array(index.documents.length);
  }

  /** Looks a reading's words up: exact, typo and (for the word being typed) prefix candidates, and their weights. */
  prepare(variant: QueryVariant, lastWordIsBeingTyped: boolean): PreparedVariant {
    const { terms } = variant;
    if (this.bestQuality.length < terms.length) this.bestQuality = new Float64Array(terms.length);
    while (this.positions.length < terms.length) this.positions.push([]);
    const words = terms.map((term, position) =>
      this.lookUp(term, lastWordIsBeingTyped && position === terms.length - 1),
    );
    const byTerm = new Map<number, { word: number; quality: number }[]>();
    words.forEach((word, wordIndex) => {
      for (const [termId, quality] of word.qualities) {
        const entries = byTerm.get(termId) ?? [];
        entries.push({ word: wordIndex, quality });
        byTerm.set(termId, entries);
      }
    });
    const totalWeight = words.reduce((sum, word) => sum + word.weight, 0);
    return { words, byTerm, totalWeight, weight: variant.weight };
  }

  /**
   * Ranks the documents for one prepared reading. `accept` says whether a document may be returned; `floor` gives
   * the score a document must beat to matter (the current last of the wanted results).
   */
  rank(
    variant: PreparedVariant,
    accept: (documentId: number) => boolean,
    floor: () => number,
    emit: (documentId: number, score: number) => void,
  ): void {
    if (variant.totalWeight <= 0) return;
    const touched = this.accumulateCoverage(variant);
    let best = 0;
    for (const documentId of touched) {
      const coverage = this.coverage[documentId] as number;
      if (coverage > best && accept(documentId)) best = coverage;
    }
    const candidates = touched.filter((documentId) => (this.coverage[documentId] as number) >= best * RELATIVE_CUTOFF);
    candidates.sort((a, b) => (this.coverage[b] as number) - (this.coverage[a] as number));
    for (const documentId of candidates) {
      const coverage = this.coverage[documentId] as number;
      if (coverage * variant.weight < floor()) break; // nothing after can score higher than its coverage
      if (accept(documentId)) emit(documentId, this.score(documentId, variant));
    }
    for (const documentId of touched) this.coverage[documentId] = 0;
  }

  /** The name positions that match a reading's words, in order, for highlighting. */
  matchedPositions(documentId: number, variant: PreparedVariant): number[] {
    this.findPositions(this.index.documents[documentId] as IndexedDocument, variant);
    const matched = new Set<number>();
    variant.words.forEach((_, wordIndex) => {
      for (const position of this.positions[wordIndex] as number[]) matched.add(position);
    });
    return [...matched].sort((a, b) => a - b);
  }

  private lookUp({ word, isFiller }: QueryTerm, isBeingTyped: boolean): QueryWord {
    const key = `${isFiller ? '~' : ''}${word}${isBeingTyped ? '…' : ''}`;
    let found = this.lookups.get(key);
    if (found === undefined) {
      const { vocabulary, inverseFrequency } = this.index;
      const candidates = vocabulary.candidates(word, isBeingTyped);
      const first = candidates[0];
      const rarity = first === undefined ? Math.log(1 + this.index.documents.length) : inverseFrequency[first.termId];
      found = {
        weight: (rarity as number) * (isFiller ? FILLER_WEIGHT : 1),
        isFiller,
        qualities: new Map(candidates.map((candidate) => [candidate.termId, candidate.quality])),
      };
      if (this.lookups.size >= MAX_CACHED_LOOKUPS) this.lookups.clear();
      this.lookups.set(key, found);
    }
    return found;
  }

  /** Adds each word's weighted best match quality to the coverage of every document containing a candidate. */
  private accumulateCoverage({ words, totalWeight }: PreparedVariant): number[] {
    const touched: number[] = [];
    for (const word of words) {
      this.stamp++;
      const lists: { documentIds: Int32Array; quality: number }[] = [];
      for (const [termId, quality] of word.qualities) {
        SOURCES.forEach((source, sourceIndex) => {
          const documentIds = this.index.postings[sourceIndex]?.get(termId);
          if (documentIds !== undefined) lists.push({ documentIds, quality: quality * source.weight });
        });
      }
      lists.sort((a, b) => b.quality - a.quality); // a document's first visit is its best match
      const share = word.weight / totalWeight;
      for (const { documentIds, quality } of lists) {
        for (const documentId of documentIds) {
          if (this.lastWordSeen[documentId] === this.stamp) continue;
          this.lastWordSeen[documentId] = this.stamp;
          if (this.coverage[documentId] === 0) touched.push(documentId);
          this.coverage[documentId] = (this.coverage[documentId] as number) + share * quality;
        }
      }
    }
    return touched;
  }

  /** Fills `bestQuality` and `positions` with each word's best match in the document's name. */
  private findPositions(document: IndexedDocument, variant: PreparedVariant): void {
    const wordCount = variant.words.length;
    for (let word = 0; word < wordCount; word++) {
      this.bestQuality[word] = 0;
      (this.positions[word] as number[]).length = 0;
    }
    const { nameTerms } = document;
    for (let position = 0; position < nameTerms.length; position++) {
      const entries = variant.byTerm.get(nameTerms[position] as number);
      if (entries === undefined) continue;
      for (const { word, quality } of entries) {
        const best = this.bestQuality[word] as number;
        if (quality < best) continue;
        const positions = this.positions[word] as number[];
        if (quality > best) positions.length = 0;
        this.bestQuality[word] = quality;
        positions.push(position);
      }
    }
  }

  private score(documentId: number, variant: PreparedVariant): number {
    const document = this.index.documents[documentId] as IndexedDocument;
    this.findPositions(document, variant);
    const { words, totalWeight } = variant;

    let coverage = 0;
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      const word = words[wordIndex] as QueryWord;
      let quality = this.bestQuality[wordIndex] as number;
      for (const termId of document.keywords) quality = Math.max(quality, qualityIn(word, termId, 1));
      for (const termId of document.fields) quality = Math.max(quality, qualityIn(word, termId, 2));
      coverage += (word.weight / totalWeight) * quality;
    }

    const nameCoverage = this.nameCoverage(document, words);
    return (
      variant.weight *
      coverage *
      (COVERAGE_SHARE + NAME_COVERAGE_SHARE * nameCoverage + PROXIMITY_SHARE * this.proximity(words))
    );
  }

  /**
   * Share of the name's weight the query's words account for: each word claims one position, next to the previous
   * word's when it can, so that a name repeating the query's words (`Khai phí/Khai quyết toán phí …`) is not covered
   * by a query naming them once. Fillers claim nothing.
   */
  private nameCoverage(document: IndexedDocument, words: QueryWord[]): number {
    if (document.nameWeight <= 0) return 0;
    const { nameTerms } = document;
    const claimed = this.claimed;
    claimed.length = 0;
    let previous = -2;
    let coveredWeight = 0;
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      if (words[wordIndex]?.isFiller) continue;
      const positions = this.positions[wordIndex] as number[];
      let choice = -1;
      for (const position of positions) {
        if (claimed.includes(position)) continue;
        if (choice < 0 || position === previous + 1) choice = position;
      }
      if (choice < 0) continue;
      claimed.push(choice);
      previous = choice;
      if (!isLeadingFiller(nameTerms, choice, this.index.vocabulary)) {
        coveredWeight += this.index.inverseFrequency[nameTerms[choice] as number] as number;
      }
    }
    return Math.min(1, coveredWeight / document.nameWeight);
  }

  /**
   * How much the query's neighbouring words are also neighbours in the name: a pair in the same order counts fully, a
   * swapped pair half, each pair weighted by its rarer-word weight so fillers barely matter. A one-word query is its
   * own phrase.
   */
  private proximity(words: QueryWord[]): number {
    if (words.length < 2) return 1;
    let sum = 0;
    let total = 0;
    for (let index = 1; index < words.length; index++) {
      const pairWeight = Math.min((words[index - 1] as QueryWord).weight, (words[index] as QueryWord).weight);
      total += pairWeight;
      const before = this.positions[index - 1] as number[];
      const after = this.positions[index] as number[];
      if (before.some((position) => after.includes(position + 1))) sum += pairWeight;
      else if (before.some((position) => after.includes(position - 1))) sum += pairWeight / 2;
    }
    return total > 0 ? sum / total : 1;
  }
}

function qualityIn(word: QueryWord, termId: number, sourceIndex: number): number {
  return (word.qualities.get(termId) ?? 0) * (SOURCES[sourceIndex]?.weight ?? 0);
}

/** The ranges in the original name of the matched name positions. */
export function highlightsOf(document: IndexedDocument, matchedPositions: number[]): HighlightRange[] {
  return matchedPositions.map((position) => [
    document.nameRanges[2 * position] as number,
    document.nameRanges[2 * position + 1] as number,
  ]);
}
