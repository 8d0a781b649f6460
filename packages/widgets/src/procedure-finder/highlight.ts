import type { TextRange } from '@hcc/sdk';

/** A piece of a name, marked when it matched the query. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts a name into marked and unmarked pieces from the API's `highlights` (`[start, end)` ranges in UTF-16 units).
 * Ranges out of bounds are clamped, overlapping or touching ones merged, so any input gives a clean partition.
 */
export function splitHighlights(text: string, ranges: readonly TextRange[] = []): TextPiece[] {
  const marked: boolean[] = [];
  for (const { start, end } of ranges) {
    for (let at = Math.max(start, 0); at < Math.min(end, text.length); at += 1) marked[at] = true;
  }
  const pieces: TextPiece[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const last = pieces[pieces.length - 1];
    const isMarked = marked[at] === true;
    if (last?.marked === isMarked) last.text += text[at];
    else pieces.push({ text: text.charAt(at), marked: isMarked });
  }
  return pieces;
}
