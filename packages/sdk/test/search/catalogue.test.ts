import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureQuality } from '../../bench/quality.mjs';
import { createProcedureIndex, procedureSynonyms } from '../../src/search/index.js';
import { foldVietnamese } from '../../src/text/index.js';

interface CatalogueRow {
  code: string;
  name: string;
  fields: string[];
  level: string[];
}
interface JudgedQuery {
  query: string;
  kind: string;
  relevant: string[];
}

const readJson = <T>(relativePath: string): T =>
  JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8')) as T;

/** The Bắc Ninh catalogue the mock serves (built and committed by the mock-server package). */
const catalogue = readJson<CatalogueRow[]>('../../../mock-server/data/procedures.json');
const judged = readJson<{ queries: JudgedQuery[] }>('../../bench/judged-queries.json').queries;
const index = createProcedureIndex(catalogue);
const knownCodes = new Set(catalogue.map((procedure) => procedure.code));

describe('search over the Bắc Ninh catalogue', () => {
  it('finds land-use certificates first for "so do" in a commune’s own procedures, not "cơ sở … chuyển đổi"', () => {
    const [first] = index.search('so do', { limit: 1, filter: (procedure) => procedure.level.includes('commune') });
    expect(first?.procedure.name).toMatch(/Giấy chứng nhận quyền sử dụng đất/);
  });

  it('has a judged set of at least 60 queries whose answers are all in the catalogue', () => {
    expect(judged.length).toBeGreaterThanOrEqual(60);
    for (const { relevant } of judged) {
      expect(relevant.length).toBeGreaterThan(0);
      for (const code of relevant) expect(knownCodes).toContain(code);
    }
  });

  it('reaches success@5 ≥ 0.95 and MRR@10 ≥ 0.85 on the judged queries', () => {
    const quality = measureQuality(judged, (query) => index.search(query, { limit: 10 }).map((hit) => hit.code));
    expect(quality.successAt5).toBeGreaterThanOrEqual(0.95);
    expect(quality.mrrAt10).toBeGreaterThanOrEqual(0.85);
  });

  it('finds every procedure first by its name typed without diacritics (or one with the very same name)', () => {
    const misses = catalogue.filter((procedure) => {
      const typed = foldVietnamese(procedure.name);
      const [first] = index.search(typed, { limit: 1 });
      return first === undefined || foldVietnamese(first.procedure.name) !== typed;
    });
    expect(misses.map((procedure) => procedure.code)).toEqual([]);
  });

  it('finds a procedure first by its name with diacritics dropped from any words, in any case', () => {
    const procedure = fc.constantFrom(...catalogue);
    const wordStyles = fc.array(fc.constantFrom('as-published', 'folded', 'upper-folded'), { minLength: 1 });
    fc.assert(
      fc.property(procedure, wordStyles, ({ name }, styles) => {
        const typed = name
          .split(' ')
          .map((word, position) => {
            const style = styles[position % styles.length];
            if (style === 'folded') return foldVietnamese(word);
            if (style === 'upper-folded') return foldVietnamese(word).toUpperCase();
            return word;
          })
          .join(' ');
        const [first] = index.search(typed, { limit: 1 });
        expect(foldVietnamese(first?.procedure.name ?? '')).toBe(foldVietnamese(name));
      }),
      { numRuns: 200 },
    );
  });

  it('rewrites to official phrases that occur in the catalogue (every word of each)', () => {
    const catalogueWords = new Set(catalogue.flatMap((procedure) => foldVietnamese(procedure.name).split(' ')));
    for (const rule of procedureSynonyms) {
      for (const phrase of rule.official) {
        for (const word of foldVietnamese(phrase).split(' ')) expect(catalogueWords).toContain(word);
      }
    }
  });
});
