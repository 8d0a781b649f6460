import { foldVietnamese, tokenizeWithOffsets } from '@hcc/sdk';
import type { TextRange } from '@hcc/sdk';
import type { CatalogueRow } from './catalogue-rule.js';

/** Finds procedure codes for what a citizen typed, best first. */
export type SearchEngine = (query: string) => string[];

/**
 * The engine behind `GET /procedures?q=`. A minimal stand-in (every folded query word must start a word of the
 * name, field or code) until `createProcedureIndex` from `@hcc/sdk/search` lands; only this function changes then.
 */
export function createSearchEngine(rows: readonly CatalogueRow[]): SearchEngine {
  const documents = rows.map((row) => ({
    code: row.code,
    words: new Set(foldVietnamese(`${row.code} ${row.name} ${row.fields.join(' ')}`).split(' ')),
  }));
  return (query) => {
    const words = foldVietnamese(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    return documents
      .map((document) => ({
        code: document.code,
        score: words.filter((word) => [...document.words].some((candidate) => candidate.startsWith(word))).length,
      }))
      .filter((hit) => hit.score === words.length)
      .map((hit) => hit.code);
  };
}

/** Ranges of the name's words that a query word starts, for `highlights`. */
export function highlightsFor(name: string, query: string): TextRange[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  return tokenizeWithOffsets(name)
    .filter((token) => words.some((word) => token.token.startsWith(word)))
    .map(({ start, end }) => ({ start, end }));
}
