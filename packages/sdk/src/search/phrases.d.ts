/** Phrases matched against folded query words, longest first, by their first word. */
export declare class PhraseMatcher<V> {
  private readonly byFirstWord;
  /** Adds a phrase (any spelling: folded on the way in) and the value a match yields. */
  add(phrase: string, value: V): void;
  /** Whether `word` alone is one of the phrases. */
  hasWord(word: string): boolean;
  /** The longest phrase starting at `words[start]`, with its length in words, or `undefined`. */
  longestAt(
    words: readonly string[],
    start: number,
  ):
    | {
        length: number;
        values: V[];
      }
    | undefined;
}
