import { foldSyllable } from './fold.js';

/** Telex tone keys: sắc, huyền, hỏi, ngã, nặng, and `z` to clear the tone. */
const TELEX_TONE_KEYS = 'sfrxjz';
const VOWELS = 'aeiouy';

/**
 * Reads a folded word as the keys of a Vietnamese input method that was switched off, and returns the word those
 * keys were meant to write, folded; or `undefined` when the word carries no mark keys.
 *
 * - Telex: `dd` → `đ`, `aa`/`ee`/`oo` → `â`/`ê`/`ô`, `aw`/`ow`/`uw` → `ă`/`ơ`/`ư` (`w` alone → `ư`), and a tone key
 *   (`s f r x j z`) typed anywhere after the syllable's first vowel: `ddawngf` → `dang`, `phesp` → `phep`.
 *   A Vietnamese syllable never has these letters after its vowel, so they can only be keys.
 * - VNI: digits right after a letter (`1`–`5` tones, `6`–`9` vowel marks and `đ`): `dang9` → `dang`, `ky1` → `ki`.
 *   Digits that start the word (`14`, `2025`) are numbers and stay.
 *
 * Any word decodes to something: callers keep the decoding only when it is a known word, so that real words
 * (`ban`, `an`), codes and numbers are never rewritten.
 *
 * @example decodeTypingMarks('ddawng') // 'dang'
 */
export function decodeTypingMarks(word: string): string | undefined {
  if (!/[a-z]/.test(word)) return undefined;
  let decoded = '';
  let seenVowel = false;
  for (let index = 0; index < word.length; index++) {
    const character = word.charAt(index);
    const previous = decoded.charAt(decoded.length - 1);
    if (character >= '0' && character <= '9') {
      if (decoded === '' || !/[a-z]/.test(previous)) decoded += character; // a number, not a VNI key
      continue;
    }
    if (character === 'd' && previous === 'd' && decoded.length === 1) continue; // `dd` → `đ` starts a syllable
    if (character === 'w') {
      if (previous !== 'a' && previous !== 'o' && previous !== 'u') decoded += 'u';
      seenVowel = true;
      continue;
    }
    if (seenVowel && TELEX_TONE_KEYS.includes(character)) continue;
    if ((character === 'a' || character === 'e' || character === 'o') && previous === character) continue;
    if (VOWELS.includes(character)) seenVowel = true;
    decoded += character;
  }
  const folded = foldSyllable(decoded);
  return folded === word || folded === '' ? undefined : folded;
}
