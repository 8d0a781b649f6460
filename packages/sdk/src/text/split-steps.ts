/** How the source numbered an item: the list it belongs in is ordered unless the source used bullets. */
export type StepMarker = 'step' | 'number' | 'letter' | 'roman' | 'bullet' | 'note';

/** One item of a procedure's steps, with the items the source nested under it. */
export interface SplitStep {
  /** The item's text without its number or bullet; lines that continue it are joined with `\n`. */
  text: string;
  /** The kind of marker that started the item in the source. */
  marker: StepMarker;
  /** The items under it (at most one level: deeper ones become siblings there). */
  steps: SplitStep[];
}

/** A steps text split along the source's own numbering. */
export interface SplitStepsText {
  /** The text before the first numbered or bulleted line (often empty). */
  lead: string;
  /** The top-level items. */
  steps: SplitStep[];
}

/** Each marker the catalogue uses at the start of a line, and the kind it is. First match wins. */
const MARKERS: readonly [RegExp, StepMarker][] = [
  // Written as escapes: the CDN files stay ASCII-only, whatever charset a server sends them with.
  [/^b\u01b0\u1edbc\s*\d+\s*[:.)\u2013-]?\s*/iu, 'step'],
  [/^\(?[ivx]{1,5}\)\s*/iu, 'roman'],
  [/^\(?\d{1,2}\)\s*|^\d{1,2}\.(?!\d)\s*/u, 'number'],
  [/^\(?[a-z\u0111]\)\s*/u, 'letter'],
  [/^[-\u2013\u2014\u2022+]\s*/u, 'bullet'],
  [/^\*\s*/u, 'note'],
];

/** Items deeper than this are kept at this depth, as siblings: two levels read well on a phone. */
const MAX_DEPTH = 2;

/** The marker that starts `line` and the text after it, or `null` when the line continues the previous item. */
function readMarker(line: string): { marker: StepMarker; kind: string; text: string } | null {
  for (const [pattern, marker] of MARKERS) {
    const match = pattern.exec(line);
    if (!match) continue;
    // `+` and `-` are both bullets in the source but nest under each other, so each is a kind of its own.
    const kind = marker === 'bullet' ? (line[0] === '+' ? '+' : '-') : marker;
    return { marker, kind, text: line.slice(match[0].length).trim() };
  }
  return null;
}

/**
 * Splits a procedure's steps text from the catalogue along its own numbering: `Bước 1:`, `1.`, `1)`, `a)`, `(i)`,
 * `- `, `+ `, `* Lưu ý:`, each at the start of a line. A kind of marker seen for the first time nests under the current
 * item; one seen before closes the items opened since. A `*` note starts a new top-level item. Lines without a
 * marker continue the current item (or the lead, before the first marker). Pure: the same text gives the same items.
 */
export function splitSteps(text: string): SplitStepsText {
  const result: SplitStepsText = { lead: '', steps: [] };
  /** The open items, outermost first, with the kind of marker that opened each. */
  const open: { kind: string; step: SplitStep }[] = [];
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
  for (const line of lines) {
    const found = readMarker(line);
    if (!found) {
      const current = open.at(-1)?.step;
      if (current) current.text = current.text ? `${current.text}\n${line}` : line;
      else result.lead = result.lead ? `${result.lead}\n${line}` : line;
      continue;
    }
    const step: SplitStep = { text: found.text, marker: found.marker, steps: [] };
    const seenAt = found.marker === 'note' ? 0 : open.findIndex((entry) => entry.kind === found.kind);
    if (seenAt >= 0) open.length = seenAt;
    else if (open.length >= MAX_DEPTH) open.length = MAX_DEPTH - 1;
    const parent = open.at(-1)?.step;
    (parent ? parent.steps : result.steps).push(step);
    open.push({ kind: found.kind, step });
  }
  return result;
}

/** A step's name without the source's own number (`Bước 2: Nộp hồ sơ` → `Nộp hồ sơ`), for a numbered list. */
export function stripStepNumber(name: string): string {
  const found = readMarker(name.trim());
  return (found && found.marker !== 'bullet' && found.marker !== 'note' ? found.text : name.trim()).replace(
    /^[:.\s]+/u,
    '',
  );
}
