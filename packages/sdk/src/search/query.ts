import { tokenizeVietnamese } from '../text/tokenize.js';
import { PhraseMatcher } from './phrases.js';
import { readWords, type WordKnowledge } from './query-words.js';
import { procedureSynonyms, queryFillers } from './synonyms.js';
import type { CatalogueIndex } from './catalogue-index.js';

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

/** How much a match through a synonym counts against a match of the words as typed. */
const SYNONYM_WEIGHT = 0.97;
/**
 * How much the words of a several-word everyday phrase (`sổ đỏ`, `bằng lái`) count when read as typed: the phrase is
 * an idiom, so its words scattered through a name (`cơ sở` … `chuyển đổi`) are rarely what the citizen meant, and the
 * official wording should come first.
 */
const IDIOM_AS_TYPED_WEIGHT = 0.85;
/** Most readings of one query; a query rarely has more than two rewritable phrases. */
const MAX_VARIANTS = 12;

const synonyms = new PhraseMatcher<string[]>();
for (const rule of procedureSynonyms) {
  const official = rule.official.map((phrase) => tokenizeVietnamese(phrase));
  for (const phrase of rule.everyday) for (const alternative of official) synonyms.add(phrase, alternative);
}

const fillers = new PhraseMatcher<true>();
for (const phrase of queryFillers) fillers.add(phrase, true);

/** What the catalogue and the phrase tables know of words, for reading a query's words. */
export function wordKnowledge({ vocabulary, adjacentPairs }: CatalogueIndex): WordKnowledge {
  return {
    isKnown: (word) =>
      vocabulary.idOf(word) !== undefined || synonyms.hasWordAnywhere(word) || fillers.hasWordAnywhere(word),
    hasTypoNeighbour: (word) => vocabulary.hasTypoNeighbour(word),
    areNeighbours: (first, second) => {
      const firstId = vocabulary.idOf(first);
      const secondId = vocabulary.idOf(second);
      if (firstId === undefined || secondId === undefined) return false;
      return adjacentPairs.has(firstId * vocabulary.terms.length + secondId);
    },
  };
}

/**
 * Reads a query the ways a citizen may have meant it: folded, Telex and VNI keys decoded (`ddawng kys`), run-on
 * words split (`khaisinh`) and split words joined, everyday phrases and abbreviations rewritten to official wording
 * (`bằng lái` → `giấy phép lái xe`), filler words marked. The query as typed comes first.
 */
export function readQuery(query: string, knowledge: WordKnowledge): QueryVariant[] {
  const words = readWords(tokenizeVietnamese(query), knowledge);
  let variants: QueryVariant[] = [{ terms: [], weight: 1 }];
  for (let start = 0; start < words.length; ) {
    const synonym = synonyms.longestAt(words, start);
    const filler = synonym === undefined ? fillers.longestAt(words, start) : undefined;
    const asTyped = words
      .slice(start, start + (synonym?.length ?? filler?.length ?? 1))
      .map((word) => ({ word, isFiller: filler !== undefined }));
    const asTypedWeight = synonym !== undefined && synonym.length > 1 ? IDIOM_AS_TYPED_WEIGHT : 1;
    const next = variants.map((variant) => ({
      terms: [...variant.terms, ...asTyped],
      weight: variant.weight * asTypedWeight,
    }));
    for (const official of synonym?.values ?? []) {
      for (const variant of variants) {
        if (next.length >= MAX_VARIANTS) break;
        const rewritten = official.map((word) => ({ word, isFiller: false }));
        next.push({ terms: [...variant.terms, ...rewritten], weight: SYNONYM_WEIGHT });
      }
    }
    variants = next;
    start += asTyped.length;
  }
  return distinct(variants.map(withFillersCountingWhenAlone));
}

/** A query of filler words only (`thủ tục`) means them. */
function withFillersCountingWhenAlone(variant: QueryVariant): QueryVariant {
  if (variant.terms.some((term) => !term.isFiller)) return variant;
  return { ...variant, terms: variant.terms.map(({ word }) => ({ word, isFiller: false })) };
}

function distinct(variants: QueryVariant[]): QueryVariant[] {
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = variant.terms.map(({ word, isFiller }) => (isFiller ? `~${word}` : word)).join(' ');
    if (seen.has(key) || variant.terms.length === 0) return false;
    seen.add(key);
    return true;
  });
}
