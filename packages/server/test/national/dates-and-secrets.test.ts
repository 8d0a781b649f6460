import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createToken,
  formatNationalDateTime,
  hashToken,
  hashVerifier,
  looksLikeToken,
  readNationalDateTime,
  verifierFromPhone,
  verifierMatches,
} from '../../src/national/index.js';

describe('national date-times', () => {
  it('read yyyyMMddHHmmss as Vietnam time, from text or digits', () => {
    expect(readNationalDateTime('20250612093000')).toEqual({ value: '2025-06-12T09:30:00+07:00' });
    expect(readNationalDateTime(20250612093000)).toEqual({ value: '2025-06-12T09:30:00+07:00' });
  });

  it.each([
    ['2025-06-12', 'format'],
    ['202506120930', 'format'],
    ['20250230093000', 'impossible'],
    ['20250612250000', 'impossible'],
    ['20250612096000', 'impossible'],
    ['20160612093000', 'outside-calendar'],
  ])('refuse %s (%s)', (raw, problem) => {
    expect(readNationalDateTime(raw)).toEqual({ problem });
  });

  it('round-trip through the national form for every second of the calendar years', () => {
    const instant = fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2030, 11, 31, 16, 59, 59) });
    fc.assert(
      fc.property(instant, (ms) => {
        const whole = new Date(Math.floor(ms / 1000) * 1000);
        const read = readNationalDateTime(formatNationalDateTime(whole));
        expect('value' in read && Date.parse(read.value)).toBe(whole.getTime());
      }),
    );
  });
});

describe('verifiers', () => {
  it('are HMAC-SHA256 of the last four digits, stable and keyed', () => {
    const expected = createHmac('sha256', 'k').update('5678').digest('hex');
    expect(hashVerifier('5678', 'k')).toBe(expected);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}$/), fc.string({ minLength: 1 }), (digits, key) => {
        expect(hashVerifier(digits, key)).toBe(hashVerifier(digits, key));
        expect(hashVerifier(digits, key)).not.toBe(hashVerifier(digits, `${key}x`));
        expect(hashVerifier(digits, key)).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });

  it('match only the right digits', () => {
    const stored = hashVerifier('5678', 'k');
    expect(verifierMatches('5678', stored, 'k')).toBe(true);
    expect(verifierMatches('5679', stored, 'k')).toBe(false);
    expect(verifierMatches('5678', 'abcd', 'k')).toBe(false);
  });

  it('come from the last four digits of a phone number in any layout', () => {
    expect(verifierFromPhone('+84 912-345-678')).toEqual({ value: '5678' });
    expect(verifierFromPhone('091')).toEqual({ error: 'phải có ít nhất 4 chữ số' });
  });

  it('need a key', () => {
    expect(() => hashVerifier('5678', '')).toThrow(RangeError);
  });
});

describe('ingest tokens', () => {
  it('are recognisable, random, and stored as their SHA-256', () => {
    const { token, hash } = createToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(createToken().token).not.toBe(token);
    expect(looksLikeToken('Bearer abc')).toBe(false);
  });
});
