import { foldCharacter, foldSyllable, isWordCharacter } from './fold.js';

/** A folded word and where it sits in the original text, as UTF-16 offsets `[start, end)`. */
export interface TextToken {
  /** The folded word (`[a-z0-9]+`). */
  token: string;
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word's last character (combining marks included) in the original text. */
  end: number;
}

/** What a folded character is to the tokenizer: part of a word, a mark extending the previous one, or a separator. */
const MARK = '';
const SEPARATOR = ' ';

/** Folded form of a non-ASCII character, or `MARK` / `SEPARATOR`; cached, since names reuse few characters. */
const foldedForTokens = new Map<string, string>();
const MAX_CACHED_CHARACTERS = 4096;

function foldForTokens(character: string): string {
  let folded = foldedForTokens.get(character);
  if (folded === undefined) {
    const plain = foldCharacter(character);
    folded = plain === '' ? MARK : isWordCharacter(plain) ? plain : SEPARATOR;
    if (foldedForTokens.size < MAX_CACHED_CHARACTERS) foldedForTokens.set(character, folded);
  }
  return folded;
}

/**
 * Splits text into folded words and keeps each word's range in the original string, so a match on folded text can
 * be highlighted in the accented original.
 *
 * @example tokenizeWithOffsets('Đăng ký') // [{ token: 'dang', start: 0, end: 4 }, { token: 'ki', start: 5, end: 7 }]
 */
export function tokenizeWithOffsets(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let word = '';
  let start = -1;
  let end = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let folded: string;
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) folded = text.charAt(index);
      else if (code >= 0x41 && code <= 0x5a) folded = String.fromCharCode(code + 0x20);
      else if (code >= 0x30 && code <= 0x39) folded = text.charAt(index);
      else folded = SEPARATOR;
    } else {
      folded = foldForTokens(text.charAt(index));
    }
    if (folded === SEPARATOR || (folded === MARK && start < 0)) {
      if (start >= 0) tokens.push({ token: foldSyllable(word), start, end });
      word = '';
      start = -1;
    } else {
      if (start < 0) start = index;
      word += folded; // a combining mark adds nothing but extends the word's range
      end = index + 1;
    }
  }
  if (start >= 0) tokens.push({ token: foldSyllable(word), start, end });
  return tokens;
}

/**
 * Splits Vietnamese text into folded words (see `foldVietnamese`).
 *
 * @example tokenizeVietnamese('Giấy phép lái xe') // ['giay', 'phep', 'lai', 'xe']
 */
export function tokenizeVietnamese(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.token);
}
