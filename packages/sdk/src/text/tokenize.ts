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
    const folded = foldCharacter(text.charAt(index));
    if (folded === '' && start >= 0) {
      end = index + 1; // a combining mark extends the word it follows
    } else if (folded !== '' && isWordCharacter(folded)) {
      if (start < 0) start = index;
      word += folded;
      end = index + 1;
    } else if (start >= 0) {
      tokens.push({ token: foldSyllable(word), start, end });
      word = '';
      start = -1;
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
