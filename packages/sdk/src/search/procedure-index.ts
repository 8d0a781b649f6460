import { buildCatalogueIndex } from './catalogue-index.js';
import { CodeIndex } from './code-index.js';
import { readQuery, wordKnowledge } from './query.js';
import { highlightsOf, type PreparedVariant, Ranker } from './ranking.js';
import type { IndexableProcedure, ProcedureIndex, SearchHit, SearchOptions } from './types.js';

const DEFAULT_LIMIT = 20;

/**
 * Builds a search index over a procedure catalogue, for the finder's offline mode and the mock's `GET /procedures?q=`.
 *
 * The search forgives what citizens type: missing or wrong diacritics, `i`/`y` spellings, Telex and VNI keys typed
 * with the input method off (`ddawng kys`, `dang9 ky1`), a typo per word (two in long words), words run together or
 * split (`dangkykethon`, `kara oke`), any word order, filler words (`làm`, `xin`, `thủ tục`, `cho con` …), everyday
 * words, abbreviations and needs (`bằng lái`, `sổ đỏ`, `CCCD`, `báo tử người thân mất`, see `procedureSynonyms`),
 * and whole or partial procedure codes (`1.001193`, `001193`, `1.0011`). It ranks the procedures covering the query best first, then the general procedure before its
 * rarer variants (shorter names the query covers), then phrases before scattered words.
 *
 * @example
 * const index = createProcedureIndex(procedures);
 * index.search('lam giay khai sinh cho con', { limit: 5 });
 * // [{ code: '1.001193', score: 0.87, highlights: [[8, 12], [13, 15], [16, 20], [21, 25]], procedure }, …]
 * // the highlights are 'đăng', 'ký', 'khai', 'sinh' in 'Thủ tục đăng ký khai sinh'
 */
export function createProcedureIndex<T extends IndexableProcedure>(procedures: readonly T[]): ProcedureIndex<T> {
  const index = buildCatalogueIndex(procedures);
  const ranker = new Ranker(index);
  const knowledge = wordKnowledge(index);

  const toHit = (documentId: number, score: number, matchedPositions: number[]): SearchHit<T> => {
    const procedure = procedures[documentId] as T;
    const document = index.documents[documentId];
    const highlights = document === undefined ? [] : highlightsOf(document, matchedPositions);
    return { code: procedure.code, score, highlights, procedure };
  };

  const search = (query: string, options: SearchOptions<T> = {}): SearchHit<T>[] => {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!(limit > 0)) return [];
    const { filter } = options;
    const accept = filter === undefined ? () => true : (documentId: number) => filter(procedures[documentId] as T);

    if (CodeIndex.isCodeQuery(query)) {
      const byCode = index.codes
        .find(query)
        .filter(({ documentId }) => accept(documentId))
        .sort((a, b) => b.score - a.score || compareCodes(procedures, a.documentId, b.documentId));
      if (byCode.length > 0) return byCode.slice(0, limit).map(({ documentId, score }) => toHit(documentId, score, []));
    }

    const bestScore = new Map<number, number>();
    const bestVariant = new Map<number, PreparedVariant>();
    const top = new TopScores(limit);
    const lastWordIsBeingTyped = /[\p{L}\p{N}\p{M}]$/u.test(query);
    for (const variant of readQuery(query, knowledge)) {
      const prepared = ranker.prepare(variant, lastWordIsBeingTyped);
      ranker.rank(prepared, accept, top.floor, (documentId, score) => {
        if ((bestScore.get(documentId) ?? 0) >= score) return;
        bestScore.set(documentId, score);
        bestVariant.set(documentId, prepared);
        top.offer(documentId, score);
      });
    }

    const ranked = [...bestScore.keys()].sort(
      (a, b) =>
        (bestScore.get(b) as number) - (bestScore.get(a) as number) ||
        (procedures[a] as T).name.length - (procedures[b] as T).name.length ||
        a - b,
    );
    return ranked.slice(0, limit).map((documentId) => {
      const variant = bestVariant.get(documentId) as PreparedVariant;
      return toHit(documentId, bestScore.get(documentId) as number, ranker.matchedPositions(documentId, variant));
    });
  };

  return { search, size: procedures.length };
}

function compareCodes(procedures: readonly IndexableProcedure[], a: number, b: number): number {
  const codeA = procedures[a]?.code ?? '';
  const codeB = procedures[b]?.code ?? '';
  return codeA < codeB ? -1 : codeA > codeB ? 1 : 0;
}

/** The best `limit` documents so far; its floor is the score a new document must beat to enter them. */
class TopScores {
  private readonly entries: { documentId: number; score: number }[] = [];

  constructor(private readonly limit: number) {}

  readonly floor = (): number =>
    this.entries.length < this.limit ? 0 : (this.entries[this.entries.length - 1]?.score ?? 0);

  offer(documentId: number, score: number): void {
    if (!Number.isFinite(this.limit)) return; // every match is wanted: nothing to prune
    const existing = this.entries.findIndex((entry) => entry.documentId === documentId);
    if (existing >= 0) this.entries.splice(existing, 1);
    else if (this.entries.length >= this.limit && score <= this.floor()) return;
    const at = this.entries.findIndex((entry) => entry.score < score);
    this.entries.splice(at < 0 ? this.entries.length : at, 0, { documentId, score });
    if (this.entries.length > this.limit) this.entries.pop();
  }
}
