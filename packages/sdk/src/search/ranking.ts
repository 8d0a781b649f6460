import { type CatalogueIndex, type IndexedDocument, isLeadingFiller, SOURCES } from './catalogue-index.js';
import type { QueryTerm, QueryVariant } from './query.js';
import type { HighlightRange } from './types.js';

/** A ranked document: its score and the name positions that matched. */
export interface RankedDocument {
  documentId: number;
  score: number;
  matchedPositions: number[];
}

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

/** A query word's possible matches: for each word id, the quality of the match. */
interface QueryWord {
  weight: number;
  isFiller: boolean;
  qualities: Map<number, number>;
}

/** Per-search scratch state, reused across searches so a query allocates no per-document arrays. */
export class Ranker {
  private readonly coverage: Float64Array;
  private readonly lastWordSeen: Int32Array;
  private stamp = 0;

  constructor(private readonly index: CatalogueIndex) {
    this.coverage = new Float64Array(index.documents.length);
    this.lastWordSeen = new Int32Array(index.documents.length);
  }

  /**
   * Ranks the documents for one reading of the query. `accept` says whether a document may be returned; `floor`
   * gives the score a document must beat to matter (the current last of the wanted results).
   */
  rank(
    variant: QueryVariant,
    lastWordIsBeingTyped: boolean,
    accept: (documentId: number) => boolean,
    floor: () => number,
    emit: (ranked: RankedDocument) => void,
  ): void {
    const words = variant.terms.map((term, position) =>
      this.lookUp(term, lastWordIsBeingTyped && position === variant.terms.length - 1),
    );
    const totalWeight = words.reduce((sum, word) => sum + word.weight, 0);
    const touched = this.accumulateCoverage(words, totalWeight);

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
      if (!accept(documentId)) continue;
      emit(this.score(documentId, words, totalWeight, variant.weight));
    }
    for (const documentId of touched) this.coverage[documentId] = 0;
  }

  private lookUp({ word, isFiller }: QueryTerm, isBeingTyped: boolean): QueryWord {
    const { vocabulary, inverseFrequency } = this.index;
    const candidates = vocabulary.candidates(word, isBeingTyped);
    const first = candidates[0];
    const rarity = first === undefined ? Math.log(1 + this.index.documents.length) : inverseFrequency[first.termId];
    return {
      weight: (rarity as number) * (isFiller ? FILLER_WEIGHT : 1),
      isFiller,
      qualities: new Map(candidates.map((candidate) => [candidate.termId, candidate.quality])),
    };
  }

  /** Adds each word's weighted best match quality to the coverage of every document containing a candidate. */
  private accumulateCoverage(words: QueryWord[], totalWeight: number): number[] {
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

  private score(documentId: number, words: QueryWord[], totalWeight: number, variantWeight: number): RankedDocument {
    const document = this.index.documents[documentId] as IndexedDocument;
    const { nameTerms } = document;
    const bestQuality = new Float64Array(words.length);
    const positions: number[][] = words.map(() => []);
    nameTerms.forEach((termId, position) => {
      words.forEach((word, wordIndex) => {
        const quality = word.qualities.get(termId);
        if (quality === undefined || quality < (bestQuality[wordIndex] as number)) return;
        if (quality > (bestQuality[wordIndex] as number)) (positions[wordIndex] as number[]).length = 0;
        bestQuality[wordIndex] = quality;
        positions[wordIndex]?.push(position);
      });
    });

    let coverage = 0;
    words.forEach((word, wordIndex) => {
      let quality = bestQuality[wordIndex] as number;
      for (const termId of document.keywords) quality = Math.max(quality, qualityIn(word, termId, 1));
      for (const termId of document.fields) quality = Math.max(quality, qualityIn(word, termId, 2));
      coverage += (word.weight / totalWeight) * quality;
    });

    const covered = coveredPositions(words, positions);
    let coveredWeight = 0;
    for (const position of covered) {
      if (!isLeadingFiller(nameTerms, position, this.index.vocabulary)) {
        coveredWeight += this.index.inverseFrequency[nameTerms[position] as number] as number;
      }
    }
    const nameCoverage = document.nameWeight > 0 ? Math.min(1, coveredWeight / document.nameWeight) : 0;
    const score =
      variantWeight *
      coverage *
      (COVERAGE_SHARE + NAME_COVERAGE_SHARE * nameCoverage + PROXIMITY_SHARE * proximity(words, positions));
    const matchedPositions = [...new Set(positions.flat())].sort((a, b) => a - b);
    return { documentId, score, matchedPositions };
  }
}

function qualityIn(word: QueryWord, termId: number, sourceIndex: number): number {
  return (word.qualities.get(termId) ?? 0) * (SOURCES[sourceIndex]?.weight ?? 0);
}

/**
 * The name positions the query's words account for: each word claims one position, next to the previous word's when
 * it can, so that a name repeating the query's words (`Khai phí/Khai quyết toán phí …`) is not covered by a query
 * naming them once. Fillers claim nothing.
 */
function coveredPositions(words: QueryWord[], positions: number[][]): Set<number> {
  const covered = new Set<number>();
  let previous = -2;
  words.forEach((word, wordIndex) => {
    const free = (positions[wordIndex] as number[]).filter((position) => !covered.has(position));
    const claimed = free.includes(previous + 1) ? previous + 1 : free[0];
    if (claimed === undefined || word.isFiller) return;
    covered.add(claimed);
    previous = claimed;
  });
  return covered;
}

/**
 * How much the query's neighbouring words are also neighbours in the name: a pair in the same order counts fully, a
 * swapped pair half, each pair weighted by its rarer-word weight so fillers barely matter. A one-word query is its
 * own phrase.
 */
function proximity(words: QueryWord[], positions: number[][]): number {
  if (words.length < 2) return 1;
  let sum = 0;
  let total = 0;
  for (let index = 1; index < words.length; index++) {
    const pairWeight = Math.min(words[index - 1]?.weight ?? 0, words[index]?.weight ?? 0);
    const before = positions[index - 1] as number[];
    const after = new Set(positions[index]);
    total += pairWeight;
    if (before.some((position) => after.has(position + 1))) sum += pairWeight;
    else if (before.some((position) => after.has(position - 1))) sum += pairWeight / 2;
  }
  return total > 0 ? sum / total : 1;
}

/** The ranges in the original name of the matched name positions. */
export function highlightsOf(document: IndexedDocument, matchedPositions: number[]): HighlightRange[] {
  return matchedPositions.map((position) => [
    document.nameRanges[2 * position] as number,
    document.nameRanges[2 * position + 1] as number,
  ]);
}
