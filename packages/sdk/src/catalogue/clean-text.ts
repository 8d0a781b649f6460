/**
 * The catalogue's text as citizens should read it. The national catalogue is typed by hand in many offices: names
 * start with a stray full stop (`. Đăng ký thuế …`, which then sorts first), words are separated by two spaces, and
 * paragraphs are broken in the middle of a sentence where an editor's line ended. The cleaners fix the form only and
 * never change a word; a {@link CleaningLog} keeps every change so a person can check it.
 */

/** Bullets, list numbers and stray punctuation that open a line in the source (`. `, `- `, `+ `, `• `, `1. `, `a) `). */
const LEADING_MARKER = /^(?:[.,;:\-+*•–—]+\s*|(?:\d{1,2}[.)]|[a-zđ][.)]|\([ivx]+\))\s+)/iu;
/** A line that starts an item of its own, so the line break before it is meant. */
const STARTS_ITEM = /^(?:[-+*•–—]|\d{1,2}[.)]\s|[a-zđ]\)\s|\([a-zđ0-9ivx]+\)|bước\s+\d|lưu ý|ghi chú)/iu;
/** A line that ends where a sentence or a list lead-in ends. */
const ENDS_SENTENCE = /[.;:!?…)"”»]$/u;
/** A letter that cannot begin a sentence of its own: lower case. */
const STARTS_LOWER = /^\p{Ll}/u;

/** One line of text: runs of white space (line breaks and tabs too) become one space, with none at either end. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * A one-line label (a document's name, a result, a case): spaces collapsed and the source's leading bullet, list
 * number or stray punctuation dropped.
 */
export function cleanLabel(text: string): string {
  let label = collapseSpaces(text);
  for (let previous = ''; previous !== label; ) {
    previous = label;
    label = label.replace(LEADING_MARKER, '');
  }
  return label;
}

/** A procedure's name: a clean label without the full stop some sources end it with. */
export function cleanName(name: string): string {
  return cleanLabel(name).replace(/[\s.]+$/u, '');
}

/**
 * A paragraph of several lines (steps, conditions): each line's spaces collapsed, empty lines dropped, and a line
 * break in the middle of a sentence — the previous line ends without punctuation and the next one goes on in lower
 * case, not as an item of its own — joined with a space. Lines that start an item (`- …`, `1. …`, `(i) …`,
 * `Bước 2 …`) keep their break.
 */
export function cleanParagraph(text: string): string {
  const lines = text
    .split(/\r?\n|\r/u)
    .map(collapseSpaces)
    .filter(Boolean);
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const continues =
      previous !== undefined && !ENDS_SENTENCE.test(previous) && STARTS_LOWER.test(line) && !STARTS_ITEM.test(line);
    if (continues) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined.join('\n');
}

/** One change a cleaner made: which procedure, which text, before and after. */
export interface TextChange {
  code: string;
  /** Where in the procedure, as a path: `name`, `cases[0].documents[2].name`, `steps[1].description`. */
  field: string;
  before: string;
  after: string;
}

/**
 * Every change the cleaners made to a catalogue, for a person to check. Changes that only trim the ends of a text
 * are not worth a look and are not kept.
 */
export class CleaningLog {
  readonly changes: TextChange[] = [];

  /** Cleans `text` with `cleaner`, recording the change under the procedure's `code` and the text's `field`. */
  clean(code: string, field: string, text: string, cleaner: (text: string) => string): string {
    const after = cleaner(text);
    if (after !== text.trim()) this.changes.push({ code, field, before: text, after });
    return after;
  }
}
