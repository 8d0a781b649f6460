import { describe, expect, it } from 'vitest';
import { canonicalJson, ratingFingerprint } from '../../src/index.js';

describe('canonicalJson', () => {
  it('gives the same text for the same content in any key order, nested too, without undefined members', () => {
    const a = canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } });
    expect(a).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ a: { d: [1, { x: 1, y: 2 }] }, b: 1 })).toBe(a);
  });
});

describe('ratingFingerprint', () => {
  it("counts the contract's defaults as given: web, no answers", () => {
    expect(ratingFingerprint({ overall: 'satisfied' })).toBe(
      ratingFingerprint({ answers: {}, channel: 'web', overall: 'satisfied' }),
    );
  });

  it('tells another answer apart', () => {
    const first = ratingFingerprint({ overall: 'satisfied', answers: { staff: 'good' } });
    expect(ratingFingerprint({ overall: 'satisfied', answers: { staff: 'fair' } })).not.toBe(first);
    expect(ratingFingerprint({ overall: 'satisfied', answers: { staff: 'good' }, channel: 'kiosk' })).not.toBe(first);
  });
});
