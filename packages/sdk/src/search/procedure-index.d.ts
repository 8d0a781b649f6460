import type { IndexableProcedure, ProcedureIndex } from './types.js';
/**
 * Builds a search index over a procedure catalogue, for the finder's offline mode and the mock's `GET /procedures?q=`.
 *
 * The search forgives what citizens type: missing or wrong diacritics, `i`/`y` spellings, a typo per word, run-on
 * words, any word order, filler words (`làm`, `xin`, `thủ tục`, `cho con` …), everyday words and abbreviations
 * (`bằng lái`, `sổ đỏ`, `CCCD`, see `procedureSynonyms`), and whole or partial procedure codes (`1.001193`,
 * `001193`, `1.0011`). It ranks the procedures covering the query best first, then the general procedure before its
 * rarer variants (shorter names the query covers), then phrases before scattered words.
 *
 * @example
 * const index = createProcedureIndex(procedures);
 * index.search('lam giay khai sinh cho con', { limit: 5 }); // [{ code: '1.001193', score: 0.93, highlights: [[18, 25], …] }, …]
 */
export declare function createProcedureIndex<T extends IndexableProcedure>(procedures: readonly T[]): ProcedureIndex<T>;
