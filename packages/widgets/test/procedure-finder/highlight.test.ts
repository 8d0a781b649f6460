import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../src/procedure-finder/highlight.js';

describe('splitHighlights', () => {
  it('marks the matched ranges of a name', () => {
    expect(splitHighlights('Thủ tục đăng ký khai sinh', [{ start: 16, end: 25 }])).toEqual([
      { text: 'Thủ tục đăng ký ', marked: false },
      { text: 'khai sinh', marked: true },
    ]);
  });

  it('merges overlapping and touching ranges and clamps ranges out of bounds', () => {
    expect(
      splitHighlights('abcdef', [
        { start: 4, end: 99 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
      ]),
    ).toEqual([{ text: 'abcdef', marked: true }]);
  });

  it('always gives back the whole name, in order, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 40 }), end: fc.integer({ min: -5, max: 40 }) })),
        (text, ranges) => {
          const pieces = splitHighlights(text, ranges);
          expect(pieces.map((piece) => piece.text).join('')).toBe(text);
          expect(pieces.every((piece) => piece.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
