import { type CatalogueIndex, type IndexedDocument } from './catalogue-index.js';
import type { QueryVariant } from './query.js';
import type { HighlightRange } from './types.js';
/** Words of a query taken into account; a longer query is a pasted text, and its first words say enough. */
export declare const MAX_QUERY_WORDS = 32;
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
  byTerm: Map<
    number,
    {
      word: number;
      quality: number;
    }[]
  >;
  totalWeight: number;
  weight: number;
}
/** Ranks documents for query readings, with scratch state reused across searches so scoring allocates nothing. */
export declare class Ranker {
  private readonly index;
  private readonly coverage;
  private readonly lastWordSeen;
  private stamp;
  private readonly lookups;
  private readonly bestQuality;
  private readonly positions;
  private readonly claimed;
  constructor(index: CatalogueIndex);
  /** Looks a reading's words up: exact, typo and (for the word being typed) prefix candidates, and their weights. */
  prepare(variant: QueryVariant, lastWordIsBeingTyped: boolean): PreparedVariant;
  /**
   * Ranks the documents for one prepared reading. `accept` says whether a document may be returned; `floor` gives
   * the score a document must beat to matter (the current last of the wanted results).
   */
  rank(
    variant: PreparedVariant,
    accept: (documentId: number) => boolean,
    floor: () => number,
    emit: (documentId: number, score: number) => void,
  ): void;
  /** The name positions that match a reading's words, in order, for highlighting. */
  matchedPositions(documentId: number, variant: PreparedVariant): number[];
  private lookUp;
  /** Adds each word's weighted best match quality to the coverage of every document containing a candidate. */
  private accumulateCoverage;
  /** Fills `bestQuality` and `positions` with each word's best match in the document's name. */
  private findPositions;
  private score;
  /**
   * Share of the name's weight the query's words account for: each word claims one position, next to the previous
   * word's when it can, so that a name repeating the query's words (`Khai phí/Khai quyết toán phí …`) is not covered
   * by a query naming them once. Fillers claim nothing.
   */
  private nameCoverage;
  /**
   * How much the query's neighbouring words are also neighbours in the name: a pair in the same order counts fully, a
   * swapped pair half, each pair weighted by its rarer-word weight so fillers barely matter. A one-word query is its
   * own phrase.
   */
  private proximity;
}
/** The ranges in the original name of the matched name positions. */
export declare function highlightsOf(document: IndexedDocument, matchedPositions: number[]): HighlightRange[];
