import { foldSyllable } from '../text/fold.js';
import { decodeTypingMarks } from '../text/typing-marks.js';

/** What reading a query's words needs to know of the catalogue and the phrase tables. */
export interface WordKnowledge {
  /** Whether a folded word is an indexed word or a word of an everyday phrase or filler. */
  isKnown(word: string): boolean;
  /** Whether an unknown word is a typo or two (in long words) away from an indexed word. */
  hasTypoNeighbour(word: string): boolean;
  /** Whether two indexed words stand side by side, in this order, in some procedure name. */
  areNeighbours(first: string, second: string): boolean;
}

/**
 * What a piece of a typed word costs when segmenting it: a known word 1, a known word once its Telex or VNI keys
 * are decoded a little more, a one-letter word (`y` in `baohiemyte`) more, and a word with a typo most, so that the
 * plainest reading wins: `khaisinh` is `khai sinh`, not a typo.
 */
const PIECE_COST = { known: 1, decoded: 1.2, oneLetter: 1.6, typo: 2.5 } as const;
/**
 * What two pieces found side by side in a procedure name take off the cost, so that of two splits into as many
 * words the one that reads like the catalogue wins: `dangkykethon` is `đăng ký kết hôn`, not `đăng ký kê thôn`.
 */
const NEIGHBOURS_BONUS = 0.5;
/** Longest typed word worth segmenting; longer ones are pasted text, not a word. */
const MAX_SEGMENTED_LENGTH = 40;
/** Most pieces with a typo in one typed word. */
const MAX_TYPO_PIECES = 2;
/**
 * Longest piece of a longer typed word that may carry a typo: a syllable (6 letters at most) with one letter too
 * many. Longer pieces would be loanwords run into other words, too rare to pay for their two-typo lookups.
 */
const MAX_TYPO_PIECE_LENGTH = 7;

interface Segmentation {
  pieces: string[];
  cost: number;
  typoPieces: number;
}

/**
 * Reads the folded words of a query the way the citizen meant them: a known word stays as typed (`ban`, `an`, a
 * number); one split by a stray space is joined (`karao ke`); one typed with the input method off is decoded
 * (`ddawng` → `dang`, `ky1` → `ki`); one run together is segmented into known words, decoding or forgiving a typo in
 * a piece where needed (`dangky`, `ddawngkys`, `khaisinhh`). A word nothing fits is kept, for the typo lookups.
 */
export function readWords(words: readonly string[], knowledge: WordKnowledge): string[] {
  const read: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    if (knowledge.isKnown(word) && (next === undefined || knowledge.isKnown(next))) {
      read.push(word);
      continue;
    }
    const joined = next === undefined ? undefined : asKnownWord(foldSyllable(word + next), knowledge);
    if (joined !== undefined) {
      read.push(joined);
      index++;
    } else if (knowledge.isKnown(word)) {
      read.push(word);
    } else {
      // Typo lookups on every piece cost far more than the rest: tried only when no split without typos fits.
      read.push(...(segment(word, false, knowledge) ?? segment(word, true, knowledge) ?? [word]));
    }
  }
  return read;
}

/** `word` itself when known, else its decoding when that is a known word. */
function asKnownWord(word: string, knowledge: WordKnowledge): string | undefined {
  if (knowledge.isKnown(word)) return word;
  const decoded = decodeTypingMarks(word);
  return decoded !== undefined && knowledge.isKnown(decoded) ? decoded : undefined;
}

/**
 * The cheapest split of an unknown word into pieces (see `PIECE_COST`), or `undefined` when the word is best read
 * as it is: when nothing fits, when the whole word is closest to a known word with typos, or when every piece would
 * be a typo. Pieces may carry a typo only when `allowTypos`. Splits are compared by their last piece too, for
 * `NEIGHBOURS_BONUS`.
 */
function segment(word: string, allowTypos: boolean, knowledge: WordKnowledge): string[] | undefined {
  if (word.length > MAX_SEGMENTED_LENGTH) return undefined;
  const best: Map<string, Segmentation>[] = [new Map([['', { pieces: [], cost: 0, typoPieces: 0 }]])];
  for (let end = 1; end <= word.length; end++) {
    const ending = new Map<string, Segmentation>();
    for (let start = 0; start < end; start++) {
      const heads = best[start] as Map<string, Segmentation>;
      if (heads.size === 0) continue;
      const isWhole = start === 0 && end === word.length;
      const piece = readPiece(word.slice(start, end), isWhole, allowTypos, knowledge);
      if (piece === undefined) continue;
      for (const [last, head] of heads) {
        const typoPieces = head.typoPieces + (piece.isTypo ? 1 : 0);
        if (typoPieces > MAX_TYPO_PIECES) continue;
        const bonus = last !== '' && knowledge.areNeighbours(last, piece.word) ? NEIGHBOURS_BONUS : 0;
        const cost = head.cost + piece.cost - bonus;
        const current = ending.get(piece.word);
        if (current === undefined || cost < current.cost) {
          ending.set(piece.word, { pieces: [...head.pieces, piece.word], cost, typoPieces });
        }
      }
    }
    best.push(ending);
  }
  let found: Segmentation | undefined;
  for (const candidate of (best[word.length] as Map<string, Segmentation>).values()) {
    if (found === undefined || candidate.cost < found.cost) found = candidate;
  }
  if (found === undefined || found.typoPieces === found.pieces.length) return undefined;
  return found.pieces;
}

/** How a piece of a typed word reads, and what it costs; `undefined` when it is no word. */
function readPiece(
  typed: string,
  isWhole: boolean,
  allowTypos: boolean,
  knowledge: WordKnowledge,
): { word: string; cost: number; isTypo: boolean } | undefined {
  const piece = foldSyllable(typed);
  if (knowledge.isKnown(piece)) {
    if (piece.length > 1) return { word: piece, cost: PIECE_COST.known, isTypo: false };
    if (/[aeiouy]/.test(piece)) return { word: piece, cost: PIECE_COST.oneLetter, isTypo: false };
    return undefined; // a lone consonant is no syllable, and a lone digit glued to letters is a VNI key
  }
  const decoded = decodeTypingMarks(piece);
  if (decoded !== undefined && knowledge.isKnown(decoded))
    return { word: decoded, cost: PIECE_COST.decoded, isTypo: false };
  const mayBeTypo = allowTypos && (isWhole || piece.length <= MAX_TYPO_PIECE_LENGTH);
  if (mayBeTypo && /^[a-z]+$/.test(piece) && knowledge.hasTypoNeighbour(piece)) {
    return { word: piece, cost: PIECE_COST.typo, isTypo: true };
  }
  return undefined;
}
