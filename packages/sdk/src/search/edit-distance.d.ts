/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) between two short words, or
 * `limit + 1` as soon as it is known to exceed `limit`.
 */
export declare function boundedEditDistance(a: string, b: string, limit: number): number;
/** Every string made by deleting one character of `word`. */
export declare function singleDeletions(word: string): string[];
