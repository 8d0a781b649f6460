import type { Vocabulary } from './vocabulary.js';
/** A word of a query reading; a filler (`làm`, `xin` …) still matches, but barely counts. */
export interface QueryTerm {
  word: string;
  isFiller: boolean;
}
/** One way to read a query: its words, and how much its matches count (a synonym rewrite counts a bit less). */
export interface QueryVariant {
  terms: QueryTerm[];
  weight: number;
}
/**
 * Reads a query the ways a citizen may have meant it: folded, run-on words split (`khaisinh`), everyday phrases
 * and abbreviations rewritten to official wording (`bằng lái` → `giấy phép lái xe`), filler words marked. The
 * query as typed comes first.
 */
export declare function readQuery(query: string, vocabulary: Vocabulary): QueryVariant[];
