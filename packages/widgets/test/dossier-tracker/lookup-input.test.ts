import { describe, expect, it } from 'vitest';
import { codeFromPageUrl, readCode, readLookupInput, readVerifier } from '../../src/dossier-tracker/lookup-input.js';

describe('the dossier-code field', () => {
  it('accepts a code typed in lower case with spaces around the separators', () => {
    expect(readCode(' 000.00.14.h56 - 250612 - 0118 ')).toEqual({ ok: true, code: '000.00.14.H56-250612-0118' });
  });

  it('accepts a receipt URL pasted from the QR code', () => {
    expect(readCode('https://dichvucong.bacninh.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-250612-0118&x=1')).toEqual({
      ok: true,
      code: '000.00.14.H56-250612-0118',
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['000.00', 'too-short'],
    ['000.00.14.H56/250612/0118', 'bad-format'],
    ['000.00.14.H56-251332-0118', 'bad-date'],
  ] as const)('rejects %j before any request, because it is %s', (input, reason) => {
    expect(readCode(input)).toEqual({ ok: false, reason });
  });
});

describe('the verifier field', () => {
  it('accepts four digits, ignoring spaces', () => {
    expect(readVerifier(' 48 21 ')).toEqual({ ok: true, verifier: '4821' });
  });

  it('accepts full-width digits from a phone keyboard', () => {
    expect(readVerifier('４８２１')).toEqual({ ok: true, verifier: '4821' });
  });

  it.each([
    ['', 'empty'],
    ['482', 'not-four-digits'],
    ['48210', 'not-four-digits'],
    ['48a1', 'not-four-digits'],
  ] as const)('rejects %j because it is %s', (input, reason) => {
    expect(readVerifier(input)).toEqual({ ok: false, reason });
  });
});

describe('the whole form', () => {
  it('gives the canonical code and the verifier when both are valid', () => {
    expect(readLookupInput('000.00.14.h56-250612-0118', '4821')).toEqual({
      ok: true,
      code: '000.00.14.H56-250612-0118',
      verifier: '4821',
    });
  });

  it('reports a problem with each field at once', () => {
    expect(readLookupInput('abc', '')).toEqual({ ok: false, codeProblem: 'too-short', verifierProblem: 'empty' });
  });

  it('reports only the field that is wrong', () => {
    expect(readLookupInput('000.00.14.H56-250612-0118', '12')).toEqual({
      ok: false,
      codeProblem: null,
      verifierProblem: 'not-four-digits',
    });
  });
});

describe('the page URL', () => {
  it('gives the code from ?ma-ho-so=', () => {
    expect(codeFromPageUrl('https://example.gov.vn/tra-cuu?ma-ho-so=000.00.14.H56-250612-0118')).toBe(
      '000.00.14.H56-250612-0118',
    );
  });

  it('decodes a percent-encoded code', () => {
    expect(codeFromPageUrl('https://example.gov.vn/?a=1&ma-ho-so=000.00.14.H56%2D250612%2D0118')).toBe(
      '000.00.14.H56-250612-0118',
    );
  });

  it.each(['https://example.gov.vn/tra-cuu', 'https://example.gov.vn/tra-cuu?ma-ho-so=', 'not a url'])(
    'gives null for %j',
    (url) => {
      expect(codeFromPageUrl(url)).toBeNull();
    },
  );
});
