import { foldVietnamese } from '../text/fold.js';

/** Phrases matched against folded query words, longest first, by their first word. */
export class PhraseMatcher<V> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: V }[]>();
  private readonly allWords = new Set<string>();

  /** Adds a phrase (any spelling: folded on the way in) and the value a match yields. */
  add(phrase: string, value: V): void {
    const words = foldVietnamese(phrase).split(' ');
    for (const word of words) this.allWords.add(word);
    const first = words[0] as string;
    const entries = this.byFirstWord.get(first) ?? [];
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, entries);
  }

  /** Whether `word` is a word of any phrase. */
  hasWordAnywhere(word: string): boolean {
    return this.allWords.has(word);
  }

  /** The longest phrase starting at `words[start]`, with its length in words, or `undefined`. */
  longestAt(words: readonly string[], start: number): { length: number; values: V[] } | undefined {
    const entries = this.byFirstWord.get(words[start] as string);
    if (entries === undefined) return undefined;
    let length = 0;
    const values: V[] = [];
    for (const entry of entries) {
      if (entry.words.length < length) break;
      if (entry.words.every((word, offset) => words[start + offset] === word)) {
        length = entry.words.length;
        values.push(entry.value);
      }
    }
    return length === 0 ? undefined : { length, values };
  }
}
