import { type TextToken, tokenizeVietnamese, tokenizeWithOffsets } from '../text/tokenize.js';
import { CodeIndex } from './code-index.js';
import type { IndexableProcedure } from './types.js';
import { Vocabulary } from './vocabulary.js';

/** Where a word may match, and how much a match there counts against a match in the name. */
export const SOURCES = [
  { key: 'name', weight: 1 },
  { key: 'keywords', weight: 0.8 },
  { key: 'fields', weight: 0.6 },
] as const;

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
  /** Pairs of words side by side in some name, as `first × vocabulary size + second`, for reading run-on words. */
  adjacentPairs: Set<number>;
  codes: CodeIndex;
}

const NO_TERMS = new Int32Array(0);

/** Many names start with `Thủ tục`, many do not, for the same kind of procedure: it says nothing about fit. */
const LEADING_FILLER = ['thu', 'tuc'];

/** Tokenises and indexes a catalogue: one pass over the names, fields and keywords. */
export function buildCatalogueIndex(procedures: readonly IndexableProcedure[]): CatalogueIndex {
  const vocabulary = new Vocabulary();
  const lists = SOURCES.map(() => new Map<number, number[]>());
  const addToList = (source: number, termId: number, documentId: number) => {
    const list = lists[source]?.get(termId);
    if (list === undefined) lists[source]?.set(termId, [documentId]);
    else if (list[list.length - 1] !== documentId) list.push(documentId);
  };

  const phraseTerms = new Map<string, number[]>(); // fields repeat across procedures: tokenise each once
  const termsOf = (phrases: readonly string[] | undefined): Int32Array => {
    if (phrases === undefined || phrases.length === 0) return NO_TERMS;
    const terms: number[] = [];
    for (const phrase of phrases) {
      let ids = phraseTerms.get(phrase);
      if (ids === undefined) {
        ids = tokenizeVietnamese(phrase).map((word) => vocabulary.add(word));
        phraseTerms.set(phrase, ids);
      }
      for (const id of ids) if (!terms.includes(id)) terms.push(id);
    }
    return new Int32Array(terms);
  };

  const documents: IndexedDocument[] = procedures.map((procedure, documentId) => {
    const tokens = tokenizeWithOffsets(procedure.name);
    const nameTerms = new Int32Array(tokens.length);
    const nameRanges = new Int32Array(2 * tokens.length);
    for (let position = 0; position < tokens.length; position++) {
      const { token, start, end } = tokens[position] as TextToken;
      nameTerms[position] = vocabulary.add(token);
      nameRanges[2 * position] = start;
      nameRanges[2 * position + 1] = end;
    }
    const keywords = termsOf(procedure.keywords);
    const fields = termsOf(procedure.fields);
    [nameTerms, keywords, fields].forEach((terms, source) => {
      for (const termId of terms) addToList(source, termId, documentId);
    });
    return { nameTerms, nameRanges, nameWeight: 0, keywords, fields };
  });

  for (const [termId, documentIds] of lists[0] ?? []) vocabulary.documentFrequency[termId] = documentIds.length;
  vocabulary.freeze();

  const adjacentPairs = new Set<number>();
  for (const { nameTerms } of documents) {
    for (let position = 1; position < nameTerms.length; position++) {
      adjacentPairs.add(
        (nameTerms[position - 1] as number) * vocabulary.terms.length + (nameTerms[position] as number),
      );
    }
  }

  const inverseFrequency = Float64Array.from(vocabulary.terms, (_, termId) =>
    Math.log(1 + documents.length / Math.max(1, vocabulary.documentFrequency[termId] as number)),
  );
  for (const document of documents)
    document.nameWeight = nameWeightOf(document.nameTerms, inverseFrequency, vocabulary);

  return {
    documents,
    vocabulary,
    inverseFrequency,
    postings: lists.map((list) => {
      const frozen = new Map<number, Int32Array>();
      for (const [termId, ids] of list) frozen.set(termId, new Int32Array(ids));
      return frozen;
    }),
    adjacentPairs,
    codes: new CodeIndex(procedures.map((procedure) => procedure.code)),
  };
}

/** Whether name position `position` is part of a leading `Thủ tục`. */
export function isLeadingFiller(nameTerms: Int32Array, position: number, vocabulary: Vocabulary): boolean {
  if (position >= LEADING_FILLER.length) return false;
  return LEADING_FILLER.every((word, index) => vocabulary.terms[nameTerms[index] as number] === word);
}

function nameWeightOf(nameTerms: Int32Array, inverseFrequency: Float64Array, vocabulary: Vocabulary): number {
  let weight = 0;
  nameTerms.forEach((termId, position) => {
    if (!isLeadingFiller(nameTerms, position, vocabulary)) weight += inverseFrequency[termId] as number;
  });
  return weight;
}
