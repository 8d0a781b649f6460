export function measureQuality(
  queries: { query: string; relevant: string[] }[],
  rankedCodes: (query: string) => string[],
): { successAt5: number; mrrAt10: number; misses: { query: string; rank: number }[] };
