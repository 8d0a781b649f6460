/** Combining marks left after canonical decomposition: Vietnamese tones and vowel marks. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `đ` (which has no decomposition), escaped so that built files stay ASCII whatever charset a server declares. */
const D_WITH_STROKE = /\u0111/g;

/**
 * A syllable made of an initial consonant (or `qu`) and a lone `y`. Vietnamese writes these both ways (`ký`/`kí`,
 * `lý`/`lí`, `mỹ`/`mĩ`, `hy`/`hi`, `quý`/`quí`), so they fold to `i`. Syllables where `y` follows a vowel (`huy`,
 * `tuy`, `ay`) are different words and keep their `y`.
 */
const I_Y_VARIANT = /^(?:[bcdghklmnprstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr|qu)y$/;

/**
 * Folds one UTF-16 code unit sequence (a character) to its lower-case ASCII letters: `Ắ` → `a`, `đ` → `d`,
 * a combining mark → `` (it belongs to the previous letter), anything else to whatever is left after removing marks.
 */
export function foldCharacter(character: string): string {
  return character.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(D_WITH_STROKE, 'd');
}

/** Whether a folded character is part of a word (letters and digits); everything else separates words. */
export function isWordCharacter(folded: string): boolean {
  return /^[a-z0-9]+$/.test(folded);
}

/**
 * Folds one already lower-cased ASCII word so that spelling variants meet: `ky` → `ki`, `quy` → `qui`.
 * Idempotent.
 */
export function foldSyllable(word: string): string {
  return I_Y_VARIANT.test(word) ? `${word.slice(0, -1)}i` : word;
}

/**
 * Folds Vietnamese text for matching: accepts NFC or NFD input, strips tones and vowel marks, maps `đ`/`Đ` to `d`,
 * lower-cases, turns punctuation into spaces, collapses whitespace and normalises `i`/`y` spelling variants.
 * The result contains only `[a-z0-9 ]`, and folding it again changes nothing.
 *
 * @example foldVietnamese('Thủ tục Đăng ký  khai sinh!') // 'thu tuc dang ki khai sinh'
 */
export function foldVietnamese(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .split(/[^a-z0-9]+/);
  let folded = '';
  for (const word of words) {
    if (word === '') continue;
    folded += folded === '' ? foldSyllable(word) : ` ${foldSyllable(word)}`;
  }
  return folded;
}
