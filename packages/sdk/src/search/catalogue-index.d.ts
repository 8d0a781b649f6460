import { CodeIndex } from './code-index.js';
import type { IndexableProcedure } from './types.js';
import { Vocabulary } from './vocabulary.js';
/** Where a word may match, and how much a match there counts against a match in the name. */
export declare const SOURCES: readonly [
  {
    readonly key: 'name';
    readonly weight: 1;
  },
  {
    readonly key: 'keywords';
    readonly weight: 0.8;
  },
  {
    readonly key: 'fields';
    readonly weight: 0.6;
  },
];
/** A procedure's words as vocabulary ids, precomputed for ranking. */
export interface IndexedDocument {
  /** The name's words, in order. */
  nameTerms: Int32Array;
  /** `[start, end)` of each name word in the original name, flattened. */
  nameRanges: Int32Array;
  /** Sum of the inverse document frequencies of the name's words, the leading `Thủ tục` aside. */
  nameWeight: number;
  keywords: Int32Array;
  fields: Int32Array;
}
/** Everything a search reads: documents, vocabulary, inverted lists per source, codes. */
export interface CatalogueIndex {
  documents: IndexedDocument[];
  vocabulary: Vocabulary;
  /** Inverse document frequency of each word, by id. */
  inverseFrequency: Float64Array;
  /** For each source (in `SOURCES` order): word id → ascending ids of the documents containing it. */
  postings: Map<number, Int32Array>[];
  codes: CodeIndex;
}
/** Tokenises and indexes a catalogue: one pass over the names, fields and keywords. */
export declare function buildCatalogueIndex(procedures: readonly IndexableProcedure[]): CatalogueIndex;
/** Whether name position `position` is part of a leading `Thủ tục`. */
export declare function isLeadingFiller(nameTerms: Int32Array, position: number, vocabulary: Vocabulary): boolean;
