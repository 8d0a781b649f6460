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
  const clean = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.min(end, text.length) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
