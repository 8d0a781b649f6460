/**
 * Retrieval quality over the judged query set: success@k (a relevant procedure among the first k results) and
 * MRR@k (mean reciprocal rank of the first relevant result, 0 when none is in the first k).
 * Shared by the judged-set test and the benchmark, so both measure the same thing.
 *
 * @param {{ query: string; relevant: string[] }[]} queries
 * @param {(query: string) => string[]} rankedCodes codes, best first
 * @returns {{ successAt5: number; mrrAt10: number; misses: { query: string; rank: number }[] }}
 */
export function measureQuality(queries, rankedCodes) {
  let successes = 0;
  let reciprocalRanks = 0;
  const misses = [];
  for (const { query, relevant } of queries) {
    const codes = rankedCodes(query).slice(0, 10);
    const rank = codes.findIndex((code) => relevant.includes(code)) + 1;
    if (rank >= 1 && rank <= 5) successes++;
    if (rank >= 1) reciprocalRanks += 1 / rank;
    if (rank !== 1) misses.push({ query, rank });
  }
  return { successAt5: successes / queries.length, mrrAt10: reciprocalRanks / queries.length, misses };
}
